package org.policybot.knowledge.question;

import java.util.List;
import java.util.Set;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * Recognises a misspelt function word ("somethin", "abuot", "whcih") or noun for a text ("artcle") so it is
 * not taken for an unknown topic: a word of five or more letters within one edit of a stop word, an asking word
 * or a source noun of four or more letters (all from the lexicon).
 */
final class StopWordTypos {
    /** Shorter words are too easily one edit from a real word ("data" and "date"). */
    static final int MIN_LETTERS = 4;
    private static final List<String> COMMON = java.util.stream.Stream
            .of(Lexicon.STOP_WORDS, Lexicon.ASKING_WORDS, Lexicon.SOURCE_NOUNS).flatMap(Set::stream)
            .filter(w -> w.length() >= MIN_LETTERS && w.chars().allMatch(Character::isLetter)).distinct().toList();

    private StopWordTypos() {
    }

    static String fix(String word) {
        return fix(word, false);
    }

    /**
     * As above; a {@code real} word (a whole word of English to the embedding model) is only read as the function word
     * it is cut short of ("somethin", "nothin", "pleas" for "please"), never as one a letter away otherwise ("three"
     * is not "there", "staff" not "stuff").
     */
    static String fix(String word, boolean real) {
        if (word.length() <= MIN_LETTERS || Lexicon.STOP_WORDS.contains(word) || Lexicon.ASKING_WORDS.contains(word)
                || Lexicon.SOURCE_NOUNS.contains(word)) {
            return word;
        }
        for (String common : COMMON) {
            if (real && !(common.length() == word.length() + 1 && common.startsWith(word))) {
                continue;
            }
            if (Math.abs(common.length() - word.length()) <= 1 && common.charAt(0) == word.charAt(0)
                    && withinOneEdit(word, common)) {
                return common;
            }
        }
        return word;
    }

    /** True when a and b differ by at most one insertion, deletion, substitution or adjacent swap. */
    static boolean withinOneEdit(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int la = a.length();
        int lb = b.length();
        if (la == lb) {
            int first = -1;
            int diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (diffs == 0) {
                        first = i;
                    }
                    diffs++;
                }
            }
            if (diffs == 1) {
                return true;
            }
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1)
                    && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = la > lb ? a : b;
        String shorter = la > lb ? b : a;
        int i = 0;
        while (i < shorter.length() && shorter.charAt(i) == longer.charAt(i)) {
            i++;
        }
        return shorter.substring(i).equals(longer.substring(i + 1));
    }
}
