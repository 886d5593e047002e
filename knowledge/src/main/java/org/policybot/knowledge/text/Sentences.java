package org.policybot.knowledge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.policybot.knowledge.model.Span;

/**
 * Splits text into sentences by rule: a terminator (. ! ?) optionally followed by closing quotes or
 * brackets, then whitespace and an opening capital, digit, quote or bracket. Common abbreviations
 * ("e.g.", "Dr.", "U.S.", "No." before a number) and decimal numbers do not end a sentence; "etc." and "no."
 * before a capital do; the stop of a leading clause number or list marker ("1. ", "3.2. ", "a. ") does not.
 * A line break always ends a sentence: passage paragraphs are folded onto one line, so a break separates
 * paragraphs or table rows. Spans are trimmed, and each records where its words start after a leading
 * marker ({@link ListMarkers}).
 */
public final class Sentences {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "vs", "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "inc", "ltd",
            "co", "corp", "u.s", "u.k", "e.u", "approx", "cf", "al", "jan", "feb", "mar",
            "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "p", "ed", "eds");
    /** Abbreviations that are also words ("the answer is no."): they only count before a number ("No. 5"). */
    private static final Set<String> NUMBER_ABBREVIATIONS = Set.of("no", "nos", "fig", "sec", "art", "vol", "pp");

    private Sentences() {
    }

    /** The sentence spans of {@code text}; a text without a terminator is one sentence. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int n = text.length();
        int start = skipSpace(text, 0);
        int i = start;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                addTrimmed(text, start, i, spans);
                start = skipSpace(text, i);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < n && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                while (end < n && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end >= n) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(end)) && startsSentence(text, skipSpace(text, end))
                        && !(c == '.' && (isAbbreviation(text, start, i) || endsLeadingMarker(text, start, i)))) {
                    addTrimmed(text, start, end, spans);
                    start = skipSpace(text, end);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        addTrimmed(text, start, n, spans);
        return spans;
    }

    /** The sentences of {@code text} as strings. */
    public static List<String> texts(String text) {
        List<String> out = new ArrayList<>();
        for (Span s : split(text)) {
            out.add(s.of(text));
        }
        return out;
    }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '”' || c == '’' || c == '»';
    }

    private static boolean startsSentence(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c == '['
                || c == '‘' || c == '\'' || c == '¿' || c == '¡' || Character.isTitleCase(c)
                || !Character.isLetter(c) && !Character.isWhitespace(c) && c != ',' && c != ';';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (NUMBER_ABBREVIATIONS.contains(word)) {
            int next = skipSpace(text, dot + 1);
            return next < text.length() && Character.isDigit(text.charAt(next));
        }
        // single letters ("J. Smith") and dotted initialisms ("U.S.A.")
        return word.length() == 1 && Character.isLetter(word.charAt(0))
                || word.matches("(\\p{L}\\.)+\\p{L}");
    }

    /** Whether the stop at {@code dot} belongs to the markers that open the sentence ("1.", "3.2.", "(a) 1."). */
    private static boolean endsLeadingMarker(String text, int sentenceStart, int dot) {
        return ListMarkers.bodyStart(text, sentenceStart, text.length()) > dot;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void addTrimmed(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new Span(start, ListMarkers.bodyStart(text, start, end), end));
        }
    }
}
