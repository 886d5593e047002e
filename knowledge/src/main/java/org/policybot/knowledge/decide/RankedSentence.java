package org.policybot.knowledge.decide;

import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.retrieve.Candidate;

/**
 * A candidate sentence with what was measured of it and the sentence model's probability that it
 * answers the question.
 *
 * @param candidate   the retrieved passage it belongs to
 * @param rank        that passage's retrieval rank (0 = best)
 * @param index       the sentence's index within the passage
 * @param features    its {@link SentenceFeature} values, by ordinal
 * @param probability the sentence model's output, 0..1 (0 for a sentence added only to complete another)
 */
public record RankedSentence(Candidate candidate, int rank, int index, double[] features, double probability) {
    public Passage passage() {
        return candidate.passage().passage();
    }

    public String text() {
        return passage().sentence(index);
    }

    /** The value of one feature, by name (for traces and fitting). */
    public double feature(String name) {
        return features[SentenceFeature.valueOf(name).ordinal()];
    }

    /** Feature names in vector order. */
    public static java.util.List<String> featureNames() {
        return java.util.Arrays.stream(SentenceFeature.values()).map(Enum::name).toList();
    }

    /** True when this sentence is its passage's section heading repeated as a lead sentence. */
    public boolean isHeading() {
        var section = passage().section();
        return index == 0 && !section.isEmpty() && section.get(section.size() - 1).strip().equals(text().strip());
    }

    /** The same sentence added to complete another (a list's items, the sentence "this" points to). */
    RankedSentence completing(int otherIndex) {
        return new RankedSentence(candidate, rank, otherIndex, new double[SentenceFeature.COUNT], 0);
    }
}
