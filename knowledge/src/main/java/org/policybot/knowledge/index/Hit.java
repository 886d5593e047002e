package org.policybot.knowledge.index;

/**
 * One passage a search found in a {@link Snapshot}.
 *
 * @param handle names the passage within the snapshot that found it ({@link Snapshot#load}): the same
 *               passage has the same handle in {@link Snapshot#lexical} and {@link Snapshot#nearest} of one
 *               snapshot (fusion joins them by it, and breaks ties by the lower handle); meaningless in any
 *               other snapshot
 * @param score  BM25 for {@link Snapshot#lexical}, the cosine for {@link Snapshot#nearest}
 */
public record Hit(int handle, float score) {
}
