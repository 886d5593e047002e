package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.ListMarkers;

/**
 * Joins again the paragraphs of extracted text (PDF, Word without heading styles) that a page break or the layout
 * cut: one that stops mid-sentence, when what follows continues it. A heading set apart by type or a table is never
 * joined.
 */
final class Rejoiner {
    /** A line longer than this is not a heading, so one that stops unfinished was cut. */
    private static final int MAX_HEADING_WORDS = 14;
    /** The end of a finished paragraph: a sentence or clause ends there. */
    private static final Pattern FINISHED_END = Pattern.compile("(?s).*[.!?:;][)\"”’]*$");
    /**
     * A line's last word, and the comma or semicolon right before it if there is one.
     */
    private static final Pattern LAST_WORD = Pattern.compile("""
            ( [,;] )? \\s*         # group 1: a comma or semicolon before the word
            (?<! [-\\p{L}] )       # a whole word, not the end of "sign-in"
            ( [\\p{L}]+ ) $        # group 2: the word
            """, Pattern.COMMENTS);
    /**
     * Fewest words of a line cut on a small word: a heading is shorter ("2. Who this policy applies to", "What
     * you can claim for"); the lines of a body paragraph are longer.
     */
    private static final int MIN_CUT_WORDS = 8;

    private Rejoiner() {
    }

    /**
     * The chunks with cut paragraphs joined: a lower-case start continues a paragraph ("...in the" / "previous 12
     * months;"), and so does text that is neither a list item nor a heading after an open bracket or a long
     * unfinished line ("...but this" / "Policy limits them to 7 days);").
     */
    static List<PlainTextParser.Chunk> rejoin(List<PlainTextParser.Chunk> chunks) {
        List<PlainTextParser.Chunk> out = new ArrayList<>();
        for (PlainTextParser.Chunk chunk : chunks) {
            String s = chunk.text().strip();
            if (s.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (chunk.isTable()) {
                out.add(chunk);
            } else if (!chunk.isHeading() && last >= 0 && !out.get(last).isHeading() && !out.get(last).isTable()
                    && continues(out.get(last).text(), s, chunk.apart())) {
                out.set(last, PlainTextParser.Chunk.text(out.get(last).text() + "\n" + s));
            } else {
                out.add(new PlainTextParser.Chunk(s, chunk.heading()));
            }
        }
        return out;
    }

    /**
     * Whether a line of {@value #MIN_CUT_WORDS} words or more, not a heading, stops on a word that only leads into
     * more, in lower case ("...can apply for the"): neither a sentence nor a title ends so ("Band A" may). Not on a
     * word that links list items ("...during term and": bullets printed as pictures leave no marker), nor on a
     * hyphened word's end ("sign-in"), nor after a comma or semicolon.
     */
    private static boolean endsOnSmallWord(String line) {
        Matcher m = LAST_WORD.matcher(line);
        return HeadingRules.words(line) >= MIN_CUT_WORDS && HeadingRules.line(line).isEmpty() && m.find()
                && m.group(1) == null && Lexicon.TITLE_SMALL_WORDS.contains(m.group(2)) // "Band A" ends
                && !Lexicon.ITEM_LINKS.contains(m.group(2));
    }

    /**
     * Whether {@code next} goes on {@code previous}: a lower-case start always; otherwise only after a cut line, and
     * not when the layout set {@code next} apart ({@code apart}: a list item whose bullet is a picture after a long
     * item, "...no indication that a fix is in progress: 0 days" / "Upload fixing only...: 2 days").
     */
    private static boolean continues(String previous, String next, boolean apart) {
        if (FINISHED_END.matcher(previous).matches()) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        if (apart) {
            return false;
        }
        String lastLine = previous.substring(previous.lastIndexOf('\n') + 1);
        String firstLine = next.lines().findFirst().orElse(next);
        boolean cut = previous.chars().filter(c -> c == '(').count() > previous.chars().filter(c -> c == ')').count()
                || HeadingRules.words(lastLine) > MAX_HEADING_WORDS && HeadingRules.line(lastLine).isEmpty()
                || endsOnSmallWord(lastLine);
        return cut && ListMarkers.bodyStart(firstLine, 0, firstLine.length()) == 0
                && HeadingRules.line(firstLine).isEmpty();
    }
}
