package org.policybot.knowledge.retrieve;

/**
 * One content word of a question.
 *
 * @param word      the word as asked (lower case), or as corrected when {@code corrected}
 * @param asked     the word as asked
 * @param stem      its stem, as indexed
 * @param idf       its rarity in the knowledge base (BM25 idf; unknown words get the maximum)
 * @param known     whether the knowledge base contains the stem at all
 * @param corrected whether the word was a likely typo replaced by a knowledge-base word
 * @param name      whether it was written as a name (capitalised, not first in the question): names
 *                  must match literally, never by similar meaning ("Paris" is not "France")
 * @param focus     whether it sits in a phrase the question is about (after "the", "of", "'s", "is"…),
 *                  as opposed to the verbs and modifiers around it ("what worries did people bring up")
 */
public record QueryTerm(String word, String asked, String stem, float idf, boolean known, boolean corrected,
                        boolean name, boolean focus) {
}
