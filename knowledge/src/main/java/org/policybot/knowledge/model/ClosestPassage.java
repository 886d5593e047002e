package org.policybot.knowledge.model;

/**
 * The passage whose sentence came closest in meaning to a question (answered or not): what a
 * moderator needs to see where the knowledge base almost answered it.
 *
 * @param passageId  the passage id
 * @param doc        its document id (as in citations)
 * @param title      its document title
 * @param section    its section path joined with " › "
 * @param similarity cosine between the question's and that sentence's embeddings (-1..1)
 */
public record ClosestPassage(String passageId, String doc, String title, String section, double similarity) {
}
