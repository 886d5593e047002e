package org.policybot.knowledge.decide;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.index.WordVectors;

/**
 * Credits a question word that a sentence does not contain when the sentence holds a word of the
 * same meaning ("tour" and "trip" 0.67, "clients" and "customers" 0.70), judged by the cosine of
 * the two words' embeddings; loosely related or unrelated words ("police" and "government" 0.59,
 * "refund" and "pricing" 0.29) earn little or nothing. Word vectors come from {@link WordEmbeddings};
 * each answer compares its question's words with its candidates' words once ({@link Table}). Thread-safe.
 */
final class WordMatcher {
    /** Cosine at or below which two words are unrelated (the examples above; set by hand in issue 3). */
    static final float FLOOR = 0.55f;
    /** Cosine above {@link #FLOOR} at which a word counts fully. */
    static final float SPAN = 0.2f;
    /** Candidate vectors one pass of {@link #cosines} compares a word with (independent sums, one per vector). */
    private static final int LANES = 4;

    private final WordEmbeddings embeddings;

    WordMatcher(WordEmbeddings embeddings) {
        this.embeddings = embeddings;
    }

    /** 0..1: how well a word whose best cosine with a candidate is {@code similarity} stands in for it. */
    static float credit(float similarity) {
        return Math.max(0, Math.min(1, (similarity - FLOOR) / SPAN));
    }

    /**
     * The cosines of each of {@code words} with each of {@code candidates}, for one answer: its
     * question's words (names left out) against its candidate passages' words.
     */
    Table table(Collection<String> words, Collection<String> candidates, WordVectors store) {
        return table(words, Map.of(), candidates, store);
    }

    /**
     * As above, where a word of {@code forms} also counts by the form the asker wrote ("kids", read as the
     * documents' "kid", stands in for their "children" as "kid" does not): the better of the two.
     */
    Table table(Collection<String> words, Map<String, String> forms, Collection<String> candidates,
                WordVectors store) {
        Map<String, Integer> columns = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (String c : candidates) {
            if (columns.putIfAbsent(c, names.size()) == null) {
                names.add(c);
            }
        }
        Map<String, float[]> rows = new HashMap<>();
        if (names.isEmpty() || words.isEmpty()) {
            return new Table(columns, rows);
        }
        Set<String> all = new LinkedHashSet<>(words);
        forms.forEach((w, form) -> {
            if (words.contains(w)) {
                all.add(form);
            }
        });
        all.addAll(names);
        Map<String, float[]> found = embeddings.vectors(all, store);
        float[][] candidateVectors = new float[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            candidateVectors[i] = found.get(names.get(i));
        }
        for (String w : words) {
            float[] row = new float[names.size()];
            cosines(found.get(w), candidateVectors, row);
            String form = forms.get(w);
            if (form != null) {
                float[] asked = new float[names.size()];
                cosines(found.get(form), candidateVectors, asked);
                for (int i = 0; i < row.length; i++) {
                    row[i] = Math.max(row[i], asked[i]);
                }
            }
            rows.put(w, row);
        }
        return new Table(columns, rows);
    }

    /**
     * {@code out[i]} = {@link Embedder#cosine}{@code (w, vs[i])}, bit for bit: each sum runs over the
     * dimensions in the same order, several vectors at a time so that the sums do not wait on each other.
     */
    static void cosines(float[] w, float[][] vs, float[] out) {
        int i = 0;
        for (; i + LANES <= vs.length; i += LANES) {
            float[] a = vs[i];
            float[] b = vs[i + 1];
            float[] c = vs[i + 2];
            float[] d = vs[i + 3];
            float sa = 0;
            float sb = 0;
            float sc = 0;
            float sd = 0;
            for (int k = 0; k < w.length; k++) {
                float x = w[k];
                sa += x * a[k];
                sb += x * b[k];
                sc += x * c[k];
                sd += x * d[k];
            }
            out[i] = sa;
            out[i + 1] = sb;
            out[i + 2] = sc;
            out[i + 3] = sd;
        }
        for (; i < vs.length; i++) {
            out[i] = Embedder.cosine(w, vs[i]);
        }
    }

    /** One answer's cosines: question words by candidate words. */
    static final class Table {
        private final Map<String, Integer> columns;
        private final Map<String, float[]> rows;

        private Table(Map<String, Integer> columns, Map<String, float[]> rows) {
            this.columns = columns;
            this.rows = rows;
        }

        /** The columns of {@code candidates} (each must be a candidate word of this table). */
        int[] columns(List<String> candidates) {
            int[] out = new int[candidates.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = columns.get(candidates.get(i));
            }
            return out;
        }

        /** The best cosine between {@code word} and the candidates at {@code at} (0 when there is none). */
        float similarity(String word, int[] at) {
            if (at.length == 0) {
                return 0;
            }
            float[] row = rows.get(word);
            float best = 0;
            for (int i : at) {
                best = Math.max(best, row[i]);
            }
            return best;
        }

        /** 0..1: how well the best candidate at {@code at} stands in for {@code word}. */
        float credit(String word, int[] at) {
            return WordMatcher.credit(similarity(word, at));
        }
    }
}
