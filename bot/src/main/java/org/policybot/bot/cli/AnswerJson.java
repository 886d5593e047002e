package org.policybot.bot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;

/**
 * The stable JSON shape of an answer: {@code {"id", "question", "answer", "abstained", "confidence",
 * "citations": [{"n", "doc", "title", "section", "url", "quote", "text", "passage_id", "version",
 * "version_date"}], "latency_ms", "composer", "fallback_reason"?, "answer_id", "probability", "closest"}}.
 * {@code id} echoes the caller's id (batch lines) or, when there is none, the answer id; {@code version}
 * and {@code version_date} say which version of its document the cited text dates from; {@code
 * probability} (null when the question was not weighed) and {@code closest} ({@code {"passage_id",
 * "doc", "title", "section", "similarity"}} or null) are the engine's evidence, also for an abstention.
 */
final class AnswerJson {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Version dates are days, in UTC. */
    static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

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
            if (c.origin() == null) {
                n.putNull("version");
                n.putNull("version_date");
            } else {
                n.put("version", c.origin().version());
                n.put("version_date", DATE.format(c.origin().since()));
            }
        }
        o.put("latency_ms", a.latencyMs());
        o.put("composer", a.composer());
        if (a.fallbackReason() != null) {
            o.put("fallback_reason", a.fallbackReason());
        }
        o.put("answer_id", a.id());
        if (a.probability() == null) {
            o.putNull("probability");
        } else {
            o.put("probability", Math.round(a.probability() * 1000) / 1000.0);
        }
        if (a.closest() == null) {
            o.putNull("closest");
        } else {
            ObjectNode c = o.putObject("closest");
            c.put("passage_id", a.closest().passageId());
            c.put("doc", a.closest().doc());
            c.put("title", a.closest().title());
            c.put("section", a.closest().section());
            c.put("similarity", Math.round(a.closest().similarity() * 1000) / 1000.0);
        }
        return o;
    }

    /**
     * A batch line's answer, its {@code id} returned as the caller wrote it (a number stays a number, an object an
     * object), so that the caller finds its own key; the answer's id when the line gave none.
     */
    static ObjectNode of(JsonNode id, Answer a) {
        ObjectNode o = of((String) null, a);
        if (id != null && !id.isNull()) {
            o.set("id", id);
        }
        return o;
    }

    /** A rejected batch line, its {@code id} as the caller wrote it (null when it gave none). */
    static ObjectNode error(JsonNode id, String message) {
        ObjectNode o = error((String) null, message);
        if (id != null) {
            o.set("id", id);
        }
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
