package org.policybot.knowledge.model;

import java.time.Instant;

/**
 * A numbered source of an answer.
 *
 * @param n         the marker number, 1-based, in order of first use in the answer
 * @param doc       document id
 * @param title     document title
 * @param section   section path joined with " › "
 * @param url       document URL, or ""
 * @param quote     the sentence(s) of the passage that the answer used, verbatim
 * @param text      the whole cited passage
 * @param passageId the cited passage's id
 * @param origin    the document version the passage's text dates from, and when it was added; null when unknown
 */
public record Citation(int n, String doc, String title, String section, String url, String quote,
                       String text, String passageId, PassageOrigin origin) {

    /** A citation whose passage's version is not known (yet). */
    public Citation(int n, String doc, String title, String section, String url, String quote, String text,
                    String passageId) {
        this(n, doc, title, section, url, quote, text, passageId, null);
    }

    /** True when the cited text changed after the document was first added, at or after {@code since}. */
    public boolean revisedSince(Instant since) {
        return origin != null && origin.version() > 1 && !origin.since().isBefore(since);
    }
}
