package org.policybot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;

/**
 * All a user can observe of a knowledge base: its documents, their passages, the answers to some
 * questions (text and cited passages), the audit log and manifest.json. Two equal states mean that
 * nothing changed.
 */
public record KbState(List<DocumentInfo> documents, Map<String, List<Passage>> passages, List<String> answers,
                      String audit, String manifestJson) {

    public static KbState of(KnowledgeBase kb, List<String> questions) throws IOException {
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        for (DocumentInfo d : kb.list()) {
            passages.put(d.id(), kb.show(d.id()));
        }
        AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
        List<String> answers = new ArrayList<>();
        for (String q : questions) {
            answers.add(render(engine.answer(Question.of(q))));
        }
        return new KbState(kb.list(), passages, answers, read(kb.dataDir().resolve("audit.jsonl")),
                read(kb.dataDir().resolve("manifest.json")));
    }

    /**
     * An answer without its id and timing: the text, then each citation whole (passage, title, section,
     * link, quote, the version its text dates from).
     */
    public static String render(Answer a) {
        StringBuilder s = new StringBuilder(a.abstained() ? "ABSTAINED " : "").append(a.answer());
        for (Citation c : a.citations()) {
            s.append("\n[").append(c.n()).append("] ").append(c.passageId()).append(" \"").append(c.quote()).append('"')
                    .append(" | ").append(c.title()).append(" › ").append(c.section()).append(" | ").append(c.url())
                    .append(" | ").append(c.origin());
        }
        return s.toString();
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
