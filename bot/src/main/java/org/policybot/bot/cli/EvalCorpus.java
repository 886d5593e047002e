package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.KnowledgeException;

/**
 * An evaluation corpus on disk: {@code manifest.json} ({@code [{"file", "id", "title"}]}, files relative
 * to the corpus folder) and {@code questions.jsonl} (eval cases whose {@code doc} names a manifest id,
 * or is null for an out-of-scope question).
 */
record EvalCorpus(Path dir, List<Document> documents, List<EvalCase> cases) {
    /** One manifest entry. */
    record Document(Path file, String id, String title) {
    }

    static EvalCorpus read(Path dir) throws IOException {
        Path manifest = dir.resolve("manifest.json");
        JsonNode root;
        try {
            root = AnswerJson.JSON.readTree(Files.readString(manifest));
        } catch (NoSuchFileException e) {
            throw new KnowledgeException(dir + " is not an eval corpus: it has no manifest.json");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new KnowledgeException(manifest + " is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray() || root.isEmpty()) {
            throw new KnowledgeException(manifest + ": expected a list of {\"file\", \"id\", \"title\"}");
        }
        List<Document> docs = new ArrayList<>();
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode n : root) {
            String file = n.path("file").asText("");
            String id = n.path("id").asText("");
            if (file.isBlank() || id.isBlank()) {
                throw new KnowledgeException(manifest + ": every entry needs \"file\" and \"id\": " + n);
            }
            if (!ids.add(id)) {
                throw new KnowledgeException(manifest + ": document id \"" + id + "\" is listed twice");
            }
            String title = n.hasNonNull("title") ? n.get("title").asText() : null;
            docs.add(new Document(dir.resolve(file), id, title));
        }
        List<EvalCase> cases = EvalCommand.read(dir.resolve("questions.jsonl"));
        for (EvalCase c : cases) {
            if (c.doc() != null && !ids.contains(c.doc())) {
                throw new KnowledgeException("questions.jsonl: case " + c.id() + " names unknown document \""
                        + c.doc() + "\"");
            }
        }
        return new EvalCorpus(dir, docs, cases);
    }
}
