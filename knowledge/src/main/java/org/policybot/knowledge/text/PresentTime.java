package org.policybot.knowledge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
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
     * A span of years: a year after a word that opens or closes a span, maybe past a day and a month ("from 1 January
     * 2026", "until April 2028", "since 2019", "valid 2025"), or two years joined ("2025 to 2027", "2024-2026").
     */
    private static final Pattern SPAN = Pattern.compile("""
            \\b (?: from | since | until | till | through | by | before | after | between | valid ) \\s+
              (?: [\\p{L}\\d,]+ \\s+ ){0,3} (?: 19 | 20 ) \\d\\d \\b
            | \\b (?: 19 | 20 ) \\d\\d \\s* (?: to | until | and | - | – | — ) \\s* (?: 19 | 20 ) \\d\\d \\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /**
     * A holder named as things stand: in the present tense ("the Company Secretary is Desmond Okafor-Hale"), in
     * brackets after their place ("S.3 Treasurer (Isobel Ferreira-Hunt)") or beside it ("report it to the treasurer,
     * Isobel Ferreira-Hunt, the next day"): a name of two or more capitalised words so placed says who holds a place
     * now, as a present marker would. The word before brackets or a comma must name a role (group {@code role}:
     * {@link Lexicon#namesARole}), so that "the AGM (Annual General Meeting)" and "the clubhouse, Mill Lane." name
     * none. Beside a comma, a role that is itself an item of a list (after a comma: group {@code listed}) or a "name"
     * whose last word names a role (group {@code name}) is a list of places, not a holder: "the Chair, Secretary,
     * Treasurer, Shelf Keeper, Events Lead, …".
     */
    private static final Pattern NAMED_NOW = Pattern.compile("""
            \\b (?: is | are ) \\s+ NAME \\b                                  # "the Secretary is Desmond Okafor-Hale"
            | (?<! [\\p{L}-] ) (?<role> \\p{L}+ ) \\s* \\( NAME \\)                # "S.3 Treasurer (Isobel Ferreira-Hunt)"
            | (?<listed> , \\s+ )? (?<! [\\p{L}-] ) (?<comma> \\p{L}+ ) , \\s+
              (?<name> NAME ) [,.;]                                           # "the treasurer, Isobel Ferreira-Hunt,"
            """.replace("NAME", "\\p{Lu} [\\p{L}'’-]+ (?: \\s+ \\p{Lu} [\\p{L}'’-]+ )+"), Pattern.COMMENTS);

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
        return asked(sentence) || YEAR.matcher(sentence).find() || namesAHolder(sentence);
    }

    /** Whether {@code sentence} speaks of a span of years ({@link #SPAN}), which may cover years it does not name. */
    public static boolean spansYears(String sentence) {
        return SPAN.matcher(sentence).find();
    }

    /** The years {@code sentence} names ({@link #YEAR}), in order: "the 2025 term" names 2025. */
    public static List<String> years(String sentence) {
        List<String> out = new ArrayList<>();
        Matcher m = YEAR.matcher(sentence);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** Whether {@code sentence} names who holds a place ({@link #NAMED_NOW}). */
    private static boolean namesAHolder(String sentence) {
        Matcher m = NAMED_NOW.matcher(sentence);
        while (m.find()) {
            if (m.group("comma") != null) {
                String name = m.group("name");
                if (m.group("listed") == null && Lexicon.namesARole(m.group("comma"))
                        && !Lexicon.namesARole(name.substring(name.lastIndexOf(' ') + 1))) {
                    return true;
                }
                continue;
            }
            if (m.group("role") == null || Lexicon.namesARole(m.group("role"))) {
                return true;
            }
        }
        return false;
    }
}
