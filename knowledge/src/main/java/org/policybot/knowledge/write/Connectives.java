package org.policybot.knowledge.write;

import java.util.Locale;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * What a sentence quoted alone in an answer does without: a leading discourse link ("For example,
 * …", "And …", from the lexicon). The sentence comes without its list marker or clause number
 * ({@code Passage.sentenceBody}); the citation's quote keeps the original words.
 */
final class Connectives {
    private Connectives() {
    }

    /** The sentence without a leading discourse link, capitalised. */
    static String strip(String sentence) {
        String s = sentence.strip();
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
