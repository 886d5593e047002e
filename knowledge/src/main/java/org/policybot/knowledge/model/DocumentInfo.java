package org.policybot.knowledge.model;

import java.time.Instant;

/**
 * One manifest entry: what the knowledge base knows about a document it holds.
 *
 * @param id         document id
 * @param title      document title
 * @param url        document URL, or ""
 * @param sourceFile the original file name
 * @param sha256     hex SHA-256 of the source bytes
 * @param addedAt    when it was (last) added
 * @param addedBy    who added it (OS user, or Discord user id and name)
 * @param passages   number of passages indexed
 */
public record DocumentInfo(String id, String title, String url, String sourceFile, String sha256,
                           Instant addedAt, String addedBy, int passages) {
}
