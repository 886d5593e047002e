package org.policybot.knowledge.model;

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
 */
public record Citation(int n, String doc, String title, String section, String url, String quote,
                       String text, String passageId) {
}
