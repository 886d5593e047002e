package org.policybot.knowledge.compose;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.retrieve.QueryTerm;
import org.policybot.knowledge.text.Terms;

/**
 * The one rule that decides "not in the knowledge base", from the evidence rather than the words:
 * how much of the question's weight the chosen sentences (and their headings) cover, how close the
 * best sentence is in meaning, and how much of the question is made of words the knowledge base
 * has never seen. Thresholds were calibrated on the dev questions plus a held-out set of
 * paraphrases, typos and near-miss policy questions (see AbstentionCalibrationTest).
 */
public final class Abstention {
    /** Coverage needed when meaning is merely plausible. */
    static final float COVERAGE = 0.5f;
    /** Similarity needed alongside {@link #COVERAGE}. */
    static final float SIMILARITY = 0.3f;
    /** Similarity that lets a paraphrase with few shared words through... */
    static final float STRONG_SIMILARITY = 0.55f;
    /** ...as long as it still covers this much. */
    static final float WEAK_COVERAGE = 0.3f;
    /** Share of the question's weight in words unknown to the knowledge base that rules an answer out. */
    static final float UNKNOWN = 0.45f;

    /**
     * The evidence for one question.
     *
     * @param coverage   question weight covered by the chosen sentences and their headings, 0..1
     * @param similarity best cosine between the question and a chosen sentence
     * @param unknown    question weight in words the knowledge base does not contain, 0..1
     */
    public record Evidence(float coverage, float similarity, float unknown) {
        public boolean supported() {
            if (unknown >= UNKNOWN) {
                return false;
            }
            return coverage >= COVERAGE && similarity >= SIMILARITY
                    || similarity >= STRONG_SIMILARITY && coverage >= WEAK_COVERAGE;
        }
    }

    private Abstention() {
    }

    public static Evidence evidence(QueryAnalysis query, List<ScoredSentence> chosen) {
        Set<String> stems = new HashSet<>();
        Set<String> headings = new HashSet<>();
        float similarity = 0;
        for (ScoredSentence s : chosen) {
            stems.addAll(Terms.distinct(s.text()));
            headings.addAll(Terms.distinct(s.passage().sectionLabel() + " " + s.passage().title()));
            similarity = Math.max(similarity, s.semantic());
        }
        float coverage = SentenceScorer.coverage(query, stems, headings);
        float total = query.totalIdf();
        float unknown = 0;
        for (QueryTerm t : query.terms()) {
            if (!t.known()) {
                unknown += t.idf();
            }
        }
        return new Evidence(coverage, similarity, total == 0 ? 1 : unknown / total);
    }
}
