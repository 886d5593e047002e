package org.policybot.knowledge.model;

import java.time.Instant;

/**
 * One manifest entry: what the knowledge base knows about a document it holds.
 *
 * @param id         document id within its scope (what moderators type)
 * @param title      document title
 * @param url        document URL, or ""
 * @param sourceFile the original file name
 * @param sha256     hex SHA-256 of the source bytes
 * @param addedAt    when this version was added
 * @param addedBy    who added it (OS user, or Discord user id and name)
 * @param passages   number of passages indexed
 * @param scope      shared, or the server whose moderators added it
 * @param version    the version answering now (1 for the first add; each later add or rollback adds one)
 */
public record DocumentInfo(String id, String title, String url, String sourceFile, String sha256,
                           Instant addedAt, String addedBy, int passages, Scope scope, int version) {
    /** The id inside the index, in passage ids and citations ({@link Scope#indexId}). */
    public String indexId() {
        return scope.indexId(id);
    }
}
