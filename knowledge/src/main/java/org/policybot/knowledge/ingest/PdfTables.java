package org.policybot.knowledge.ingest;

import java.util.ArrayList;
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
 * stops before the next, on one page, in one type size, without a heading or a gap wider than its rows'. Its rows
 * are told apart by the space between lines: a wrapped cell's lines are closer than two rows are (cell padding), as
 * a reader sees them. A "table" whose first column holds only clause numbers is a list set with tabs, not a table.
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
     * A gap between lines this much wider than the line spacing under a wrapped cell parts two rows, and a line
     * this much further below a table than its widest gap so far is after it: a wrapped cell's lines are one
     * line-height apart, rows one line-height and the cells' padding (1.4-1.5 times it on the tuning PDFs).
     */
    private static final double ROW_GAP_SCALE = 1.25;

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

    /** The tables among {@code lines}, in order, none overlapping; no table holds a line of {@code headings}. */
    static List<Found> find(List<PdfLines.Line> lines, Set<Integer> headings) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Found table = lines.get(i).columns() && !headings.contains(i) ? table(lines, i, headings) : null;
            if (table != null) {
                found.add(table);
                i = table.to();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The table that opens at line {@code from}, or null when the lines there do not make one. */
    private static Found table(List<PdfLines.Line> lines, int from, Set<Integer> headings) {
        PdfLines.Line first = lines.get(from);
        float tolerance = (float) (ALIGN_EMS * first.em());
        List<Float> starts = new ArrayList<>();
        if (!fits(first, starts, tolerance, true)) {
            return null;
        }
        int to = from + 1;
        while (to < lines.size()) {
            PdfLines.Line line = lines.get(to);
            if (line.page() != first.page() || headings.contains(to)
                    || Math.abs(line.em() - first.em()) > PdfLines.SIZE_STEP
                    || line.baseline() < first.baseline() - SAME_LINE_EMS * first.em()
                    || !fits(line, starts, tolerance, line.columns())) {
                break;
            }
            to++;
        }
        to = from + rowsAbove(lines.subList(from, to), first.em());
        List<List<String>> cells = cells(lines.subList(from, to), starts, tolerance);
        boolean numbered = cells.stream().map(r -> r.get(0)).filter(c -> !c.isEmpty())
                .allMatch(c -> LABEL.matcher(c).matches() || ListMarkers.isMarker(c));
        return cells.size() >= 2 && starts.size() >= 2 && !numbered ? new Found(from, to, cells) : null;
    }

    /**
     * How many of {@code run}'s lines, in their order, stand above the table's end: the first gap, top to bottom,
     * wider than {@value #ROW_GAP_SCALE} times the widest above it ({@value #MAX_ROW_GAP_EMS} ems below the first
     * line). Gaps are measured top to bottom, not in reading order: a browser draws a row's cells one after another,
     * each centred in its row, so the next cell drawn may stand lower than the row's first line.
     */
    private static int rowsAbove(List<PdfLines.Line> run, float em) {
        TreeSet<Float> baselines = new TreeSet<>();
        run.forEach(l -> baselines.add(l.baseline()));
        double widest = 0;
        float end = Float.MAX_VALUE;
        Float previous = null;
        for (float b : baselines) {
            if (previous != null) {
                double gap = b - previous;
                double allowed = widest > SAME_LINE_EMS * em ? widest * ROW_GAP_SCALE : MAX_ROW_GAP_EMS * em;
                if (gap > allowed) {
                    end = previous;
                    break;
                }
                widest = Math.max(widest, gap);
            }
            previous = b;
        }
        int n = 0;
        while (n < run.size() && run.get(n).baseline() <= end) {
            n++;
        }
        return n;
    }

    /**
     * Whether every part of {@code line} starts at a column and stops before the next; a line parted by gaps
     * ({@code open}) may add columns where its parts start. {@code starts} grows by those, kept in order.
     */
    private static boolean fits(PdfLines.Line line, List<Float> starts, float tolerance, boolean open) {
        List<Float> added = new ArrayList<>(starts);
        for (PdfLines.Segment s : line.segments()) {
            if (column(added, s.left(), tolerance) < 0) {
                if (!open) {
                    return false;
                }
                added.add(s.left());
                added.sort(null);
            }
        }
        for (PdfLines.Segment s : line.segments()) {
            for (float start : added) {
                if (start > s.left() + tolerance && start < s.right() - tolerance) {
                    return false; // the text runs across a column: a paragraph, not a cell
                }
            }
        }
        starts.clear();
        starts.addAll(added);
        return true;
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
     * than a wrapped cell's lines do (the cells' padding): where some gap is {@value #ROW_GAP_SCALE} times that line
     * spacing or more, such gaps part the rows, whatever stands in the first column (a browser centres each cell in
     * its row, so a row's first line may hold any column). Where none is, or no cell wraps, a line with text in the
     * first column starts a row and a line without continues the row above.
     */
    private static List<List<String>> cells(List<PdfLines.Line> lines, List<Float> starts, float tolerance) {
        List<Placed> placed = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            for (PdfLines.Segment s : line.segments()) {
                placed.add(new Placed(line.baseline(), column(starts, s.left(), tolerance), s.text()));
            }
        }
        float sameLine = (float) (SAME_LINE_EMS * lines.get(0).em());
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
        for (int i = 1; i < tableLines.size(); i++) {
            gaps[i] = tableLines.get(i).get(0).baseline() - tableLines.get(i - 1).get(0).baseline();
            if (tableLines.get(i).get(0).column() > 0) {
                spacing = Math.min(spacing, gaps[i]);
            }
        }
        boolean padded = false;
        for (int i = 1; i < tableLines.size(); i++) {
            padded |= gaps[i] > spacing * ROW_GAP_SCALE;
        }
        List<List<StringBuilder>> rows = new ArrayList<>();
        for (int i = 0; i < tableLines.size(); i++) {
            List<Placed> line = tableLines.get(i);
            boolean newRow = i == 0 || (padded ? gaps[i] > spacing * ROW_GAP_SCALE : line.get(0).column() == 0);
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
