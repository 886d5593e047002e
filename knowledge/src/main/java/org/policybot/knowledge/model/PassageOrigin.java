package org.policybot.knowledge.model;

import java.time.Instant;

/**
 * Where a passage's text comes from in its document's history: the version in which it took its
 * present form, and when that version was added. An update that leaves a passage as it was keeps
 * its origin; a rollback restores the origins the restored version had.
 *
 * @param version the document version (1 for text unchanged since the document was first added)
 * @param since   when that version was added
 */
public record PassageOrigin(int version, Instant since) {
}
