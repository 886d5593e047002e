package org.policybot.knowledge.compose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Discourse links that tie a sentence to the one before it ("For example, …", "At the same time, …",
 * "And …"). Quoted on its own in an answer, such a sentence reads better without them; the
 * citation's quote keeps the original words. Links that carry meaning ("However", "Unless") stay.
 */
final class Connectives {
    private static final Pattern LEADING = Pattern.compile(
            "^(?:for example|for instance|at the same time|additionally|in addition|also|moreover|furthermore|"
                    + "meanwhile|finally|first|second|third|then|this is why|that is why|as a result|in short|indeed)"
                    + ",\\s+|^(?:and|so|plus)\\s+(?=\\p{L})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANAPHORIC = Pattern.compile(
            "^(?:this|these|those|it|they|such)\\b(?!\\s+is why)", Pattern.CASE_INSENSITIVE);

    private Connectives() {
    }

    /** The sentence without a leading discourse link, capitalised. */
    static String strip(String sentence) {
        String s = sentence.strip();
        Matcher m = LEADING.matcher(s);
        if (!m.find() || m.end() >= s.length()) {
            return s;
        }
        String rest = s.substring(m.end());
        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
    }

    /** True when the sentence opens by pointing back ("This includes…", "Such measures…"). */
    static boolean pointsBack(String sentence) {
        return ANAPHORIC.matcher(strip(sentence)).find();
    }
}
