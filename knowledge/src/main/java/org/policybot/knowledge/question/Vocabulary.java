package org.policybot.knowledge.question;

import java.util.Set;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.Terms;

/**
 * What a question is read against: the knowledge base's words and their rarity. Implemented over
 * an index snapshot (retrieve/IndexVocabulary); {@link #EMPTY} reads a question with no knowledge
 * base at all.
 */
public interface Vocabulary {
    /** Number of passages. */
    int passages();

    /** Passages whose text, section or title holds {@code stem}. */
    int docFreq(String stem);

    /** True when some passage holds {@code word} (lower case, unstemmed). */
    boolean hasWord(String word);

    /** True when some passage holds {@code word} in any form: one of its stems ("attended" for "attend"). */
    default boolean holdsForm(String word) {
        return Terms.of(word).stream().anyMatch(stem -> docFreq(stem) > 0);
    }

    /**
     * True when {@code word} (lower case) is a real English word, whether or not the documents use it: a word that is
     * no typo ("three", "staff", "event"), so it is never read as a function word one letter away.
     */
    default boolean isEnglishWord(String word) {
        return false;
    }

    /** The knowledge-base word a likely typo stands for ("custmer" → "customer"), or null. */
    String correction(String word);

    /** Stems of the documents' authors' names: what the documents' "we" means. */
    Set<String> authorStems();

    /**
     * The words of a run the documents name that {@code word} (lower case) is the initials of ("epl" → "eclipse public
     * license", "agm" → "annual general meeting"), or null: members name things by initials the text never uses.
     * {@code capitals}: the asker wrote it in capitals ("SAR"), so it is read as initials even where it is also a word.
     */
    default String initialism(String word, boolean capitals) {
        return null;
    }

    /**
     * The documents' word that means what {@code word} (lower case, a word they never use) means ("kids" → their
     * "children"), or null: members ask in their own everyday words.
     */
    default String sameMeaning(String word) {
        return null;
    }

    /**
     * The stem of the documents' word that is {@code word}'s opposite by a negating prefix ("unhappy" for "happy",
     * "dissatisfied" for "satisfied"), or null: a question's "not happy" means the documents' "unhappy". A word that
     * only begins like one ("inside", "disclose") is none.
     */
    default String negatedForm(String word) {
        return null;
    }

    /**
     * True when the documents write {@code verb} as a phrasal verb themselves ("fail to turn up"), so a question's
     * is looked up as written, not as its plain verb.
     */
    default boolean writes(Lexicon.PhrasalVerb verb) {
        return false;
    }

    Vocabulary EMPTY = new Vocabulary() {
        @Override
        public int passages() {
            return 0;
        }

        @Override
        public int docFreq(String stem) {
            return 0;
        }

        @Override
        public boolean hasWord(String word) {
            return false;
        }

        @Override
        public String correction(String word) {
            return null;
        }

        @Override
        public Set<String> authorStems() {
            return Set.of();
        }
    };
}
