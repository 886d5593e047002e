package org.policybot.knowledge.decide;

import java.util.List;

/**
 * What the engine will do with a question: answer with high or low confidence, from which
 * sentences, or say the knowledge base does not cover it.
 *
 * @param outcome     the decision
 * @param probability the answer model's probability that the knowledge base answers the question, or the part of it
 *                    that is answered when the question as a whole is not
 * @param chosen      the sentences to write, in answer order (empty when not covered)
 * @param ranked      every candidate sentence, best first for the question, or for the part answered (for the
 *                    writer's lead, the LLM's evidence check, traces and fitting)
 * @param question    the {@link QuestionFeature} values, by ordinal (empty when there was no candidate)
 * @param closest     for a low-confidence answer, the best sentence of each of the next closest passages: where else
 *                    a member may look (empty otherwise)
 */
public record Decision(Outcome outcome, double probability, List<RankedSentence> chosen, List<RankedSentence> ranked,
                       double[] question, List<RankedSentence> closest) {
    /** The three things the engine can do. */
    public enum Outcome { HIGH, LOW, NOT_COVERED }

    public Decision {
        chosen = List.copyOf(chosen);
        ranked = List.copyOf(ranked);
        closest = List.copyOf(closest);
    }

    /** A decision that points to no further passages. */
    public Decision(Outcome outcome, double probability, List<RankedSentence> chosen, List<RankedSentence> ranked,
            double[] question) {
        this(outcome, probability, chosen, ranked, question, List.of());
    }

    static Decision notCovered(List<RankedSentence> ranked, double probability, double[] question) {
        return new Decision(Outcome.NOT_COVERED, probability, List.of(), ranked, question);
    }

    public boolean answers() {
        return outcome != Outcome.NOT_COVERED;
    }

    /** The best sentence; null when there was no candidate. */
    public RankedSentence best() {
        return ranked.isEmpty() ? null : ranked.get(0);
    }

    /**
     * The best of the sentences the answer quotes: what a lead ("Yes.", "No.") may judge. The best candidate itself
     * may be left out of the answer (an FAQ's question "Can I cancel my membership?" gives way to its answer "No.
     * Memberships run for 12 months…"), and a lead must never judge a sentence the member is not shown. Null when
     * nothing is quoted.
     */
    public RankedSentence bestQuoted() {
        for (RankedSentence r : ranked) {
            for (RankedSentence c : chosen) {
                if (c.passage().id().equals(r.passage().id()) && c.index() == r.index()) {
                    return c;
                }
            }
        }
        return chosen.isEmpty() ? null : chosen.get(0);
    }

    /** Question feature names in vector order. */
    public static List<String> questionFeatureNames() {
        return java.util.Arrays.stream(QuestionFeature.values()).map(Enum::name).toList();
    }
}
