package org.policybot.knowledge.text;

import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * Whether a text speaks of the present: a question that asks how things stand now ("who is the chair
 * right now?"), or a sentence that says how they stand ("The current members are…", "As of 2025…").
 * A policy states rules, rarely the state of things; a question about the state of things is answered
 * only by a sentence that states it.
 */
public final class PresentTime {
    /**
     * A present marker (lexicon/present-markers.txt) standing as a word of its own: not the end of a
     * compound ("then-current", "up-to-date" do not speak of the present).
     */
    private static final Pattern MARKER = Pattern.compile("""
            (?<! [\\p{L}\\d-] ) MARKER (?! [\\p{L}\\d-] )
            """.replace("MARKER", Lexicon.alternation(Lexicon.PRESENT_MARKERS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A year (1900-2099): "the 2025 term", "as decided in 2024" date a statement. */
    private static final Pattern YEAR = Pattern.compile("""
            (?<! [\\d.,/-] ) (?: 19 | 20 ) \\d\\d (?! [\\d.,/-]? \\d )
            """, Pattern.COMMENTS);

    /**
     * A holder named in the present tense: "the Company Secretary is Desmond Okafor-Hale". A form of "be" followed by a
     * name of two or more capitalised words says who holds a place now, as a present marker would.
     */
    private static final Pattern NAMED_NOW = Pattern.compile("""
            \\b (?: is | are ) \\s+
            \\p{Lu} [\\p{L}'’-]+ (?: \\s+ \\p{Lu} [\\p{L}'’-]+ )+ \\b
            """, Pattern.COMMENTS);

    private PresentTime() {
    }

    /** True when {@code text} holds a present marker ("now", "currently", "these days"). */
    public static boolean asked(String text) {
        return MARKER.matcher(text).find();
    }

    /** {@code text} without its present markers ("right now" and "currently" left out). */
    public static String withoutMarkers(String text) {
        return MARKER.matcher(text).replaceAll(" ");
    }

    /** True when {@code sentence} says how things stand at some time: a present marker, a year or a holder named. */
    public static boolean stated(String sentence) {
        return asked(sentence) || YEAR.matcher(sentence).find() || NAMED_NOW.matcher(sentence).find();
    }
}
