package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.decide.Decision;
import org.policybot.knowledge.decide.RankedSentence;
import org.policybot.knowledge.question.QueryTerm;

/**
 * {@code eval --trace}: one JSON line a case with how the engine reasoned (the features of every
 * candidate sentence, its text and the sentence model's probability, and of the question) and the case's labels (whether a sentence holds the
 * expected evidence, whether the question is answerable), for fitting the decision offline
 * ({@code tools/fit-decision.py}).
 */
final class EvalTrace implements Closeable {
    private final BufferedWriter out;

    private EvalTrace(BufferedWriter out) {
        this.out = out;
    }

    static EvalTrace to(Path file) throws IOException {
        return new EvalTrace(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
    }

    void write(EvalCase c, AnswerEngine.Reasoning r, boolean passed) throws IOException {
        ObjectNode o = AnswerJson.JSON.createObjectNode();
        o.put("id", c.id());
        o.put("doc", c.doc());
        o.put("expect", c.expectAnswer() ? "answer" : "abstain");
        o.put("passed", passed);
        o.put("type", r.question().type().name());
        Decision d = r.decision();
        o.put("outcome", d.outcome().name());
        o.put("probability", d.probability());
        ArrayNode chosen = o.putArray("chosen");
        for (RankedSentence s : Stream.concat(d.chosen().stream(), d.closest().stream()).toList()) {
            chosen.addObject().put("passage", s.passage().id()).put("index", s.index())
                    .put("evidence", holds(s.text(), c.evidence()));
        }
        ArrayNode terms = o.putArray("terms");
        for (QueryTerm t : r.question().terms()) {
            terms.addObject().put("word", t.word()).put("asked", t.asked()).put("weight", t.weight())
                    .put("known", t.known()).put("corrected", t.corrected()).put("name", t.name()).put("focus", t.focus());
        }
        ObjectNode q = o.putObject("question");
        List<String> qNames = Decision.questionFeatureNames();
        for (int i = 0; i < d.question().length; i++) {
            q.put(qNames.get(i), d.question()[i]);
        }
        ArrayNode sentences = o.putArray("sentences");
        List<String> names = RankedSentence.featureNames();
        for (RankedSentence s : d.ranked()) {
            ObjectNode n = sentences.addObject();
            n.put("passage", s.passage().id());
            n.put("index", s.index());
            n.put("text", s.text());
            n.put("probability", s.probability());
            n.put("evidence", holds(s.text(), c.evidence()));
            n.put("passageEvidence", holds(s.passage().text(), c.evidence()));
            n.put("facts", factGroups(s.text(), c.facts()));
            ObjectNode f = n.putObject("f");
            for (int i = 0; i < names.size(); i++) {
                f.put(names.get(i), s.features()[i]);
            }
        }
        out.write(AnswerJson.line(o));
        out.newLine();
    }

    private static boolean holds(String text, List<String> evidence) {
        return EvidenceMatch.holds(text, evidence);
    }

    /** How many facts groups have an alternative in the text. */
    private static int factGroups(String text, List<List<String>> facts) {
        String t = text.toLowerCase(Locale.ROOT);
        return (int) facts.stream().filter(g -> g.stream().anyMatch(f -> t.contains(f.toLowerCase(Locale.ROOT)))).count();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
