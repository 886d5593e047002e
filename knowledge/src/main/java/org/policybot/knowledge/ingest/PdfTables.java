package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.ListMarkers;

/**
 * Rebuilds the tables of a PDF from where their text stands. A PDF has no table, only words placed on a page, and
 * its reading order runs cell by cell ("Single course Within 14 days and", "under 25% of lessons", "None After 14
 * days or from", …), so the rows are lost. A table is a run of lines that opens with a line parted into segments by
 * wide gaps ({@link PdfLines.Line#segments()}) and goes on while every part of every line starts at a column and
 * stops before the next, in one type size, without a heading below it, within one band of lines without a gap
 * wider than its rows' (measured top to bottom: a browser centres each cell in its row and draws the cells one
 * after another). Its rows are told apart by the space between lines: a wrapped cell's lines are closer than two
 * rows are (cell padding), as a reader sees them. A header centred over the columns names them, and a table that
 * runs to the foot of a page goes on at the head of the next. A "table" whose first column holds only clause
 * numbers is a list set with tabs, not a table.
 */
final class PdfTables {
    /**
     * A part starts at a column when it starts this close to it, in ems: type set flush left in a cell starts at the
     * same point on every row; the tuning PDFs differ by under 0.01 em, so half an em leaves room for odd renderers.
     */
    private static final double ALIGN_EMS = 0.5;
    /**
     * Lines further below the table's last line than this, in ems, are not in it: rows of the tuning PDFs are 1.5-2
     * ems apart (a line and a cell's padding); a gap of 3 ems is a paragraph break or more.
     */
    private static final double MAX_ROW_GAP_EMS = 3;
    /**
     * Lines whose baselines are closer than this, in ems, stand on one line of the table: cells of one row share
     * their baseline to within rounding (under 0.01 em on the tuning PDFs), and the next line is a line-height
     * (about 1.2 em) below.
     */
    private static final double SAME_LINE_EMS = 0.3;
    /**
     * A line this much further below a table than the widest gap between its lines so far is after it: a wrapped
     * cell's lines are one line-height apart, rows one line-height and the cells' padding (1.2-1.5 times it on the
     * tuning PDFs), and a paragraph after the table a line-height and a paragraph's margin.
     */
    private static final double ROW_GAP_SCALE = 1.25;

    /**
     * A table that ends in this share of its page's height from the bottom runs to its foot: a bottom margin of up to
     * 2.5 cm (71 points, 8% of an A4 page) and a row of up to five lines that did not fit above it.
     */
    private static final double FOOT_SHARE = 0.2;
    /**
     * A line above the one that opened a table is in it when this close, in ems, and no cell wraps to measure a line
     * by: a header cell centred beside the opening line stands at most a line (about 1.2 em) above it.
     */
    private static final double ABOVE_EMS = 1.5;
    /**
     * Rows stand further apart than a wrapped cell's lines by at least this, in ems: the cells' padding, 0.24 em with
     * a browser's default table style (1 px padding, 2 px between cells: 2.9 points at 12-point type; the
     * fictional-orchestra fees PDF) and 0.4 em or more where padding is set (the other tuning PDFs); baselines are
     * exact to under 0.01 em, so 0.1 em tells the two apart.
     */
    private static final double ROW_PADDING_EMS = 0.1;
    /**
     * A word that starts this close to a column's start, in ems, opens a cell there even when the gap before it is
     * as narrow as a word space (a narrow first column whose header fills it: "Category Instruments included"):
     * browsers and word processors set every cell of a column at the same point, to under 0.01 em on the tuning
     * PDFs, while words of a paragraph fall anywhere; a tenth of an em makes a chance alignment rare.
     */
    private static final double WORD_ALIGN_EMS = 0.1;
    /**
     * Lines drawn after a line that are looked at for one level with it ({@link #opens}): a header row's cells, each
     * wrapping to a few lines (the tuning PDFs' headers wrap to at most three lines a cell, in up to five columns).
     */
    private static final int LEVEL_LOOKAHEAD = 20;

    /**
     * A first-column cell that is only a clause number or item label ("1.1", "R4.", "(a)", "b)"): a numbered list
     * set with a tab after each number, whose "first column" is its numbers.
     */
    private static final Pattern LABEL = Pattern.compile("""
            [(\\[]?                                           # an opening bracket: (a)
            (?: [A-Za-z]{0,2} \\d{1,3} (?:\\.\\d{1,3})* [.)\\]]?   # a number, perhaps dotted or after letters: 1.1, R4.
              | [A-Za-z]{1,4} [.)\\]] )                          # letters with their stop or bracket: (a), b), iv.
            """, Pattern.COMMENTS);

    /** A table found at lines {@code from} (inclusive) to {@code to} (exclusive), with its cells. */
    record Found(int from, int to, List<List<String>> cells) {
    }

    /** One part of a line in the table: where it stands, its column and its text. */
    private record Placed(float baseline, int column, String text) {
    }

    private PdfTables() {
    }

    /**
     * The tables among {@code lines}, in order, none overlapping. A line of {@code headings} below a table ends it; one
     * level with its lines, as a header row set in bold is, is a cell.
     */
    static List<Found> find(List<PdfLines.Line> lines, Set<Integer> headings) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            int floor = found.isEmpty() ? 0 : found.get(found.size() - 1).to();
            Found table = opens(lines, i) ? table(lines, i, headings, floor) : null;
            if (table != null) {
                found.add(table);
                i = table.to();
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Whether line {@code i} may open a table: it is parted by wide gaps, or a line drawn soon after it stands level
     * with it, a wide gap to its right. A browser draws a row's cells one after another, each centred in its row,
     * so where every cell of the header row stands on its own line ("Tier", then the two lines of a wrapped
     * "Division and what the fee includes", then "Fee and payment terms" level with "Tier"), no line is parted by
     * a gap. The lines after it are looked at until one starts at or left of it (the next row, or the next line
     * of a paragraph or of a page's column). A line that goes on from the one above it (a wrapped cell's second
     * line, the second line of one of two blocks set side by side) opens nothing.
     */
    private static boolean opens(List<PdfLines.Line> lines, int i) {
        PdfLines.Line line = lines.get(i);
        if (line.columns()) {
            return true;
        }
        if (i > 0 && goesOn(lines.get(i - 1), line)) {
            return false; // a block's second line (a wrapped cell, two blocks side by side) opens nothing
        }
        return levelLater(lines, i);
    }

    /**
     * Whether a line drawn soon after line {@code i} stands level with it past a wide gap, as a row's later cells
     * do: the lines after it are looked at until one starts at or left of it.
     */
    private static boolean levelLater(List<PdfLines.Line> lines, int i) {
        PdfLines.Line line = lines.get(i);
        for (int j = i + 1; j < lines.size() && j <= i + LEVEL_LOOKAHEAD; j++) {
            PdfLines.Line next = lines.get(j);
            if (next.page() != line.page() || next.left() <= line.left()) {
                return false;
            }
            if (Math.abs(next.baseline() - line.baseline()) <= SAME_LINE_EMS * line.em()
                    && Math.abs(next.em() - line.em()) <= PdfLines.SIZE_STEP
                    && next.left() - line.right() > PdfLines.COLUMN_GAP_EMS * line.em()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether line {@code i} is a row's line rather than a paragraph's: it is parted by wide gaps, or a line drawn
     * soon after it stands level with it ({@link #levelLater}).
     */
    private static boolean rowLine(List<PdfLines.Line> lines, int i) {
        return lines.get(i).columns() || levelLater(lines, i);
    }

    /** Whether {@code line} goes on from {@code above}: it starts where that does, a line or less below it. */
    private static boolean goesOn(PdfLines.Line above, PdfLines.Line line) {
        float down = line.baseline() - above.baseline();
        return above.page() == line.page() && Math.abs(above.left() - line.left()) <= ALIGN_EMS * line.em()
                && down > 0 && down <= ABOVE_EMS * line.em();
    }

    /**
     * The table that opens at line {@code from}, or null when the lines there do not make one. A table that runs to
     * the foot of its page goes on at the head of the next in the same columns: a header repeated there is dropped, a
     * first row there without text in the first column finishes the row the page cut, and a bold first row other
     * than a bold header opens another table. What stands there in one column only (a title) is not carried over.
     */
    private static Found table(List<PdfLines.Line> lines, int from, Set<Integer> headings, int floor) {
        PdfLines.Line first = lines.get(from);
        float tolerance = (float) (ALIGN_EMS * first.em());
        List<Float> starts = new ArrayList<>();
        List<PdfLines.Segment> seen = new ArrayList<>();
        if (!fits(first, starts, tolerance, true, true, seen)) {
            return null;
        }
        int to = extent(lines, from, starts, seen, headings, true);
        List<List<String>> cells = new ArrayList<>(cells(lines.subList(from, to), starts, tolerance));
        boolean numbered = cells.stream().map(r -> r.get(0)).filter(c -> !c.isEmpty())
                .allMatch(c -> LABEL.matcher(c).matches() || ListMarkers.isMarker(c));
        if (cells.size() < 2 || starts.size() < 2 || numbered) {
            return null;
        }
        PdfLines.Line aboveHeader = from - 1 > floor ? lines.get(from - 2) : null;
        List<String> header = from > floor ? centredHeader(lines.get(from - 1), aboveHeader, first, starts, tolerance)
                : null;
        if (header != null) {
            cells.add(0, header);
        }
        int part = from;
        while (to < lines.size() && runsOn(lines, part, to, first) && !headings.contains(to)
                && fits(lines.get(to), starts, tolerance, false, rowLine(lines, to), seen)) {
            int end = extent(lines, to, starts, seen, headings, false);
            List<List<String>> more = new ArrayList<>(cells(lines.subList(to, end), starts, tolerance));
            if (more.stream().noneMatch(r -> r.stream().filter(c -> !c.isEmpty()).count() > 1)) {
                break; // a line in one column (a title, a short paragraph) is no row of the table
            }
            if (more.get(0).equals(cells.get(0))) {
                more.remove(0);
            } else if (bold(lines.get(to)) && bold(lines.get(from))) {
                break; // another table, with a header of its own
            } else if (more.get(0).get(0).isEmpty()) {
                cells.add(joined(cells.remove(cells.size() - 1), more.remove(0))); // a row the page cut in two
            }
            cells.addAll(more);
            part = to;
            to = end;
        }
        return new Found(header != null ? from - 1 : from, to, cells);
    }

    /**
     * The cells of {@code line} as the table's header, or null when it is none: a header set centred over its
     * columns (as browsers set {@code <th>}, and word processors a table heading) starts inside a column rather
     * than at its start, so it does not open the table. It is the line right above the table's first, in its type
     * size and no more than {@value #MAX_ROW_GAP_EMS} ems above it, with two parts or more, each within one column
     * (starting at or after the column's start, ending before the next's), one a column. A bold line without wide
     * gaps whose words start at the columns (cells that nearly touch) is the header too, when it names every column,
     * the table's first line is not bold, and it is not the second line of a heading ({@code above}: the line
     * before it, or null).
     */
    private static List<String> centredHeader(PdfLines.Line line, PdfLines.Line above, PdfLines.Line first,
                                              List<Float> starts, float tolerance) {
        boolean boldLine = bold(line) && !bold(first) && (above == null || !goesOn(above, line));
        if (!line.columns() && !boldLine || line.page() != first.page()
                || Math.abs(line.em() - first.em()) > PdfLines.SIZE_STEP
                || line.baseline() >= first.baseline()
                || first.baseline() - line.baseline() > MAX_ROW_GAP_EMS * first.em()) {
            return null;
        }
        List<PdfLines.Segment> parts = new ArrayList<>();
        for (PdfLines.Segment s : line.segments()) {
            parts.addAll(cut(s, starts, line.em()));
        }
        if (parts.size() < 2 || !line.columns() && parts.size() != starts.size()) {
            return null; // a bold line without wide gaps is a header only where it names every column
        }
        List<String> cells = new ArrayList<>(Collections.nCopies(starts.size(), ""));
        int previous = -1;
        for (PdfLines.Segment s : parts) {
            int c = starts.size() - 1;
            while (c >= 0 && starts.get(c) > s.left() + tolerance) {
                c--;
            }
            if (c <= previous || c + 1 < starts.size() && s.right() > starts.get(c + 1)) {
                return null;
            }
            cells.set(c, s.text().strip());
            previous = c;
        }
        return cells;
    }

    /**
     * Whether the table part at lines {@code part} to {@code to} (exclusive) runs to the foot of its page and line
     * {@code to} opens the next, in the table's type size: the part ends in the page's lowest {@value #FOOT_SHARE},
     * no line of its page stands below it, and none of the next page above that line.
     */
    private static boolean runsOn(List<PdfLines.Line> lines, int part, int to, PdfLines.Line first) {
        PdfLines.Line head = lines.get(to);
        int page = lines.get(part).page();
        if (head.page() != page + 1 || Math.abs(head.em() - first.em()) > PdfLines.SIZE_STEP) {
            return false;
        }
        float bottom = Float.NEGATIVE_INFINITY;
        for (int i = part; i < to; i++) {
            bottom = Math.max(bottom, lines.get(i).baseline());
        }
        if (bottom < (1 - FOOT_SHARE) * lines.get(part).pageHeight()) {
            return false;
        }
        float sameLine = (float) (SAME_LINE_EMS * first.em());
        for (int i = 0; i < lines.size(); i++) {
            PdfLines.Line l = lines.get(i);
            boolean below = l.page() == page && (i < part || i >= to) && l.baseline() > bottom + sameLine;
            if (below || l.page() == head.page() && l.baseline() < head.baseline() - sameLine) {
                return false;
            }
        }
        return true;
    }

    private static boolean bold(PdfLines.Line line) {
        return line.style() != null && line.style().bold();
    }

    /** The cells of a row cut by a page, each column's text above the cut, then below it. */
    private static List<String> joined(List<String> above, List<String> below) {
        List<String> out = new ArrayList<>();
        for (int c = 0; c < above.size(); c++) {
            out.add((above.get(c) + " " + below.get(c)).strip());
        }
        return out;
    }

    /**
     * Where the table whose first line on this page is {@code from} (already fitted) ends: the lines after it on the
     * page, in the same type size and without a heading, whose parts fit the columns ({@code open}: or open new ones
     * beside the lines so far), cut at the first wide gap ({@link #withinBand}).
     */
    private static int extent(List<PdfLines.Line> lines, int from, List<Float> starts, List<PdfLines.Segment> seen,
                              Set<Integer> headings, boolean open) {
        PdfLines.Line first = lines.get(from);
        float tolerance = (float) (ALIGN_EMS * first.em());
        float lowest = first.baseline();
        int to = from + 1;
        while (to < lines.size()) {
            PdfLines.Line line = lines.get(to);
            // a line level with the table's lines so far is a cell beside them, never a heading (a header row's
            // cells are set in bold), and may open a column of its own
            boolean beside = line.baseline() <= lowest + SAME_LINE_EMS * first.em();
            // a heading starts at the text's left edge: a line that starts at a later column is a cell's, a header
            // cell's second line ("Who is", then "responsible") short and bold as a heading is
            boolean inCell = column(starts, line.left(), tolerance) > 0;
            if (line.page() != first.page() || headings.contains(to) && !beside && !inCell
                    || Math.abs(line.em() - first.em()) > PdfLines.SIZE_STEP
                    || line.baseline() < first.baseline() - MAX_ROW_GAP_EMS * first.em()
                    || !fits(line, starts, tolerance, open && (line.columns() || beside), beside || rowLine(lines, to),
                    seen)) {
                break;
            }
            lowest = Math.max(lowest, line.baseline());
            to++;
        }
        return from + withinBand(lines.subList(from, to), starts, tolerance);
    }

    /**
     * How many of {@code run}'s lines, in their order, stand within the table's band of lines (at least the first).
     * Gaps are measured top to bottom, not in reading order: a browser draws a row's cells one after another, each
     * centred in its row, so the next cell drawn may stand lower than the row's first line, or higher than the line
     * that opened the table (a header cell that wraps). The band reaches up from the opening line by gaps of at most
     * a line ({@value #ROW_GAP_SCALE} times a wrapped cell's line spacing, or {@value #ABOVE_EMS} ems), and down to
     * the first gap wider than {@value #ROW_GAP_SCALE} times the widest between rows so far; until a gap between
     * rows is seen (wider than a wrapped cell's line spacing and the cells' padding), up to {@value #MAX_ROW_GAP_EMS}
     * ems. A line outside the band ends the table: a page's running header drawn after its text, a paragraph below.
     */
    private static int withinBand(List<PdfLines.Line> run, List<Float> starts, float tolerance) {
        PdfLines.Line opening = run.get(0);
        float em = opening.em();
        float wrapped = wrappedSpacing(placed(run, starts, tolerance), (float) (SAME_LINE_EMS * em));
        boolean wraps = wrapped != Float.MAX_VALUE;
        List<Float> baselines = new ArrayList<>(new TreeSet<>(run.stream().map(PdfLines.Line::baseline).toList()));
        int k = baselines.indexOf(opening.baseline());
        double up = wraps ? wrapped * ROW_GAP_SCALE : ABOVE_EMS * em;
        float top = baselines.get(k);
        for (int j = k - 1; j >= 0 && top - baselines.get(j) <= up; j--) {
            top = baselines.get(j);
        }
        double rowGap = wraps ? wrapped + ROW_PADDING_EMS * em : SAME_LINE_EMS * em;
        double widest = 0;
        float end = top;
        for (float b : baselines) {
            if (b <= top) {
                continue;
            }
            double gap = b - end;
            double allowed = widest > rowGap ? widest * ROW_GAP_SCALE : MAX_ROW_GAP_EMS * em;
            if (gap > allowed) {
                break;
            }
            widest = Math.max(widest, gap);
            end = b;
        }
        int n = 1;
        while (n < run.size() && run.get(n).baseline() >= top && run.get(n).baseline() <= end) {
            n++;
        }
        return n;
    }

    /**
     * Whether every part of {@code line} starts at a column and stops before the next; a line parted by gaps, or
     * level with the table's lines ({@code open}), may add columns where its parts start, unless a part already
     * {@code seen} runs across that point (or one of its words starts there: {@link #opensCell}). A part may run
     * across a column only where one of its words starts at it, and only on a line of a {@code row}
     * ({@link #rowLine}, or level with the table's lines). {@code starts} grows by those, kept in order, and
     * {@code seen} by the line's parts.
     */
    private static boolean fits(PdfLines.Line line, List<Float> starts, float tolerance, boolean open,
                                boolean row, List<PdfLines.Segment> seen) {
        List<Float> added = new ArrayList<>(starts);
        for (PdfLines.Segment s : line.segments()) {
            if (column(added, s.left(), tolerance) < 0) {
                if (!open || seen.stream().anyMatch(p -> crosses(p, s.left(), tolerance) && !opensCell(p, s.left(), line.em()))) {
                    return false;
                }
                added.add(s.left());
                added.sort(null);
            }
        }
        // a narrow gap may part cells only on a line of a row, or one that ends within the table: a word of a
        // paragraph below it, which runs wider, may start at a column by chance
        float right = (float) seen.stream().mapToDouble(PdfLines.Segment::right).max().orElse(Float.MAX_VALUE);
        boolean cells = row || line.right() <= right + tolerance;
        for (PdfLines.Segment s : line.segments()) {
            for (float start : added) {
                if (crosses(s, start, tolerance) && !(cells && opensCell(s, start, line.em()))) {
                    return false; // the text runs across a column: a paragraph, not a cell
                }
            }
        }
        starts.clear();
        starts.addAll(added);
        seen.addAll(line.segments());
        return true;
    }

    /** Whether {@code part}'s text runs across {@code x}. */
    private static boolean crosses(PdfLines.Segment part, float x, float tolerance) {
        return x > part.left() + tolerance && x < part.right() - tolerance;
    }

    /** Whether a word of {@code part} after its first starts at {@code x}, as a cell's text starts at its column. */
    private static boolean opensCell(PdfLines.Segment part, float x, float em) {
        List<PdfLines.Word> words = part.words();
        for (int w = 1; w < words.size(); w++) {
            if (aligned(words.get(w), x, em)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} starts at {@code x}, within {@value #WORD_ALIGN_EMS} em. */
    private static boolean aligned(PdfLines.Word word, float x, float em) {
        return Math.abs(word.left() - x) <= WORD_ALIGN_EMS * em;
    }

    /** {@code part} cut before every word that starts at a column ({@link #opensCell}). */
    private static List<PdfLines.Segment> cut(PdfLines.Segment part, List<Float> starts, float em) {
        List<PdfLines.Segment> pieces = new ArrayList<>();
        List<PdfLines.Word> words = part.words();
        int from = 0;
        for (int w = 1; w < words.size(); w++) {
            PdfLines.Word word = words.get(w);
            if (starts.stream().anyMatch(x -> aligned(word, x, em))) {
                pieces.add(new PdfLines.Segment(words.subList(from, w)));
                from = w;
            }
        }
        pieces.add(from == 0 ? part : new PdfLines.Segment(words.subList(from, words.size())));
        return pieces;
    }

    /** The index of the column starting at {@code x}, or -1. */
    private static int column(List<Float> starts, float x, float tolerance) {
        for (int c = 0; c < starts.size(); c++) {
            if (Math.abs(starts.get(c) - x) <= tolerance) {
                return c;
            }
        }
        return -1;
    }

    /**
     * The rows of cells: each part goes to its column, and lines are taken top to bottom. Rows stand apart by more
     * than a wrapped cell's lines do (the cells' padding): where some gap exceeds that line spacing by
     * {@value #ROW_PADDING_EMS} em or more, such gaps part the rows, whatever stands in the first column (a browser
     * centres each cell in its row, so a row's first line may hold any column). Where none is, or no cell wraps, a
     * line with text in the first column starts a row and a line without continues the row above.
     */
    private static List<List<String>> cells(List<PdfLines.Line> lines, List<Float> starts, float tolerance) {
        List<Placed> placed = placed(lines, starts, tolerance);
        float sameLine = (float) (SAME_LINE_EMS * lines.get(0).em());
        float rowPadding = (float) (ROW_PADDING_EMS * lines.get(0).em());
        float spacing = wrappedSpacing(placed, sameLine);
        placed.sort(Comparator.comparingDouble(Placed::baseline).thenComparingInt(Placed::column));
        List<List<Placed>> tableLines = new ArrayList<>();
        for (Placed p : placed) {
            List<Placed> last = tableLines.isEmpty() ? null : tableLines.get(tableLines.size() - 1);
            if (last != null && p.baseline() - last.get(0).baseline() <= sameLine) {
                last.add(p);
            } else {
                tableLines.add(new ArrayList<>(List.of(p)));
            }
        }
        float[] gaps = new float[tableLines.size()];
        float underWrapped = Float.MAX_VALUE;
        for (int i = 1; i < tableLines.size(); i++) {
            gaps[i] = tableLines.get(i).get(0).baseline() - tableLines.get(i - 1).get(0).baseline();
            if (tableLines.get(i).get(0).column() > 0) {
                underWrapped = Math.min(underWrapped, gaps[i]);
            }
        }
        if (spacing == Float.MAX_VALUE) {
            spacing = underWrapped;
        }
        boolean padded = false;
        for (int i = 1; i < tableLines.size(); i++) {
            padded |= gaps[i] > spacing + rowPadding;
        }
        List<List<StringBuilder>> rows = new ArrayList<>();
        for (int i = 0; i < tableLines.size(); i++) {
            List<Placed> line = tableLines.get(i);
            // unpadded, a line with text in the first column starts a row, unless it stands less than a line below
            // the last (a cell centred beside a taller one)
            boolean newRow = i == 0 || (padded ? gaps[i] > spacing + rowPadding
                    : line.get(0).column() == 0 && (spacing == Float.MAX_VALUE || gaps[i] >= spacing - sameLine));
            if (newRow) {
                List<StringBuilder> row = new ArrayList<>();
                for (int c = 0; c < starts.size(); c++) {
                    row.add(new StringBuilder());
                }
                rows.add(row);
            }
            List<StringBuilder> row = rows.get(rows.size() - 1);
            for (Placed p : line) {
                StringBuilder cell = row.get(p.column());
                cell.append(cell.length() > 0 ? " " : "").append(p.text());
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (List<StringBuilder> row : rows) {
            out.add(row.stream().map(b -> TextRepair.paragraph(b.toString())).toList());
        }
        return out;
    }

    /** Every part of {@code lines} in its column, in the order drawn. */
    private static List<Placed> placed(List<PdfLines.Line> lines, List<Float> starts, float tolerance) {
        List<Placed> placed = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            for (PdfLines.Segment part : line.segments()) {
                for (PdfLines.Segment s : cut(part, starts, line.em())) {
                    placed.add(new Placed(line.baseline(), column(starts, s.left(), tolerance), s.text()));
                }
            }
        }
        return placed;
    }

    /**
     * The line spacing inside a wrapped cell, from the order the parts were drawn in: a browser draws a cell's lines
     * one after another, so two parts drawn in a row in one column, the second lower, are one cell's lines (the next
     * row's cell in that column comes only after the other columns'). Float.MAX_VALUE when no cell wraps so, or the
     * page was drawn line by line across the columns; {@link #cells} then measures the spacing under lines with an
     * empty first column.
     */
    private static float wrappedSpacing(List<Placed> drawn, float sameLine) {
        float spacing = Float.MAX_VALUE;
        for (int i = 1; i < drawn.size(); i++) {
            Placed before = drawn.get(i - 1);
            Placed next = drawn.get(i);
            float gap = next.baseline() - before.baseline();
            if (next.column() == before.column() && gap > sameLine) {
                spacing = Math.min(spacing, gap);
            }
        }
        return spacing;
    }
}
