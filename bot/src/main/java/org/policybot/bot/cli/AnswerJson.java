package org.policybot.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;

/**
 * The stable JSON shape of an answer: {@code {"id", "question", "answer", "abstained", "confidence",
 * "citations": [{"n", "doc", "title", "section", "url", "quote", "text", "passage_id"}],
 * "latency_ms", "composer", "fallback_reason"?, "answer_id"}}. {@code id} echoes the caller's id
 * (batch lines) or, when there is none, the answer id.
 */
final class AnswerJson {
    static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    static ObjectNode of(String id, Answer a) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", id == null ? a.id() : id);
        o.put("question", a.question());
        o.put("answer", a.answer());
        o.put("abstained", a.abstained());
        o.put("confidence", a.confidence());
        ArrayNode cites = o.putArray("citations");
        for (Citation c : a.citations()) {
            ObjectNode n = cites.addObject();
            n.put("n", c.n());
            n.put("doc", c.doc());
            n.put("title", c.title());
            n.put("section", c.section());
            n.put("url", c.url());
            n.put("quote", c.quote());
            n.put("text", c.text());
            n.put("passage_id", c.passageId());
        }
        o.put("latency_ms", a.latencyMs());
        o.put("composer", a.composer());
        if (a.fallbackReason() != null) {
            o.put("fallback_reason", a.fallbackReason());
        }
        o.put("answer_id", a.id());
        return o;
    }

    static ObjectNode error(String id, String message) {
        ObjectNode o = JSON.createObjectNode();
        if (id == null) {
            o.putNull("id");
        } else {
            o.put("id", id);
        }
        o.put("error", message);
        return o;
    }

    static String line(ObjectNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }
}
