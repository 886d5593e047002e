package org.policybot.knowledge.index;

/**
 * Consecutive passages of a document (in position order) whose text dates from the same version:
 * the version in which it took its present form and when that version was added. A document's
 * runs, one after another, cover every passage; a passage that an update left unchanged keeps the
 * run of the version it came from, so a citation can say how recent the cited text is.
 *
 * @param version the document version the text dates from
 * @param at      when that version was added (ISO-8601 instant)
 * @param count   how many consecutive passages
 */
public record OriginRun(int version, String at, int count) {
    public OriginRun {
        if (version < 1 || count < 1 || at == null) {
            throw new IllegalArgumentException("bad origin run: version " + version + ", at " + at + ", count " + count);
        }
    }
}
