package org.policybot.knowledge.write;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * What a sentence quoted alone in an answer does without: a leading discourse link ("For example,
 * …", "And …", from the lexicon) and a leading list marker or clause number ("6.1", "(a)", "-",
 * "iv."). The citation's quote keeps the original words.
 */
final class Connectives {
    /** A list marker or clause number opening a sentence, with the space after it. */
    private static final Pattern MARKER = Pattern.compile("""
            ^(?: [-*•‣◦▪–—]                                  # a bullet
               | \\(? (?: \\d+(?:\\.\\d+)* | [a-z] | [ivxlc]+ ) [.)]   # 1. 1.2. (a) a) iv.
               | \\d+(?:\\.\\d+)+ (?=\\s+\\p{Lu})              # 6.1 without a final dot, before a capital
               | §\\s*\\d+(?:\\.\\d+)*\\.?                    # § 4
            )\\s+""", Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    private Connectives() {
    }

    /** The sentence without a leading list marker and discourse link, capitalised. */
    static String strip(String sentence) {
        String s = sentence.strip();
        Matcher m = MARKER.matcher(s);
        if (m.find() && m.end() < s.length()) {
            s = s.substring(m.end());
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String link : Lexicon.DISCOURSE_LINKS) {
            if (lower.startsWith(link) && lower.length() > link.length() + 1) {
                char after = s.charAt(link.length());
                boolean comma = after == ',';
                boolean bare = Character.isWhitespace(after) && link.indexOf(' ') < 0 && link.length() <= 4;
                if (comma || bare) {
                    String rest = s.substring(link.length() + (comma ? 1 : 0)).strip();
                    if (!rest.isEmpty() && Character.isLetter(rest.charAt(0))) {
                        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                    }
                }
            }
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
