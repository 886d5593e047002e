package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.KnowledgeException;

/**
 * A corpus split by document, written down so that nobody tunes on the validation part:
 * {@code {"PART": {"docs": [ids], "outOfScope": [case ids]}, ...}}. A part keeps the answerable cases of
 * its documents and the out-of-scope cases it lists; the knowledge base still holds every document.
 */
record EvalSplit(Set<String> docs, Set<String> outOfScope) {

    static EvalSplit read(Path file, String part) throws IOException {
        JsonNode root;
        try {
            root = AnswerJson.JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new KnowledgeException("no such split file: " + file);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KnowledgeException(file + " is not JSON: " + e.getOriginalMessage());
        }
        JsonNode p = root == null ? null : root.get(part);
        if (p == null || !p.isObject()) {
            throw new KnowledgeException(file + " has no part \"" + part + "\"");
        }
        return new EvalSplit(strings(p.path("docs")), strings(p.path("outOfScope")));
    }

    boolean keeps(EvalCase c) {
        return c.expectAnswer() ? c.doc() != null && docs.contains(c.doc()) : outOfScope.contains(c.id());
    }

    List<EvalCase> filter(List<EvalCase> cases) {
        return cases.stream().filter(this::keeps).toList();
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
