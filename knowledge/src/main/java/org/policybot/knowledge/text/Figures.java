package org.policybot.knowledge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * Figures in text, written in digits or words ("25", "six", "48-hour", "a week"), with the word
 * that follows them: one reading for every check that needs a figure (question figures, answer
 * kinds, premise checks). Number words and units of time come from the lexicon.
 */
public final class Figures {
    /**
     * A figure and the word after it. Group 1: the figure (digits with separators, a number word,
     * or "a"/"an" before a unit of time); group 2: the next word, if any, joined by a space or a hyphen,
     * after a word that keeps a unit of time ("5 business days" counts days: lexicon/unit-qualifiers.txt).
     */
    private static final Pattern FIGURE = Pattern.compile("""
            (?<![\\p{L}\\d])                     # not inside a word or a longer number
            ( \\d[\\d,]*(?:\\.\\d+)?             # 25 | 1,000 | 2.5
            | [\\p{L}]+                          # a word: kept only when it is a number word, or a/an
            )
            (?: [\\s-]+ QUALIFIER (?= [\\s-]+ UNIT \\b ) )?  # "business" in "5 business days" (keeps the unit)
            (?: [\\s-]+ ([\\p{L}]+) )?           # the word it counts: "days", "48-hour"
            """.replace("QUALIFIER", Lexicon.alternation(Lexicon.UNIT_QUALIFIERS))
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
            if (article && Lexicon.TIME_UNITS.containsKey(unit)) {
                value = 1.0;
            } else if (article) {
                value = null;
            }
            if (value != null) {
                out.add(new Figure(value, unit, m.start(1), m.end(2) < 0 ? m.end(1) : m.end(2)));
                from = m.end(1);
            } else {
                from = m.end(1);
            }
        }
        return out;
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

    private static Double value(String number) {
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
