package org.policybot.knowledge.retrieve;

import org.policybot.knowledge.index.IndexedPassage;

/**
 * A retrieved passage with the evidence that brought it.
 *
 * @param passage the passage and its sentence vectors
 * @param fused   the fused score (higher is better; comparable within one query)
 * @param bm25    its BM25 score, 0 when BM25 did not find it
 * @param cosine  cosine between question and passage vectors, 0 when kNN did not find it
 */
public record Candidate(IndexedPassage passage, float fused, float bm25, float cosine) {
}
