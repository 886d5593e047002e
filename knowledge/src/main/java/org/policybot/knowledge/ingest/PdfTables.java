package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rebuilds the tables of a PDF from where their text stands. A PDF has no table, only words placed on a page, and
 * its reading order runs cell by cell ("Single course Within 14 days and", "under 25% of lessons", "None After 14
 * days or from", …), so the rows are lost. A table is a run of lines that opens with a line parted into columns by
 * wide gaps ({@link PdfLines.Line#columns()}) and goes on while every part of every line starts at a column and
 * stops before the next one, on one page and in one type size. Its rows are told apart by the space between lines:
 * a wrapped cell's lines are closer than two rows are (cell padding), as a reader sees them.
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
    /** Type sizes closer than this (points) are one size, as {@link PdfLines} rounds them. */
    private static final double SIZE_TOLERANCE = 0.5;
    /** Lines whose baselines are closer than this, in ems, stand on one line of the table. */
    private static final double SAME_LINE_EMS = 0.3;
    /**
     * A gap between lines this much wider than the table's narrowest one parts two rows: a wrapped cell's lines
     * are one line-height apart, rows one line-height and the cells' padding (1.4-1.5 times it on the tuning PDFs).
     */
    private static final double ROW_GAP_SCALE = 1.25;

    /** A table found at lines {@code from} (inclusive) to {@code to} (exclusive), with its cells. */
    record Found(int from, int to, List<List<String>> cells) {
    }

    private record Placed(float baseline, int column, String text) {
    }

    private PdfTables() {
    }

    /** The tables among {@code lines}, in order, none overlapping. */
    static List<Found> find(List<PdfLines.Line> lines) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Found table = lines.get(i).segments().size() >= 2 ? table(lines, i) : null;
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
    private static Found table(List<PdfLines.Line> lines, int from) {
        PdfLines.Line first = lines.get(from);
        float tolerance = (float) (ALIGN_EMS * first.em());
        List<Float> starts = new ArrayList<>();
        if (!fits(first, starts, tolerance, true)) {
            return null;
        }
        float top = first.baseline();
        float bottom = top;
        int to = from + 1;
        while (to < lines.size()) {
            PdfLines.Line line = lines.get(to);
            if (line.page() != first.page() || Math.abs(line.em() - first.em()) > SIZE_TOLERANCE
                    || line.baseline() < top - SAME_LINE_EMS * first.em()
                    || line.baseline() > bottom + MAX_ROW_GAP_EMS * first.em()
                    || !fits(line, starts, tolerance, line.segments().size() >= 2)) {
                break;
            }
            bottom = Math.max(bottom, line.baseline());
            to++;
        }
        List<List<String>> cells = cells(lines.subList(from, to), starts, tolerance);
        return cells.size() >= 2 && starts.size() >= 2 ? new Found(from, to, cells) : null;
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
     * The rows of cells: each part goes to its column, lines are taken top to bottom, and a new row starts where
     * the gap above a line is wider than the narrowest by {@value #ROW_GAP_SCALE} times or more. When no gap is
     * (every cell on one line, or no padding), a line with nothing in the first column continues the row above.
     */
    private static List<List<String>> cells(List<PdfLines.Line> lines, List<Float> starts, float tolerance) {
        List<Placed> placed = new ArrayList<>();
        for (PdfLines.Line line : lines) {
            for (PdfLines.Segment s : line.segments()) {
                placed.add(new Placed(line.baseline(), column(starts, s.left(), tolerance), s.text()));
            }
        }
        placed.sort(Comparator.comparingDouble(Placed::baseline).thenComparingInt(Placed::column));
        float sameLine = (float) (SAME_LINE_EMS * lines.get(0).em());
        List<List<Placed>> rowsOfLines = new ArrayList<>();
        for (Placed p : placed) {
            List<Placed> last = rowsOfLines.isEmpty() ? null : rowsOfLines.get(rowsOfLines.size() - 1);
            if (last != null && p.baseline() - last.get(0).baseline() <= sameLine) {
                last.add(p);
            } else {
                rowsOfLines.add(new ArrayList<>(List.of(p)));
            }
        }
        float narrowest = Float.MAX_VALUE;
        float widest = 0;
        for (int i = 1; i < rowsOfLines.size(); i++) {
            float gap = rowsOfLines.get(i).get(0).baseline() - rowsOfLines.get(i - 1).get(0).baseline();
            narrowest = Math.min(narrowest, gap);
            widest = Math.max(widest, gap);
        }
        boolean padded = widest > narrowest * ROW_GAP_SCALE;
        List<List<StringBuilder>> rows = new ArrayList<>();
        for (int i = 0; i < rowsOfLines.size(); i++) {
            List<Placed> line = rowsOfLines.get(i);
            boolean newRow = i == 0 || (padded
                    ? line.get(0).baseline() - rowsOfLines.get(i - 1).get(0).baseline() > narrowest * ROW_GAP_SCALE
                    : line.get(0).column() == 0);
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
}
