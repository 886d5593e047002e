package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
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
                    && continues(out.get(last).text(), s)) {
                out.set(last, PlainTextParser.Chunk.text(out.get(last).text() + "\n" + s));
            } else {
                out.add(new PlainTextParser.Chunk(s, chunk.heading()));
            }
        }
        return out;
    }

    private static boolean continues(String previous, String next) {
        if (FINISHED_END.matcher(previous).matches()) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        String lastLine = previous.substring(previous.lastIndexOf('\n') + 1);
        String firstLine = next.lines().findFirst().orElse(next);
        boolean cut = previous.chars().filter(c -> c == '(').count() > previous.chars().filter(c -> c == ')').count()
                || HeadingRules.words(lastLine) > MAX_HEADING_WORDS && HeadingRules.line(lastLine).isEmpty();
        return cut && ListMarkers.bodyStart(firstLine, 0, firstLine.length()) == 0
                && HeadingRules.line(firstLine).isEmpty();
    }
}
