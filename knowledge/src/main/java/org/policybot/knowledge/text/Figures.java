package org.policybot.knowledge.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.DoublePredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * Figures in text, written in digits or words ("25", "six", "48-hour", "a week"), with the word
 * that follows them: one reading for every check that needs a figure (question figures, answer
 * kinds, premise checks). Number words and units of time come from the lexicon.
 */
public final class Figures {
    /** A figure in words repeated in digits, as legal texts write it: the "(30)" of "thirty (30) days". */
    private static final String REPEATED = "\\s*\\(\\s*\\d[\\d,]*\\s*\\)";
    private static final Pattern REPEATED_DIGITS = Pattern.compile(REPEATED);

    /**
     * Number words of the tens ("twenty" … "ninety") and of the units ("one" … "nine"): for each value the first word
     * lexicon/number-words.txt gives it, its cardinal, listed before "once", "single" or "pair" of the same value.
     */
    private static final String TENS = numberWords(v -> v >= 20 && v < 100 && v % 10 == 0);
    private static final String UNITS = numberWords(v -> v >= 1 && v < 10 && v % 1 == 0);

    /**
     * A figure and the word after it. Group 1: the figure (digits with separators, a number word, a number of tens
     * and units in words, or "a"/"an" before a unit of time); group 2: the next word, if any, joined by a space or a
     * hyphen, after a word that keeps a unit of time ("5 business days" counts days: lexicon/unit-qualifiers.txt),
     * and after the figure repeated in digits, as legal texts write it ("thirty (30) days").
     */
    private static final Pattern FIGURE = Pattern.compile("""
            (?<![\\p{L}\\d])                     # not inside a word or a longer number
            ( \\d[\\d,]*(?:\\.\\d+)?             # 25 | 1,000 | 2.5
            | (?: TENS ) [\\s-] (?: UNITS ) \\b   # twenty-one | thirty five
            | [\\p{L}]+                          # a word: kept only when it is a number word, or a/an
            )
            (?: REPEATED )?                       # "(30)" after "thirty"
            (?: [\\s-]+ QUALIFIER (?= [\\s-]+ UNIT \\b ) )?  # "business" in "5 business days" (keeps the unit)
            (?: [\\s-]+ ([\\p{L}]+) )?           # the word it counts: "days", "48-hour"
            """.replace("TENS", TENS).replace("UNITS", UNITS).replace("REPEATED", REPEATED)
            .replace("QUALIFIER", Lexicon.alternation(Lexicon.UNIT_QUALIFIERS))
            .replace("UNIT", Lexicon.alternation(Lexicon.TIME_UNITS.keySet())), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /**
     * A time of day on the twelve-hour clock, written as one word: "10pm", "7.30am", "9:15PM". Such a word is a
     * figure, so a question's "10pm" is never an unknown word.
     */
    private static final Pattern CLOCK_TIME = Pattern.compile("""
            ( 1[0-2] | 0?[1-9] )      # the hour, 1 to 12
            (?: [:.] [0-5]\\d )?      # the minutes, if any
            ( am | pm )               # before or after noon
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /** What follows a unit that names a share of a whole: "of" ("three-quarters of the vote"). */
    private static final Pattern SHARE_OF = Pattern.compile("\\s+of\\b", Pattern.CASE_INSENSITIVE);

    /** "and" or "or" joining "a second" to another ordinal or adjective: "a second and final warning". */
    private static final Pattern ORDINAL_AND = Pattern.compile("\\s+(?:and|or)\\s+(?:final|last|third|further)\\b",
            Pattern.CASE_INSENSITIVE);

    /** The word after a figure's unit, a space between. */
    private static final Pattern NEXT_WORD = Pattern.compile("[ \\t]+(\\p{L}+)");

    /** One figure found in a text. */
    public record Figure(double value, String unit, int start, int end) {
        /** The figure's length in days when its unit is a unit of time, else NaN. */
        public double days() {
            Double perUnit = Lexicon.TIME_UNITS.get(unit);
            return perUnit == null ? Double.NaN : value * perUnit;
        }

        public boolean isDuration() {
            return !Double.isNaN(days());
        }
    }

    private Figures() {
    }

    /** The figures of {@code text}, in order. "a"/"an" count as one only before a unit of time ("a week"). */
    public static List<Figure> in(String text) {
        List<Figure> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            String number = m.group(1).toLowerCase(Locale.ROOT);
            String unit = m.group(2) == null ? "" : m.group(2).toLowerCase(Locale.ROOT);
            Double value = value(number);
            boolean article = number.equals("a") || number.equals("an");
            if (Lexicon.SHARE_UNITS.contains(unit) && SHARE_OF.matcher(text).region(m.end(), text.length()).lookingAt()) {
                unit = ""; // "three-quarters of the Directors" is a share, not nine months
            }
            if (article && Lexicon.TIME_UNITS.containsKey(unit) && !ordinal(text, unit, m.end(2))) {
                value = 1.0;
            } else if (article) {
                value = null;
            }
            if (value != null) {
                out.add(new Figure(value, unit, m.start(1), m.end(2) < 0 ? m.end(1) : m.end(2)));
            }
            // the digits that repeat a figure in words are not a second figure
            Matcher repeated = REPEATED_DIGITS.matcher(text).region(m.end(1), text.length());
            from = value != null && repeated.lookingAt() ? repeated.end() : m.end(1);
        }
        return out;
    }

    /**
     * Whether "a second" ends at {@code end} as an ordinal: before a noun ("a second offence", "a second time"), not
     * before a function word or the end ("wait a second", "a second or two").
     */
    private static boolean ordinal(String text, String unit, int end) {
        if (!unit.equals("second")) {
            return false;
        }
        Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
        String word = next.lookingAt() ? next.group(1).toLowerCase(Locale.ROOT) : "";
        // "a second and final warning": a second of time is never followed by "and final"
        return !word.isEmpty() && (!Lexicon.STOP_WORDS.contains(word) || ORDINAL_AND.matcher(text).region(end,
                text.length()).lookingAt());
    }

    /** True when the whole word is a figure ("25", "twelve", "10pm"). */
    public static boolean isFigure(String word) {
        return CLOCK_TIME.matcher(word).matches() || value(word.toLowerCase(Locale.ROOT)) != null;
    }

    /** True when the text holds a figure. */
    public static boolean any(String text) {
        return !in(text).isEmpty();
    }

    /** True when the text holds a duration ("30 days", "a week", "48-hour"). */
    public static boolean anyDuration(String text) {
        return in(text).stream().anyMatch(Figure::isDuration);
    }

    private static String numberWords(DoublePredicate keep) {
        Map<Double, String> first = new LinkedHashMap<>();
        Lexicon.NUMBER_WORDS.forEach((word, value) -> {
            if (keep.test(value)) {
                first.putIfAbsent(value, word);
            }
        });
        return Lexicon.alternation(Set.copyOf(first.values()));
    }

    private static Double value(String number) {
        String[] words = number.split("[\\s-]");
        if (words.length == 2) { // "twenty-one": tens and units
            Double tens = Lexicon.NUMBER_WORDS.get(words[0]);
            Double units = Lexicon.NUMBER_WORDS.get(words[1]);
            return tens == null || units == null ? null : tens + units;
        }
        if (!number.isEmpty() && Character.isDigit(number.charAt(0))) {
            try {
                return Double.parseDouble(number.replace(",", ""));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return Lexicon.NUMBER_WORDS.get(number);
    }
}
