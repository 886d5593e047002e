package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.KnowledgeException;

/**
 * One line of an eval file: {@code {"id", "q", "expect": "answer"|"abstain", "facts": [[alternatives]...],
 * "evidence": [alternatives]}}.
 */
record EvalCase(String id, String question, boolean expectAnswer, List<List<String>> facts, List<String> evidence) {

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
        return new EvalCase(id, n.get("q").asText(), expect.equals("answer"), facts, evidence);
    }
}
