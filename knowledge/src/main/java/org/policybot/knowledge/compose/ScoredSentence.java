package org.policybot.knowledge.compose;

import java.util.Set;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.retrieve.Candidate;

/**
 * A sentence of a retrieved passage, scored against the question.
 *
 * @param candidate the passage it belongs to
 * @param rank      the passage's rank in retrieval (0 = best)
 * @param index     sentence index within the passage
 * @param stems     its content stems
 * @param lexical   question weight it covers (with its section heading), 0..1
 * @param semantic  cosine between sentence and question
 * @param cue       1 when it holds what the question type asks for (a number for "how many"…)
 * @param score     the combined score
 */
public record ScoredSentence(Candidate candidate, int rank, int index, Set<String> stems, float lexical,
                             float semantic, float cue, float score) {
    public Passage passage() {
        return candidate.passage().passage();
    }

    public String text() {
        return passage().sentence(index);
    }

    /** True when this sentence is its passage's section heading repeated as a lead sentence. */
    public boolean isHeading() {
        var section = passage().section();
        return index == 0 && !section.isEmpty() && section.get(section.size() - 1).strip().equals(text().strip());
    }
}
