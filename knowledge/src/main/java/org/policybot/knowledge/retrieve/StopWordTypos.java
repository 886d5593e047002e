package org.policybot.knowledge.retrieve;

import java.util.List;
import org.policybot.knowledge.text.Terms;

/**
 * Recognises a misspelt function word ("somethin", "wht", "abuot") so it is not taken for an
 * unknown topic: a word within one edit of a common function word of four or more letters.
 */
final class StopWordTypos {
    private static final List<String> COMMON = List.of("something", "anything", "everything", "nothing", "about",
            "would", "could", "should", "there", "their", "they", "what", "which", "where", "when", "with", "without",
            "because", "before", "after", "does", "doing", "have", "having", "been", "being", "were", "this", "that",
            "these", "those", "from", "into", "also", "just", "really", "actually", "please", "thanks", "other",
            "another", "anyone", "someone", "everyone", "through", "during", "between", "whether", "though",
            "although", "while", "until", "since", "many", "much", "more", "most", "very", "your", "tell", "know",
            "want", "said", "says", "mention", "mentioned", "exactly", "kind", "possible", "happen", "happened");

    private StopWordTypos() {
    }

    static String fix(String word) {
        if (word.length() < 5 || Terms.isStopWord(word)) {
            return word;
        }
        for (String common : COMMON) {
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
