package org.policybot.knowledge.index;

import java.time.Instant;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Scope;

/**
 * What the knowledge base records about one document, enough to rebuild it from its source file.
 *
 * @param id            document id in the index ({@link Scope#indexId}: a server's documents carry the server id)
 * @param title         document title as indexed
 * @param url           document URL as indexed, or ""
 * @param author        author or organisation as found in the source, or "" (answers name it for "we")
 * @param sourceFile    the original file name
 * @param storedAs      the source copy's file name inside the data folder's {@code sources/}
 * @param sha256        hex SHA-256 of the source bytes
 * @param addedAt       ISO-8601 instant of the (last) add
 * @param addedBy       the actor who added it
 * @param passages      number of passages indexed
 * @param titleOverride the title given by the moderator, or null (re-applied by reindex)
 * @param urlOverride   the URL given by the moderator, or null (re-applied by reindex)
 */
public record ManifestEntry(String id, String title, String url, String author, String sourceFile, String storedAs, String sha256,
                            String addedAt, String addedBy, int passages, String titleOverride, String urlOverride) {

    /** What callers see of this entry, which belongs to {@code scope}. */
    public DocumentInfo info(Scope scope) {
        return new DocumentInfo(scope.docId(id), title, url, sourceFile, sha256, Instant.parse(addedAt), addedBy, passages,
                scope);
    }

    /** This entry completed with what parsing found. */
    public ManifestEntry withParsed(String newTitle, String newUrl, String newAuthor, int count) {
        return new ManifestEntry(id, newTitle, newUrl, newAuthor, sourceFile, storedAs, sha256, addedAt, addedBy, count,
                titleOverride, urlOverride);
    }
}
