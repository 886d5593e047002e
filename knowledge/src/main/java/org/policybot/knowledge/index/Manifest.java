package org.policybot.knowledge.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The list of documents in the knowledge base. It travels inside each Lucene commit (commit user
 * data), so the index and the manifest can never disagree: a change that is not committed changes
 * neither. Entries keep the order documents were first added.
 */
public record Manifest(List<ManifestEntry> entries) {
    static final String USER_DATA_KEY = "policybot.manifest";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<ManifestEntry>> LIST = new TypeReference<>() {
    };

    public static final Manifest EMPTY = new Manifest(List.of());

    public Manifest {
        entries = List.copyOf(entries);
    }

    public Optional<ManifestEntry> find(String docId) {
        return entries.stream().filter(e -> e.id().equals(docId)).findFirst();
    }

    /** This manifest with {@code entry} added, replacing an entry of the same id in place. */
    public Manifest with(ManifestEntry entry) {
        List<ManifestEntry> out = new ArrayList<>(entries);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id().equals(entry.id())) {
                out.set(i, entry);
                return new Manifest(out);
            }
        }
        out.add(entry);
        return new Manifest(out);
    }

    public Manifest without(String docId) {
        return new Manifest(entries.stream().filter(e -> !e.id().equals(docId)).toList());
    }

    public String toJson() {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest entries are plain records", e);
        }
    }

    public String toPrettyJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("manifest entries are plain records", e);
        }
    }

    public static Manifest fromJson(String json) {
        if (json == null || json.isBlank()) {
            return EMPTY;
        }
        try {
            return new Manifest(JSON.readValue(json, LIST));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the index's manifest is unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
