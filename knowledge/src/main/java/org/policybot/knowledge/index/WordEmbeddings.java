package org.policybot.knowledge.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Single words' vectors, kept for the whole process: from this cache, else from a knowledge base's word store (its
 * documents' words, embedded when they were added), else embedded now. One instance serves every reading of a word
 * on the answer path (a question word read by its meaning, the decision's word matching), so a word new to the
 * documents is embedded once, not once per reader. Thread-safe.
 */
public final class WordEmbeddings {
    /** Words whose vectors are kept: a knowledge base of 10,000 passages has about this many distinct words. */
    private static final int CACHE_WORDS = 50_000;

    private final Embedder embedder;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(CACHE_WORDS).build();

    public WordEmbeddings(Embedder embedder) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
    }

    /**
     * The vectors of {@code words}: kept, found in {@code store}, or embedded now in one batch; all are kept.
     */
    public Map<String, float[]> vectors(Collection<String> words, WordVectors store) {
        Map<String, float[]> out = new HashMap<>(vectors.getAllPresent(words));
        if (out.size() == words.size()) {
            return out;
        }
        List<String> missing = words.stream().filter(w -> !out.containsKey(w)).distinct().toList();
        Map<String, float[]> stored = store.find(missing);
        vectors.putAll(stored);
        out.putAll(stored);
        List<String> unknown = missing.stream().filter(w -> !stored.containsKey(w)).toList();
        if (unknown.isEmpty()) {
            return out;
        }
        List<float[]> embedded = embedder.embedAll(unknown);
        for (int i = 0; i < unknown.size(); i++) {
            vectors.put(unknown.get(i), embedded.get(i));
            out.put(unknown.get(i), embedded.get(i));
        }
        return out;
    }
}
