package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.KnowledgeException;

/**
 * One line of an eval file: {@code {"id", "q", "expect": "answer"|"abstain", "facts": [[alternatives]...],
 * "evidence": [alternatives], "doc"}}; {@code doc} (optional) names the document a corpus question is about,
 * null for an out-of-scope question.
 */
record EvalCase(String id, String question, boolean expectAnswer, List<List<String>> facts, List<String> evidence,
                String doc) {

    static EvalCase parse(JsonNode n, int lineNo) {
        if (n == null || !n.isObject() || !n.hasNonNull("q") || !n.get("q").isTextual()) {
            throw new KnowledgeException("line " + lineNo + ": expected {\"id\", \"q\", \"expect\", ...}");
        }
        String expect = n.path("expect").asText("answer");
        if (!expect.equals("answer") && !expect.equals("abstain")) {
            throw new KnowledgeException("line " + lineNo + ": \"expect\" must be \"answer\" or \"abstain\"");
        }
        List<List<String>> facts = new ArrayList<>();
        for (JsonNode group : n.path("facts")) {
            List<String> alternatives = new ArrayList<>();
            if (group.isArray()) {
                group.forEach(a -> alternatives.add(a.asText()));
            } else {
                alternatives.add(group.asText());
            }
            facts.add(alternatives);
        }
        List<String> evidence = new ArrayList<>();
        n.path("evidence").forEach(e -> evidence.add(e.asText()));
        String id = n.hasNonNull("id") ? n.get("id").asText() : "line" + lineNo;
        String doc = n.hasNonNull("doc") ? n.get("doc").asText() : null;
        return new EvalCase(id, n.get("q").asText(), expect.equals("answer"), facts, evidence, doc);
    }

    /** The group a case is reported under: its document, or "out of scope". */
    String group() {
        return expectAnswer ? (doc == null ? "answerable" : doc) : EvalTally.OUT_OF_SCOPE;
    }
}
