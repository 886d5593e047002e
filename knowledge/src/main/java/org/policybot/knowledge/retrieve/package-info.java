/**
 * Hybrid retrieval over one index snapshot: BM25 (queries built term by term, so question text is
 * never parsed as Lucene syntax) and kNN over passage vectors, fused into one ranking; and the
 * snapshot's vocabulary that questions are read against.
 */
package org.policybot.knowledge.retrieve;
