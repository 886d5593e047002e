package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.ListMarkers;

/**
 * Tells a PDF's headings from its text by their type, as a reader does: the type most of the text is set in is the
 * body; a line set wholly in a more prominent type (larger, or bold where the body is not), short, not a table row
 * and not a sentence, is a heading, with the lines after it in the same type (a wrapped heading). The text alone
 * cannot tell "7. The laser cutter" above its paragraph from the first line of a numbered item.
 *
 * <p>Tables are rebuilt from where their words stand ({@link PdfTables}) and read as tables.
 *
 * <p>Levels follow prominence: the most prominent type, when it opens the headings and is used once, is the
 * title (level 1); a type whose headings are numbered is as deep as its numbers ("2.1" is level 3), and every other
 * type one level below the next more prominent one.
 */
final class PdfLayout {
    /**
     * A type this much larger than the body's is more prominent (CSS sets h4 at 1.0 em bold, h3 at 1.17 em, so a
     * larger heading is at least about 1.1 em; smaller differences are rounding and scaling noise).
     */
    private static final double MIN_HEADING_SCALE = 1.1;
    /**
     * Room for the space before a word, in ems: a space is 0.25-0.33 em in common fonts; the rest is slack for
     * measurement noise, so a break counts as deliberate only when the next word clearly fitted.
     */
    private static final double WORD_SPACE_EMS = 0.5;
    /** The share of a column's lines that end by its right edge (the rest end short: last lines, short items). */
    private static final double EDGE_PERCENTILE = 0.9;
    /** A heading is short: a longer run of prominent lines is emphasised text (a bold notice), not a heading. */
    private static final int MAX_HEADING_WORDS = 14;
    /** How a heading may not end: with a comma, semicolon or colon it leads into text. */
    private static final Pattern LEADING_IN = Pattern.compile(".*[,;:]$");
    /** A sentence's end; a heading ends so only when numbered ("3. Grant of Patent License."). */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?][)\"”’]*$");

    /**
     * A line this close below the one before it, in times the document's line spacing, stands in the same paragraph:
     * a paragraph's lines are one line spacing apart, while a paragraph's margin puts the next paragraph further down
     * (1.05 and 1.8 ems in a WeasyPrint PDF of fictional-radio, a browser's default margin adding a whole em).
     */
    private static final double SAME_PARAGRAPH_SPACING = 1.2;
    /** Baseline gaps are compared to a hundredth of an em: rounding noise in a PDF's coordinates is smaller. */
    private static final double GAP_STEP_EMS = 0.01;

    /** Consecutive prominent lines in one type: one heading when short enough. */
    private record Run(int from, int to, PdfLines.Style style, String text) {
    }

    private PdfLayout() {
    }

    /**
     * The lines as paragraphs and headings, in reading order. When the headings are typeset, a line broken off well
     * before the edge of its column, where the next line's first word would have fitted, ends its paragraph or list
     * item (the bullets of a list printed from HTML are drawings, not text): only a heading could end so otherwise.
     */
    static List<PlainTextParser.Chunk> chunks(List<PdfLines.Line> lines) {
        PdfLines.Style body = body(lines);
        List<Run> runs = runs(lines, body);
        Map<PdfLines.Style, Integer> levels = levels(runs);
        float[] edges = columnEdges(lines);
        boolean[] broken = runs.isEmpty() ? new boolean[lines.size()] : deliberateBreaks(lines, edges);
        double spacing = lineSpacing(lines);
        boolean[] spaced = spacedOn(lines, broken, edges, spacing);
        Set<Integer> headings = new HashSet<>();
        runs.forEach(run -> headings.add(run.from()));
        List<PdfTables.Found> tables = PdfTables.find(lines, headings);
        List<PlainTextParser.Chunk> chunks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        int r = 0;
        int t = 0;
        boolean apart = false; // the paragraph being read stands a paragraph's margin below the one before
        for (int i = 0; i < lines.size(); i++) {
            while (r < runs.size() && runs.get(r).from() < i) {
                r++; // a heading-like line inside a table is a cell
            }
            if (t < tables.size() && tables.get(t).from() == i) {
                flush(paragraph, chunks, apart);
                PdfTables.Found table = tables.get(t++);
                chunks.add(PlainTextParser.Chunk.table(new PlainTextParser.Table(table.cells(),
                        TableText.looksLikeHeader(table.cells()))));
                i = table.to() - 1;
                continue;
            }
            if (r < runs.size() && runs.get(r).from() == i) {
                flush(paragraph, chunks, apart);
                Run run = runs.get(r++);
                // a table whose first line (a bold header without wide gaps) stands in the run ends the heading
                int table = t < tables.size() ? tables.get(t).from() : Integer.MAX_VALUE;
                int end = table > i && table < run.to() ? table : run.to();
                String text = end == run.to() ? run.text() : headingText(lines, i, end);
                chunks.add(new PlainTextParser.Chunk(text, levels.get(run.style())));
                i = end - 1;
                continue;
            }
            PdfLines.Line line = lines.get(i);
            if (line.paragraphStart() && !spaced[i] || broken[i]) {
                flush(paragraph, chunks, apart);
            }
            if (paragraph.length() > 0) {
                paragraph.append('\n');
            } else {
                apart = setApart(lines, i, spacing);
            }
            paragraph.append(line.text());
        }
        flush(paragraph, chunks, apart);
        return chunks;
    }

    /**
     * Whether line {@code i} stands a paragraph's margin below the line before, in the same flow: its gap is wider
     * than the document's line spacing and than the narrower of the gaps just before and after it in that flow, by
     * {@link #SAME_PARAGRAPH_SPACING}. A paragraph set looser than the rest, each of its lines as far apart, has no
     * margin inside it.
     */
    private static boolean setApart(List<PdfLines.Line> lines, int i, double spacing) {
        if (i == 0 || !flows(lines.get(i - 1), lines.get(i))) {
            return false;
        }
        double gap = gapEms(lines.get(i - 1), lines.get(i));
        double nearest = Double.MAX_VALUE;
        if (i >= 2 && flows(lines.get(i - 2), lines.get(i - 1))) {
            nearest = gapEms(lines.get(i - 2), lines.get(i - 1));
        }
        if (i + 1 < lines.size() && flows(lines.get(i), lines.get(i + 1))) {
            nearest = Math.min(nearest, gapEms(lines.get(i), lines.get(i + 1)));
        }
        double reference = nearest == Double.MAX_VALUE ? spacing : nearest;
        return gap > spacing * SAME_PARAGRAPH_SPACING && gap > reference * SAME_PARAGRAPH_SPACING;
    }

    private static void flush(StringBuilder paragraph, List<PlainTextParser.Chunk> chunks, boolean apart) {
        if (paragraph.length() > 0) {
            String text = TextRepair.text(paragraph.toString());
            chunks.add(apart ? PlainTextParser.Chunk.apart(text) : PlainTextParser.Chunk.text(text));
            paragraph.setLength(0);
        }
    }

    /**
     * Which lines follow a deliberate break: the line before them, in the same paragraph, ends more than a space and
     * their first word short of the right edge of its column ({@code edges}). Paragraphs holding a table row keep
     * their lines (a cell's column is narrower than the page's).
     */
    private static boolean[] deliberateBreaks(List<PdfLines.Line> lines, float[] edges) {
        boolean[] broken = new boolean[lines.size()];
        int start = 0;
        while (start < lines.size()) {
            int end = start + 1;
            while (end < lines.size() && !lines.get(end).paragraphStart()) {
                end++;
            }
            boolean table = lines.subList(start, end).stream().anyMatch(PdfLines.Line::columns);
            for (int i = start + 1; i < end && !table; i++) {
                PdfLines.Line before = lines.get(i - 1);
                PdfLines.Line line = lines.get(i);
                double needed = WORD_SPACE_EMS * before.em() + line.firstWordRight() - line.left();
                broken[i] = line.page() == before.page() && before.right() + needed < edges[i - 1];
            }
            start = end;
        }
        return broken;
    }

    /**
     * The document's line spacing, in ems: the baseline gap seen most often between lines that may flow on from the
     * line before ({@link #flows}); the smaller of two as common; NaN when no line may.
     */
    private static double lineSpacing(List<PdfLines.Line> lines) {
        Map<Long, Integer> gaps = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            if (flows(lines.get(i - 1), lines.get(i))) {
                gaps.merge(Math.round(gapEms(lines.get(i - 1), lines.get(i)) / GAP_STEP_EMS), 1, Integer::sum);
            }
        }
        return gaps.isEmpty() ? Double.NaN : GAP_STEP_EMS * gaps.entrySet().stream()
                .max(Map.Entry.<Long, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
    }

    /**
     * Which lines go on the paragraph of the line before them although the PDF's text marks them as opening one
     * (PDFBox marks every line of some renderers' output so): a line in the same type, on the same page, starting
     * where the line before starts, one line spacing below it ({@link #SAME_PARAGRAPH_SPACING}), after a line that
     * runs to the edge of its column ({@code broken}: not) and opening with no list marker, nor with a capital after
     * a sentence's end (a list item whose bullet is a picture, or a heading in body type, stands so).
     * {@code spacing}: the document's line spacing ({@link #lineSpacing}); {@code edges}: each line's column edge.
     */
    private static boolean[] spacedOn(List<PdfLines.Line> lines, boolean[] broken, float[] edges, double spacing) {
        boolean[] out = new boolean[lines.size()];
        for (int i = 1; i < lines.size() && !Double.isNaN(spacing); i++) {
            PdfLines.Line before = lines.get(i - 1);
            PdfLines.Line line = lines.get(i);
            double needed = WORD_SPACE_EMS * before.em() + line.firstWordRight() - line.left();
            out[i] = line.paragraphStart() && !broken[i] && flows(before, line)
                    && gapEms(before, line) <= spacing * SAME_PARAGRAPH_SPACING
                    && before.right() + needed >= edges[i - 1]
                    && ListMarkers.bodyStart(line.text(), 0, line.text().length()) == 0
                    && !(SENTENCE_END.matcher(before.text()).matches() && opensWithCapital(line.text()));
        }
        return out;
    }

    private static boolean opensWithCapital(String text) {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }

    /** Whether {@code line} may go on from {@code before}: same page and type, same start, below it, no table row. */
    private static boolean flows(PdfLines.Line before, PdfLines.Line line) {
        return line.page() == before.page() && line.style() != null && line.style().equals(before.style())
                && Math.abs(line.left() - before.left()) <= WORD_SPACE_EMS * line.em()
                && line.baseline() > before.baseline() && !line.columns() && !before.columns();
    }

    private static double gapEms(PdfLines.Line before, PdfLines.Line line) {
        return (line.baseline() - before.baseline()) / line.em();
    }

    /**
     * The right edge of each line's column: most lines of its page that share some of its width end by then (the
     * {@value #EDGE_PERCENTILE} percentile of their right ends), so lines of another column do not count.
     */
    private static float[] columnEdges(List<PdfLines.Line> lines) {
        float[] edges = new float[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            List<Float> rights = new ArrayList<>();
            for (PdfLines.Line other : lines) {
                if (other.page() == line.page() && other.left() < line.right() && line.left() < other.right()) {
                    rights.add(other.right());
                }
            }
            rights.sort(null);
            edges[i] = rights.get((int) Math.min(rights.size() - 1, Math.floor(rights.size() * EDGE_PERCENTILE)));
        }
        return edges;
    }

    /** The type most characters are set in. */
    private static PdfLines.Style body(List<PdfLines.Line> lines) {
        Map<PdfLines.Style, Integer> chars = new HashMap<>();
        for (PdfLines.Line line : lines) {
            if (line.style() != null) {
                chars.merge(line.style(), line.text().length(), Integer::sum);
            }
        }
        return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
    }

    private static boolean prominent(PdfLines.Line line, PdfLines.Style body) {
        PdfLines.Style s = line.style();
        return s != null && body != null && !line.columns() && !s.equals(body)
                && (s.bold() && !body.bold() || s.size() >= body.size() * MIN_HEADING_SCALE);
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) as the text of one heading. */
    private static String headingText(List<PdfLines.Line> lines, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int k = from; k < to; k++) {
            text.append(k > from ? " " : "").append(lines.get(k).text());
        }
        return TextRepair.paragraph(text.toString());
    }

    /** Runs of prominent lines in one type that read as a heading. */
    private static List<Run> runs(List<PdfLines.Line> lines, PdfLines.Style body) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            if (!prominent(lines.get(i), body)) {
                i++;
                continue;
            }
            PdfLines.Style style = lines.get(i).style();
            int j = i + 1;
            while (j < lines.size() && prominent(lines.get(j), body) && lines.get(j).style().equals(style)) {
                j++;
            }
            String heading = headingText(lines, i, j);
            if (readsAsHeading(heading)) {
                runs.add(new Run(i, j, style, heading));
            }
            i = j;
        }
        return runs;
    }

    /**
     * Short, with a letter, not leading into text, not a bulleted item, and not a sentence unless numbered (a bold
     * "Never leave it running." is emphasis).
     */
    static boolean readsAsHeading(String text) {
        if (text.isEmpty() || HeadingRules.words(text) > MAX_HEADING_WORDS || LEADING_IN.matcher(text).matches()
                || text.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        boolean numbered = Character.isDigit(text.charAt(0));
        if (!numbered && ListMarkers.bodyStart(text, 0, text.length()) > 0) {
            return false;
        }
        return numbered || !SENTENCE_END.matcher(text).matches();
    }

    /** Each heading type's level (see the class comment). */
    private static Map<PdfLines.Style, Integer> levels(List<Run> runs) {
        Map<PdfLines.Style, List<Run>> byStyle = new LinkedHashMap<>();
        for (Run run : runs) {
            byStyle.computeIfAbsent(run.style(), s -> new ArrayList<>()).add(run);
        }
        List<PdfLines.Style> styles = new ArrayList<>(byStyle.keySet());
        Comparator<PdfLines.Style> prominence = Comparator.comparingDouble(PdfLines.Style::size).reversed()
                .thenComparing(PdfLines.Style::bold, Comparator.reverseOrder());
        styles.sort(prominence);
        Map<PdfLines.Style, Integer> levels = new HashMap<>();
        int previous = 0;
        for (PdfLines.Style style : styles) {
            List<Run> own = byStyle.get(style);
            boolean title = previous == 0 && own.size() == 1 && own.get(0) == runs.get(0)
                    && !Character.isDigit(own.get(0).text().charAt(0));
            int level = title ? 1 : Math.max(previous + 1, Math.max(2, numberedLevel(own)));
            levels.put(style, level);
            previous = level;
        }
        return levels;
    }

    /** The level the numbers of these headings give ("2.1" is 3), the most common one; 0 when none is numbered. */
    private static int numberedLevel(List<Run> runs) {
        Map<Integer, Integer> depths = new HashMap<>();
        for (Run run : runs) {
            if (Character.isDigit(run.text().charAt(0))) {
                depths.merge(ClauseNumbers.of(run.text()).size() + 1, 1, Integer::sum);
            }
        }
        return depths.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey).orElse(0);
    }
}
