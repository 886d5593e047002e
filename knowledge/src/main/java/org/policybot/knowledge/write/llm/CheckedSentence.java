package org.policybot.knowledge.write.llm;

import java.util.Map;
import java.util.Set;

/**
 * A reply sentence that survived the support check.
 *
 * @param body     the sentence without markers
 * @param evidence for each passage it keeps citing (0-based index into the composer's passages, in
 *                 the order the model cited them), the supporting sentence indexes in that passage
 */
record CheckedSentence(String body, Map<Integer, Set<Integer>> evidence) {
}
