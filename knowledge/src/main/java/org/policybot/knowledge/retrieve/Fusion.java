package org.policybot.knowledge.retrieve;

/** How the BM25 and kNN lists are combined into one ranking. */
public enum Fusion {
    /** Reciprocal rank fusion: 1/(60 + rank) summed over both lists. Ignores score gaps. */
    RRF,
    /** BM25 divided by the best BM25 of the query, plus cosine, weighted; keeps score gaps. */
    NORMALISED,
    /** BM25 only (for measurement). */
    BM25_ONLY,
    /** kNN only (for measurement). */
    VECTOR_ONLY
}
