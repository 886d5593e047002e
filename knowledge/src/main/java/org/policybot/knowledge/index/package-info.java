/**
 * The Lucene side of the knowledge base: the passage schema, atomic commits that carry their
 * manifest and audit entries, point-in-time snapshots (one scope's documents, read as one), the
 * stored source files and the in-jar embedding model.
 */
package org.policybot.knowledge.index;
