/**
 * Where passages are kept: the seam every backend fills ({@link org.policybot.knowledge.index.PassageStore},
 * {@link org.policybot.knowledge.index.Snapshot}, {@link org.policybot.knowledge.index.PassageBackend}), the
 * embedded Lucene backend behind it (atomic commits that carry their manifest and audit entries,
 * point-in-time snapshots of one scope's documents read as one), the stored source files and the in-jar
 * embedding model.
 */
package org.policybot.knowledge.index;
