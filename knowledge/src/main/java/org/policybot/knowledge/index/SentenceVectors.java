package org.policybot.knowledge.index;

import java.util.List;

/**
 * The embeddings of a passage's sentences, int8-quantised (a normalised vector's components lie in
 * [-1, 1], so 127 steps lose little: cosines move by about 0.01) to keep the stored field at 384
 * bytes a sentence. Stored with the passage so that composing an answer never embeds a sentence.
 */
public final class SentenceVectors {
    private static final float SCALE = 127f;
    private final byte[] packed;
    private final int dimensions;

    private SentenceVectors(byte[] packed, int dimensions) {
        this.packed = packed;
        this.dimensions = dimensions;
    }

    public static SentenceVectors of(byte[] packed, int dimensions) {
        if (dimensions <= 0 || packed.length % dimensions != 0) {
            throw new IllegalArgumentException("packed length " + packed.length + " is not a multiple of " + dimensions);
        }
        return new SentenceVectors(packed, dimensions);
    }

    public static SentenceVectors quantise(List<float[]> vectors, int dimensions) {
        byte[] packed = new byte[vectors.size() * dimensions];
        int at = 0;
        for (float[] v : vectors) {
            if (v.length != dimensions) {
                throw new IllegalArgumentException("vector of " + v.length + " dimensions, expected " + dimensions);
            }
            for (float x : v) {
                packed[at++] = (byte) Math.round(Math.max(-1f, Math.min(1f, x)) * SCALE);
            }
        }
        return new SentenceVectors(packed, dimensions);
    }

    public byte[] packed() {
        return packed;
    }

    public int count() {
        return packed.length / dimensions;
    }

    /** Cosine between sentence {@code i} and a normalised query vector. */
    public float cosine(int i, float[] query) {
        int base = i * dimensions;
        float dot = 0;
        float norm = 0;
        for (int d = 0; d < dimensions; d++) {
            float x = packed[base + d];
            dot += x * query[d];
            norm += x * x;
        }
        return norm == 0 ? 0 : (float) (dot / Math.sqrt(norm));
    }

    /** Cosine between sentence {@code i} here and sentence {@code j} of {@code other}. */
    public float cosine(int i, SentenceVectors other, int j) {
        int a = i * dimensions;
        int b = j * other.dimensions;
        float dot = 0;
        float na = 0;
        float nb = 0;
        for (int d = 0; d < dimensions; d++) {
            float x = packed[a + d];
            float y = other.packed[b + d];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return na == 0 || nb == 0 ? 0 : (float) (dot / Math.sqrt(na * nb));
    }

    /** The normalised mean of all sentence vectors: the passage's vector for kNN. */
    public static float[] mean(List<float[]> vectors, int dimensions) {
        float[] sum = new float[dimensions];
        for (float[] v : vectors) {
            for (int d = 0; d < dimensions; d++) {
                sum[d] += v[d];
            }
        }
        double n = 0;
        for (float x : sum) {
            n += x * x;
        }
        if (n == 0) {
            return sum;
        }
        float inv = (float) (1 / Math.sqrt(n));
        for (int d = 0; d < dimensions; d++) {
            sum[d] *= inv;
        }
        return sum;
    }
}
