package org.policybot.knowledge.model;

import java.time.Instant;

/**
 * One kept version of a document, as {@code kb history} lists it.
 *
 * @param docId        the document id within its scope
 * @param version      the version number (1 for the first add; each later add or rollback adds one)
 * @param addedAt      when this version was made
 * @param addedBy      who made it
 * @param sha256       hex SHA-256 of its source file
 * @param passages     how many passages it has
 * @param title        its title
 * @param sourceFile   the file it was read from
 * @param restoredFrom the version a rollback restored to make it, or null
 * @param current      whether it is the version answering now
 */
public record DocumentVersion(String docId, int version, Instant addedAt, String addedBy, String sha256, int passages,
                              String title, String sourceFile, Integer restoredFrom, boolean current) {
}
