package org.policybot.knowledge.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The list markers and clause numbers that open a line or sentence in policy texts: bullets ("-", "*", "•"),
 * clause numbers ("6.1", "6.1.", "12."), numbered and lettered items ("1)", "(2)", "a.", "(b)", "(iv)",
 * "A)"). They belong to the text (quotes and section names keep them) but are not words of the sentence: an
 * answer built from the sentence starts after them.
 */
public final class ListMarkers {
    /**
     * One marker at the start of a text, then whitespace. A dotted number without a final stop ("6.1 ") counts
     * only before something other than a lower-case letter, so "3.5 million people" keeps its figure; a plain
     * number needs its stop or bracket ("12. ", "3) "), so "30 days" is never a marker. Single capital letters
     * count only with a bracket ("A)", "(B)"), not as "A. ", which is more often an initial ("J. Smith").
     */
    private static final Pattern MARKER = Pattern.compile("""
            (?:
                [-*+•·▪◦‣●○■□–—]                        # bullet
              | \\d{1,3}(?:\\.\\d{1,3})+\\.              # dotted clause number with a final stop: 6.1.
              | \\d{1,3}(?:\\.\\d{1,3})+(?=\\s+[^\\s\\p{Ll}])  # dotted clause number before a non-lower-case word: 6.1 Powers
              | \\d{1,3}[.)]                              # numbered item: 1. 12)
              | \\(\\d{1,3}\\)                            # numbered item in brackets: (2)
              | \\((?:[a-z]{1,2}|[ivxlc]{1,6}|[A-Z]|[IVXLC]{1,6})\\)   # lettered or roman item in brackets: (a) (iv) (B)
              | (?:[a-z]|[ivxlc]{2,6})[.)]               # lettered or roman item: a. b) iv.
              | (?:[A-Z]|[IVXLC]{2,6})\\)                # capital item with a bracket: A) IV)
              | [IVXLC]{2,6}\\.                          # capital roman number: II. IV.
            )
            [\\x20\\t\\u00A0]+    # then whitespace (a space in a character class must be escaped in COMMENTS mode)
            """, Pattern.COMMENTS);
    /** A text may open with at most this many markers ("1. (a) "): more is a list of numbers, not markers. */
    private static final int MAX_MARKERS = 2;

    private ListMarkers() {
    }

    /** The index in {@code text} from {@code from} where the words begin after leading markers; {@code from} if none. */
    public static int bodyStart(String text, int from, int end) {
        int at = from;
        for (int n = 0; n < MAX_MARKERS; n++) {
            Matcher m = MARKER.matcher(text).region(at, end);
            if (!m.lookingAt() || m.end() >= end) {
                break;
            }
            at = m.end();
        }
        return at;
    }

    /** Whether {@code token} is one marker and nothing else ("1.", "(a)", "-"). */
    public static boolean isMarker(String token) {
        return MARKER.matcher(token.strip() + " ").matches();
    }

    /** The text after any leading markers. */
    public static String strip(String text) {
        return text.substring(bodyStart(text, 0, text.length()));
    }
}
