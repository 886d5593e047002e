package org.policybot.knowledge.write.llm;

import java.util.List;

/**
 * One sentence of the model's reply, its citation markers taken out.
 *
 * @param body  the sentence without markers, whitespace normalised, ending as the model ended it
 * @param cited the passage numbers its markers named, 1-based as the model wrote them, in order, no repeats
 */
record ReplySentence(String body, List<Integer> cited) {
    ReplySentence {
        cited = List.copyOf(cited);
    }
}
