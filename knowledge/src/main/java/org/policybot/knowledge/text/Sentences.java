package org.policybot.knowledge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Span;

/**
 * Splits text into sentences by rule: a terminator (. ! ?) optionally followed by closing quotes or
 * brackets, then whitespace and an opening capital, digit, quote or bracket. Common abbreviations
 * ("e.g.", "Dr.", "No." before a number) and decimal numbers do not end a sentence; "etc." and "no." before a
 * capital do, and so do "Ltd.", "Jan." or "U.S." before a capitalised function word ("Acme Ltd. We collect...");
 * the stop of a leading clause number or list marker ("1. ", "3.2. ", "a. ") does not.
 * A table row written by ingest is one sentence, whatever its cells hold ({@link #isTableRow}).
 * A line break always ends a sentence: passage paragraphs are folded onto one line, so a break separates
 * paragraphs or table rows. Spans are trimmed, and each records where its words start after a leading
 * marker ({@link ListMarkers}).
 */
public final class Sentences {
    /**
     * A table row as ingest writes it (ingest/TableText): two or more "label: cell" parts joined by "; ", where
     * a label is short and holds no ':' or ';', and a cell may hold its own "; " ("Benefits: Birthday bonus;
     * member prices").
     */
    private static final Pattern TABLE_ROW = Pattern.compile("""
            ^ [^:;]{1,60} : \\s CELL (?: ; \\s [^:;]{1,60} : \\s CELL )+ $
            """.replace("CELL", "[^;]+ (?: ; \\s [^:;]+ )*"), Pattern.COMMENTS);

    /**
     * Sentence ends of scripts other than the Latin one: the ideographic full stop and the full-width marks of Chinese
     * and Japanese, the Arabic question mark and full stop, the Devanagari danda.
     */
    private static final String SCRIPT_TERMINATORS = "。！？؟۔।";

    private Sentences() {
    }

    /** The sentence spans of {@code text}; a text without a terminator is one sentence. */
    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf('\n', from);
            if (end < 0) {
                end = text.length();
            }
            if (isTableRow(text.substring(from, end))) {
                addTrimmed(text, from, end, spans);
            } else {
                splitLine(text, from, end, spans);
            }
            from = end + 1;
        }
        return spans;
    }

    /**
     * Whether {@code line} is a table row as ingest writes it ("Level: 3; Response: 15 minutes; Status page:
     * every 30 minutes."): a row is one sentence however many sentences its cells hold, so that a quote of it
     * keeps the cell that names the row and a passage never ends inside it.
     */
    public static boolean isTableRow(String line) {
        return TABLE_ROW.matcher(line.strip()).matches();
    }

    /**
     * Whether {@code sentence} announces what follows it, a list or a passage ("They must sign the book with:",
     * "This includes, but is not limited to:"): it ends with a colon, so it says nothing without what comes after.
     */
    public static boolean announces(String sentence) {
        return sentence.strip().endsWith(":");
    }

    /** The sentences of one line, {@code text[from, to)}, which holds no line break. */
    private static void splitLine(String text, int from, int to, List<Span> spans) {
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (SCRIPT_TERMINATORS.indexOf(c) >= 0 && i + 1 < to) {
                // "。", "؟", "।": these scripts end a sentence whatever follows, with or without a space
                int end = i + 1;
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                addTrimmed(text, start, end, spans);
                start = skipSpace(text, end, to);
                i = start;
                continue;
            }
            if (c == '.' || c == '!' || c == '?' || c == '…') {
                int end = i + 1;
                while (end < to && (text.charAt(end) == '.' || text.charAt(end) == '!' || text.charAt(end) == '?')) {
                    end++;
                }
                while (end < to && isCloser(text.charAt(end))) {
                    end++;
                }
                if (end >= to) {
                    break;
                }
                if (Character.isWhitespace(text.charAt(end)) && startsSentence(text, skipSpace(text, end, to), to)
                        && !(c == '.' && (isAbbreviation(text, start, i, to) || endsLeadingMarker(text, start, i)))) {
                    addTrimmed(text, start, end, spans);
                    start = skipSpace(text, end, to);
                    i = start;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        addTrimmed(text, start, to, spans);
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

    private static boolean startsSentence(String text, int at, int to) {
        if (at >= to) {
            return false;
        }
        char c = text.charAt(at);
        return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '“' || c == '(' || c == '['
                || c == '‘' || c == '\'' || c == '¿' || c == '¡' || Character.isTitleCase(c)
                || Character.isLetter(c) && !Character.isLowerCase(c) // a script without case (Arabic, Hebrew, Hindi)
                || !Character.isLetter(c) && !Character.isWhitespace(c) && c != ',' && c != ';';
    }

    private static boolean isAbbreviation(String text, int sentenceStart, int dot, int to) {
        int w = dot;
        while (w > sentenceStart && !Character.isWhitespace(text.charAt(w - 1)) && text.charAt(w - 1) != '(') {
            w--;
        }
        String word = text.substring(w, dot).toLowerCase(Locale.ROOT);
        if (word.isEmpty()) {
            return false;
        }
        if (Lexicon.ABBREVIATIONS.contains(word)) {
            return true;
        }
        if (Lexicon.CLOSING_ABBREVIATIONS.contains(word)) {
            return !opensWithFunctionWord(text, skipSpace(text, dot + 1, to), to);
        }
        if (Lexicon.NUMBER_ABBREVIATIONS.contains(word)) {
            int next = skipSpace(text, dot + 1, to);
            return next < to && Character.isDigit(text.charAt(next));
        }
        // single letters ("J. Smith") and dotted initialisms ("U.S.A.")
        return word.length() == 1 && Character.isLetter(word.charAt(0))
                || word.matches("(\\p{L}\\.)+\\p{L}");
    }

    /**
     * Whether the text at {@code at} opens with a capitalised function word ("We", "The", "If"): after "Acme Ltd." or
     * "3 Jan." such a word starts a new sentence, where a name ("Acme Ltd. Dublin") does not.
     */
    private static boolean opensWithFunctionWord(String text, int at, int to) {
        int end = at;
        while (end < to && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > at && Character.isUpperCase(text.charAt(at))
                && Lexicon.STOP_WORDS.contains(text.substring(at, end).toLowerCase(Locale.ROOT));
    }

    /** Whether the stop at {@code dot} belongs to the markers that open the sentence ("1.", "3.2.", "(a) 1."). */
    private static boolean endsLeadingMarker(String text, int sentenceStart, int dot) {
        return ListMarkers.bodyStart(text, sentenceStart, text.length()) > dot;
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) {
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
