package org.policybot.knowledge.question;

import java.util.Set;

/**
 * One content word of a question.
 *
 * @param word      the word (lower case), as corrected when {@code corrected}, as expanded from chat speak
 * @param asked     the word as asked
 * @param stem      its stem, as indexed
 * @param idf       its rarity in the knowledge base (BM25 idf; an unknown word gets the maximum)
 * @param discount  1, or less for words about the asking and the documents' authors' names, which an
 *                  answer need not contain (see {@link QuestionReader})
 * @param known     whether the knowledge base contains the stem at all
 * @param corrected whether the word was a likely typo replaced by a knowledge-base word
 * @param name      whether it was written as a name (capitalised, not first in the question): names
 *                  must match literally, never by similar meaning ("Paris" is not "France")
 * @param focus     whether it names what the question is about (a word after a determiner, a
 *                  preposition or a copula: "the refund policy", "of the board"), as opposed to the
 *                  verbs and modifiers around it ("did the trip LAST four weeks"), which an answer may
 *                  well phrase otherwise
 * @param alias     the stem of the chat abbreviation as asked ("dm") where the documents write it as well as
 *                  its expansion ("message"), else null: a sentence holding either holds the term ("Do not DM
 *                  presenters" answers "can I dm a presenter?")
 * @param meaning   whether the word was read as the documents' word of the same meaning ("kids" as "children"):
 *                  near in meaning is not the same thing ("weekends" and "weekdays" sit near too), so such a word
 *                  never settles a yes or a no
 * @param story     whether it names a person of the asker's own life the documents never speak of ("my mate", "my
 *                  husband"): it weighs little, and a rule found for everyone may not hold for that person, so it
 *                  settles no yes or no and the answer is at most of low confidence
 */
public record QueryTerm(String word, String asked, String stem, float idf, float discount, boolean known,
                        boolean corrected, boolean name, boolean focus, String alias, boolean meaning, boolean story) {
    /** Whether {@code stems} hold this term: its stem or its alias. */
    public boolean in(Set<String> stems) {
        return stems.contains(stem) || alias != null && stems.contains(alias);
    }

    /** How much the term counts in a coverage: its rarity, discounted. */
    public float weight() {
        return idf * discount;
    }
}
