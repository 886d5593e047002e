package org.policybot.knowledge.compose;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.policybot.knowledge.index.Embedder;

/**
 * Credits a question word that a passage does not contain when the passage holds a word of the
 * same meaning ("tour" and "trip" 0.67, "clients" and "customers" 0.70), judged by the cosine of
 * the two words' embeddings; loosely related or unrelated words ("police" and "government" 0.59,
 * "stock" and "pricing" 0.48, "refund" and "pricing" 0.29) earn little or nothing. Word vectors are cached, int8-quantised, so each word is embedded once.
 */
final class WordMatcher {
    /** Cosine at or below which two words are unrelated. */
    static final float FLOOR = 0.55f;
    /** Cosine above {@link #FLOOR} at which a word counts fully. */
    static final float SPAN = 0.2f;
    private static final int CACHE_WORDS = 50_000;

    private final Embedder embedder;
    private final Cache<String, float[]> vectors = Caffeine.newBuilder().maximumSize(CACHE_WORDS).build();

    WordMatcher(Embedder embedder) {
        this.embedder = embedder;
    }

    /** 0..1: how well the best word of {@code candidates} stands in for {@code word}. */
    float credit(String word, Collection<String> candidates) {
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
        return Math.max(0, Math.min(1, (best - FLOOR) / SPAN));
    }

    /**
     * The stems of question words that {@code stems} lacks but {@code words} hold a same-meaning word
     * for, each with its credit (a synonym counts {@link SentenceScorer#SYNONYM_CREDIT} of a literal
     * match). Names never match by meaning. {@code words} is only computed when needed.
     */
    java.util.Map<String, Float> synonyms(org.policybot.knowledge.retrieve.QueryAnalysis query,
                                          java.util.Set<String> stems,
                                          java.util.function.Supplier<? extends Collection<String>> words) {
        java.util.Map<String, Float> out = new java.util.HashMap<>();
        Collection<String> candidates = null;
        for (org.policybot.knowledge.retrieve.QueryTerm t : query.terms()) {
            if (stems.contains(t.stem()) || t.name()) {
                continue;
            }
            if (candidates == null) {
                candidates = words.get();
            }
            float c = credit(t.word(), candidates);
            if (c >= Abstention.SYNONYM) {
                out.put(t.stem(), c * SentenceScorer.SYNONYM_CREDIT);
            }
        }
        return out;
    }

    private void warm(Collection<String> candidates, String word) {
        List<String> missing = new ArrayList<>();
        if (vectors.getIfPresent(word) == null) {
            missing.add(word);
        }
        for (String c : candidates) {
            if (vectors.getIfPresent(c) == null) {
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
