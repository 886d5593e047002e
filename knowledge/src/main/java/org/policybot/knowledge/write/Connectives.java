package org.policybot.knowledge.write;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * What a sentence quoted alone in an answer does without: a leading discourse link ("For example,
 * …", "And …", from the lexicon) and references to the source's own notes or link list ("the TSC
 * Charter [5]"), which a reader would take for the answer's citations. The sentence comes without its
 * list marker or clause number ({@code Passage.sentenceBody}); the citation's quote keeps the original
 * words.
 */
final class Connectives {
    /**
     * A note reference as plain-text renderings of web pages and RFC-style texts print them: a bracketed
     * number of at most three digits, or a run of them, after a word with the space before it or right after a
     * stop (".", ",", ";", ":"), and ending there; not a Markdown link's text ("[1](url)") or an index ("a[0]",
     * "rows()[0]").
     */
    private static final Pattern NOTE_REFERENCE = Pattern.compile("""
            (?: (?<= [\\p{L}\\p{N}.,;:)] ) \\s+   # set apart by a space after a word or its punctuation ("Charter [5]")
              | (?<= [.,;:] ) )               # or right after a stop ("conform.[4]"; "a[0]", "rows()[0]" are indexes)
            (?: \\[ \\d{1,3} ] )+            # one reference or a run of them ("[1][2][3]")
            (?= [\\s.,;:)!?] | $ )           # before a space, punctuation or the end (a link's text "[1](url)" is not)
            """, Pattern.COMMENTS);

    /** Every link a sentence may drop, longest first. */
    private static final List<String> LINKS = Stream.concat(Lexicon.DISCOURSE_LINKS.stream(),
            Lexicon.BARE_DISCOURSE_LINKS.stream()).sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private Connectives() {
    }

    /** "First, second and third-year students…": a link followed by another is an enumeration, kept whole. */
    private static boolean opensWithLink(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT);
        return LINKS.stream().anyMatch(l -> lower.startsWith(l) && (lower.length() == l.length()
                || !Character.isLetter(lower.charAt(l.length()))));
    }

    /** The sentence without a leading discourse link or note references, capitalised. */
    static String strip(String sentence) {
        String s = NOTE_REFERENCE.matcher(sentence).replaceAll("").strip();
        if (s.isEmpty()) {
            s = sentence.strip(); // nothing but a reference: keep it rather than quote nothing
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String link : LINKS) {
            if (lower.startsWith(link) && lower.length() > link.length() + 1) {
                char after = s.charAt(link.length());
                boolean comma = after == ',';
                boolean bare = Character.isWhitespace(after) && Lexicon.BARE_DISCOURSE_LINKS.contains(link);
                if (comma || bare) {
                    String rest = s.substring(link.length() + (comma ? 1 : 0)).strip();
                    if (!rest.isEmpty() && Character.isLetter(rest.charAt(0)) && !opensWithLink(rest)) {
                        return Character.toUpperCase(rest.charAt(0)) + rest.substring(1);
                    }
                }
            }
        }
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
