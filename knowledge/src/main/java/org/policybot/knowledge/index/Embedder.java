package org.policybot.knowledge.index;

import java.util.List;

/**
 * Turns text into an L2-normalised vector. The default is the in-jar quantized all-MiniLM-L6-v2
 * ({@link MiniLmEmbedder}); the interface lets tests and benchmarks count or replace calls.
 */
public interface Embedder {
    /** Vector length (384 for MiniLM). */
    int dimensions();

    /** The L2-normalised embedding of {@code text}. */
    float[] embed(String text);

    /** Embeddings of several texts, in order; may run in parallel. */
    List<float[]> embedAll(List<String> texts);

    /** Dot product of two normalised vectors = cosine similarity. */
    static float cosine(float[] a, float[] b) {
        float s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
