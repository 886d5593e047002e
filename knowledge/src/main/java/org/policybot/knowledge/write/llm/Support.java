package org.policybot.knowledge.write.llm;

import java.util.List;

/**
 * The verdict of the {@link SupportCheck} on one sentence.
 *
 * @param supported  true when the sentence may reach the user
 * @param score      coverage and similarity combined (0 when a rule rejected the sentence before scoring)
 * @param coverage   share of the sentence's stemmed content words found in the evidence sentences
 * @param similarity best cosine between the sentence and an evidence sentence
 * @param evidence   the passage sentence that supports it (one; empty when not supported)
 * @param why        a short explanation, for logs and tests
 */
public record Support(boolean supported, double score, double coverage, double similarity,
                      List<Evidence> evidence, String why) {
    public Support {
        evidence = List.copyOf(evidence);
    }

    static Support rejected(String why) {
        return new Support(false, 0, 0, 0, List.of(), why);
    }

    /**
     * One supporting sentence.
     *
     * @param cited    index into the list of cited passages given to the check
     * @param sentence index of the sentence within that passage
     */
    public record Evidence(int cited, int sentence) {
    }
}
