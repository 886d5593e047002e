package org.policybot.knowledge.decide;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.policybot.knowledge.index.Embedder;

/**
 * Credits a question word that a sentence does not contain when the sentence holds a word of the
 * same meaning ("tour" and "trip" 0.67, "clients" and "customers" 0.70), judged by the cosine of
 * the two words' embeddings; loosely related or unrelated words ("police" and "government" 0.59,
 * "refund" and "pricing" 0.29) earn little or nothing. Word vectors are cached, so each word is
 * embedded once. Thread-safe.
 */
final class WordMatcher {
    /** Cosine at or below which two words are unrelated (the examples above; set by hand in issue 3). */
    static final float FLOOR = 0.55f;
    /** Cosine above {@link #FLOOR} at which a word counts fully. */
    static final float SPAN = 0.2f;
    /** Words whose vectors are kept: a knowledge base of 10,000 passages has about this many distinct words. */
    private static final int CACHE_WORDS = 50_000;

    private final Embedder embedder;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(CACHE_WORDS).build();

    WordMatcher(Embedder embedder) {
        this.embedder = embedder;
    }

    /** 0..1: how well the best word of {@code candidates} stands in for {@code word}. */
    float credit(String word, Collection<String> candidates) {
        return Math.max(0, Math.min(1, (similarity(word, candidates) - FLOOR) / SPAN));
    }

    /** The best cosine between {@code word} and a word of {@code candidates} (0 when there is none). */
    float similarity(String word, Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return 0;
        }
        warm(candidates, word);
        float[] w = vectors.getIfPresent(word);
        float best = 0;
        for (String c : candidates) {
            float[] v = vectors.getIfPresent(c);
            if (w != null && v != null) {
                best = Math.max(best, Embedder.cosine(w, v));
            }
        }
        return best;
    }

    private void warm(Collection<String> candidates, String word) {
        List<String> missing = new ArrayList<>();
        if (vectors.getIfPresent(word) == null) {
            missing.add(word);
        }
        for (String c : candidates) {
            if (vectors.getIfPresent(c) == null && !missing.contains(c)) {
                missing.add(c);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        List<float[]> embedded = embedder.embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            vectors.put(missing.get(i), embedded.get(i));
        }
    }
}
