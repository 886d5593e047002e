package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.ListMarkers;

/**
 * Finds tables drawn in plain text and reads their cells: grid tables ("+-----+-----+" borders with "| a | b |"
 * rows, or "|---|---|" rules under a header) and space-aligned columns (cells apart by two or more spaces,
 * starting at the same columns on several lines). {@link TableText} then makes readable rows of them.
 */
final class TextTables {
    /** A table found at a line: its cells, whether the first row names the columns, and the line after it. */
    record Found(List<List<String>> cells, boolean header, int end) {
    }

    /** "+------+------+" or "+======+======+" (a "=" border or a rule of ":---:" marks the header above it). */
    private static final Pattern BORDER = Pattern.compile("\\s*\\+(?:[-=:]+\\+)+\\s*");
    /** "| a | b |" */
    private static final Pattern ROW = Pattern.compile("\\s*\\|.*\\|\\s*");
    /** "|---|:---:|" or "---|---" under a header row. */
    private static final Pattern PIPE_RULE = Pattern.compile("\\s*\\|?\\s*:?-{3,}:?\\s*(?:\\|\\s*:?-{3,}:?\\s*)+\\|?\\s*");
    /**
     * "--------   ------   -----": the rule under the header of a space-aligned table. Pandoc's plain text sets its
     * segments one space apart ("-------- ------"), which no separator line between paragraphs does.
     */
    private static final Pattern COLUMN_RULE = Pattern.compile("\\s*[-=]{3,}(?:\\s+[-=]{3,})+\\s*");
    /**
     * "---------------------": one unbroken rule above and below a table whose rows run over several lines and stand
     * apart by blank lines (pandoc's multiline tables in plain text); shorter runs of dashes are separators.
     */
    private static final Pattern FULL_RULE = Pattern.compile("\\s*-{20,}\\s*");
    /** Most lines of a multiline table's header ("What it" over "includes"). */
    private static final int MAX_HEADER_LINES = 3;
    /**
     * Most lines between a framed table's column rule and its closing rule, set by hand at a few pages of rows: a full
     * rule further on is no frame of this table but a separator of the text.
     */
    private static final int MAX_FRAMED_LINES = 400;
    /** The end of a sentence: what a note under a table ends with, and a row's label does not. */
    private static final Pattern NOTE_END = Pattern.compile("[.!?][)\"”’]*$");
    /** One column's segment of a {@link #COLUMN_RULE}. */
    private static final Pattern RULE_SEGMENT = Pattern.compile("[-=]{3,}");
    /**
     * A dot leader: four or more full stops, or four or more spaced ones (". . . ."), between spaces; three are an
     * ellipsis in prose.
     */
    private static final Pattern LEADER = Pattern.compile("\\s(?:\\.{4,}|\\.(?:\\s\\.){3,})\\s");
    /** A row of a dot-leader table: the key, a leader, the value ("VAT .......... not VAT registered"). */
    private static final Pattern LEADER_ROW = Pattern.compile("""
            \\s* ( \\S .*? )                           # group 1: the key
            \\s (?: \\.{4,} | \\. (?: \\s \\. ){3,} ) \\s+  # the leader
            ( \\S .* )                                # group 2: the value
            """, Pattern.COMMENTS);
    /**
     * A form's blank: a leader in what would be the value ("Signature ........ Date ........"), so the line is no row
     * of key and value.
     */
    private static final Pattern BLANK = Pattern.compile("\\.{4,}|\\.(?:\\s\\.){3,}");
    /** A page number, in figures or Roman numerals: a table of contents' values, which are no facts. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("(?i)\\d{1,4}|[ivxlc]{1,7}");
    /** Fewest lines of a dot-leader table: one such line may be a table of contents' entry or a form's blank. */
    private static final int MIN_LEADER_ROWS = 2;
    /** Two or more spaces between cells. */
    private static final Pattern GAP = Pattern.compile("\\S(\\s{2,})(?=\\S)");
    /**
     * Text before a gap that ends a sentence ("works.  By contrast"): old typewriter spacing inside prose, not a
     * column gap.
     */
    private static final Pattern SENTENCE_BEFORE_GAP = Pattern.compile(".*\\p{Ll}[.!?][)\"”’]*$");
    /** A row of a grid whose every row is ruled off spans at most this many lines; longer groups are bodies. */
    private static final int MAX_ROW_LINES = 3;
    /** A cell of a space-aligned table is short; longer runs are prose that happens to hold double spaces. */
    private static final int MAX_CELL_WORDS = 12;
    /** Cell starts this many columns apart still line up (hand-aligned text is off by one now and then). */
    private static final int ALIGN_SLACK = 1;
    /** Share of the lines of a space-aligned table that must have two or more cells. */
    private static final double MIN_MULTI_CELL_SHARE = 0.6;

    private TextTables() {
    }

    /** Whether {@code line} is a grid table's border ("+------+------+"), which no prose line is. */
    static boolean isBorder(String line) {
        return BORDER.matcher(line).matches();
    }

    /** A grid or pipe table starting at {@code lines[from]}, if there is one. */
    static Optional<Found> grid(List<String> lines, int from) {
        int end = from;
        int rows = 0;
        int rules = 0;
        while (end < lines.size()) {
            String l = lines.get(end);
            if (BORDER.matcher(l).matches() || PIPE_RULE.matcher(l).matches()) {
                rules++;
            } else if (ROW.matcher(l).matches()) {
                rows++;
            } else {
                break;
            }
            end++;
        }
        if (rows < 2 || rules == 0) {
            return Optional.empty();
        }
        return Optional.of(readGrid(lines.subList(from, end), end));
    }

    /**
     * Reads the groups of row lines between rules. When rules separate every row (three or more short groups),
     * a group is one row whose cells span its lines, and the first is the header if a "=" rule closes it or it
     * looks like one. Otherwise the first group, closed by a rule, is the header and each later line is a row (one
     * whose first cell is empty continues the row above).
     */
    private static Found readGrid(List<String> lines, int end) {
        List<List<String>> groups = new ArrayList<>();
        List<Boolean> strongRuleAfter = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String l : lines) {
            boolean rule = BORDER.matcher(l).matches() || PIPE_RULE.matcher(l).matches();
            if (!rule) {
                group.add(l);
                continue;
            }
            if (!group.isEmpty()) {
                groups.add(group);
                strongRuleAfter.add(l.contains("=") || PIPE_RULE.matcher(l).matches());
                group = new ArrayList<>();
            }
        }
        if (!group.isEmpty()) {
            groups.add(group);
            strongRuleAfter.add(false);
        }
        List<List<String>> cells = new ArrayList<>();
        boolean everyRowRuled = groups.size() > 2 && groups.stream().allMatch(g -> g.size() <= MAX_ROW_LINES);
        for (int g = 0; g < groups.size(); g++) {
            if (everyRowRuled || g == 0 && groups.size() > 1) {
                cells.add(joinLines(groups.get(g)));
            } else {
                for (String l : groups.get(g)) {
                    addRow(cells, cellsOf(l), cells.size() > (groups.size() > 1 ? 1 : 0));
                }
            }
        }
        boolean header;
        if (groups.size() == 1) {
            header = TableText.looksLikeHeader(cells);
        } else if (everyRowRuled) {
            header = strongRuleAfter.get(0) || TableText.looksLikeHeader(cells);
        } else {
            header = true;
        }
        return new Found(cells, header, end);
    }

    /** Cells spanning several lines of a grid: each column's pieces joined. */
    private static List<String> joinLines(List<String> rowLines) {
        return joinColumns(rowLines.stream().map(TextTables::cellsOf).toList());
    }

    private static List<String> cellsOf(String rowLine) {
        String s = rowLine.strip();
        s = s.substring(1, s.length() - 1);
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    /**
     * Adds a row, or continues the previous one: when its first cell is empty and others are not, or when the
     * previous row's first cell was cut off ({@link #cutOff}) and this one's goes on in lower case ("Small hand item
     * (handbag," over "laptop bag, camera bag)").
     */
    private static void addRow(List<List<String>> cells, List<String> row, boolean mayContinue) {
        String first = row.isEmpty() ? "" : TableText.clean(row.get(0));
        boolean continuation = mayContinue && row.stream().anyMatch(c -> !TableText.clean(c).isEmpty())
                && (first.isEmpty() || cutOff(cells.get(cells.size() - 1)) && Character.isLowerCase(first.codePointAt(0)));
        if (!continuation) {
            cells.add(new ArrayList<>(row));
            return;
        }
        List<String> previous = cells.get(cells.size() - 1);
        for (int i = 0; i < row.size(); i++) {
            if (i < previous.size()) {
                previous.set(i, (previous.get(i) + " " + row.get(i)).strip());
            } else {
                previous.add(row.get(i));
            }
        }
    }

    /** Whether a row's first cell stops mid-phrase: after a comma, or with a bracket left open. */
    private static boolean cutOff(List<String> row) {
        String first = row.isEmpty() ? "" : TableText.clean(row.get(0));
        long open = first.chars().filter(c -> c == '(').count();
        return first.endsWith(",") || open > first.chars().filter(c -> c == ')').count();
    }

    /**
     * A space-aligned table in the run of lines starting at {@code lines[from]} and ending at the next blank or
     * separator line (one without a letter or digit that is not a column rule), or at a column rule under rows
     * already ruled off from their header that a note in prose follows ("All prices in GBP. ..."): at least two lines
     * with two or more cells whose starts line up with another line's (or stand under the rule's segments), making up
     * most of the run, every cell short.
     */
    static Optional<Found> aligned(List<String> lines, int from) {
        int end = from;
        boolean ruled = false;
        boolean rowsSinceRule = false; // a row stands under the last rule
        while (end < lines.size() && !lines.get(end).isBlank() && (COLUMN_RULE.matcher(lines.get(end)).matches()
                || lines.get(end).codePoints().anyMatch(Character::isLetterOrDigit))) {
            boolean rule = COLUMN_RULE.matcher(lines.get(end)).matches();
            // a rule under rows already ruled off from their header ends the table when prose follows it (a note such
            // as "All prices in GBP. ..."); a one-cell line that reads as a label ("Adults") heads more rows
            boolean closing = rule && ruled && rowsSinceRule && end + 1 < lines.size() && isNote(lines.get(end + 1));
            rowsSinceRule = !rule && ruled;
            ruled |= rule;
            end++;
            if (closing) {
                break;
            }
        }
        List<String> run = lines.subList(from, end);
        if (run.size() < 2) {
            return Optional.empty();
        }
        List<List<Cell>> split = new ArrayList<>();
        int ruleAt = -1;
        for (int i = 0; i < run.size(); i++) {
            if (COLUMN_RULE.matcher(run.get(i)).matches()) {
                ruleAt = ruleAt < 0 ? i : ruleAt;
                split.add(List.of());
                continue;
            }
            List<Cell> cells = cells(run.get(i));
            if (cells.stream().anyMatch(c -> HeadingRules.words(c.text()) > MAX_CELL_WORDS)) {
                return Optional.empty();
            }
            split.add(cells);
        }
        // a column rule draws each column's width, and a cell anywhere under a segment is in its column (a figure is
        // often set to the right: "165.00" under "Price", " 85.00" and "  Free" below it); else columns are where
        // cells of two lines start alike
        List<int[]> spans = ruleAt >= 0 ? ruleSpans(run.get(ruleAt)) : List.of();
        // a rule that does not draw every column (fewer segments than cells) is no guide
        List<int[]> drawn = split.stream().allMatch(c -> c.stream().skip(1).allMatch(x -> under(spans, x.start())))
                ? spans : List.of();
        List<Integer> columns = new ArrayList<>();
        if (drawn.size() >= 2) {
            drawn.subList(1, drawn.size()).forEach(span -> columns.add(span[0]));
        } else {
            TreeMap<Integer, Integer> starts = new TreeMap<>();
            for (List<Cell> cells : split) {
                for (Cell c : cells.subList(Math.min(1, cells.size()), cells.size())) {
                    starts.merge(c.start(), 1, Integer::sum);
                }
            }
            for (var e : starts.entrySet()) {
                int near = e.getValue() + starts.getOrDefault(e.getKey() - ALIGN_SLACK, 0)
                        + starts.getOrDefault(e.getKey() + ALIGN_SLACK, 0);
                if (near >= 2 && (columns.isEmpty() || e.getKey() - columns.get(columns.size() - 1) > ALIGN_SLACK)) {
                    columns.add(e.getKey());
                }
            }
        }
        IntPredicate inColumn = drawn.size() >= 2 ? start -> under(drawn, start) : start -> near(columns, start);
        long textLines = split.stream().filter(c -> !c.isEmpty()).count();
        long multi = split.stream().filter(c -> c.size() >= 2 && c.stream().skip(1).allMatch(x -> inColumn.test(x.start())))
                .count();
        if (columns.isEmpty() || multi < 2 || multi < MIN_MULTI_CELL_SHARE * textLines
                || split.stream().anyMatch(c -> c.size() >= 2 && !c.stream().skip(1).allMatch(x -> inColumn.test(x.start())))) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> cells : split) {
            if (cells.isEmpty()) {
                continue;
            }
            List<String> row = new ArrayList<>();
            for (int i = 0; i <= columns.size(); i++) {
                row.add("");
            }
            for (Cell c : cells) {
                int col = 0;
                while (col < columns.size() && c.start() + ALIGN_SLACK >= columns.get(col)) {
                    col++;
                }
                row.set(col, (row.get(col) + " " + c.text()).strip());
            }
            addRow(rows, row, rows.size() > (ruleAt == 1 ? 1 : 0));
        }
        boolean header = ruleAt == 1 || ruleAt < 0 && TableText.looksLikeHeader(rows);
        return Optional.of(new Found(rows, header, end));
    }

    /**
     * A space-aligned table whose rows run over several lines and stand apart by blank lines: a header of up to
     * {@value #MAX_HEADER_LINES} lines over a column rule, each later group of lines one row, its cells cut where the
     * rule's segments start. Pandoc writes tables so in plain text (framed by {@link #FULL_RULE}s), and people by hand
     * (rows apart by blank lines, no closing rule). The table ends at its closing rule, or, without a frame, before a
     * blank line whose next line opens no row (one that starts where the first column starts and has two cells or
     * more) or heads a table of its own over a rule. A group of lines that each open with a first cell is rows of one
     * line each. A table of one group without a frame is left to {@link #aligned}, which reads each line as a row.
     */
    static Optional<Found> multiline(List<String> lines, int from) {
        int at = from;
        boolean framed = FULL_RULE.matcher(lines.get(at)).matches();
        if (framed) {
            at++;
        }
        int headerFrom = at;
        while (at < lines.size() && at - headerFrom < MAX_HEADER_LINES && !lines.get(at).isBlank()
                && !COLUMN_RULE.matcher(lines.get(at)).matches()) {
            at++;
        }
        if (at == headerFrom || at >= lines.size() || !COLUMN_RULE.matcher(lines.get(at)).matches()) {
            return Optional.empty();
        }
        List<int[]> spans = ruleSpans(lines.get(at));
        List<List<List<String>>> groups = new ArrayList<>();
        List<List<String>> header = new ArrayList<>();
        for (String l : lines.subList(headerFrom, at)) {
            List<String> cells = cut(l, spans);
            if (cells == null) {
                return Optional.empty();
            }
            header.add(cells);
        }
        at++;
        // a frame holds when its closing rule comes: then every row up to it is read, aligned as it may be (pandoc
        // sets figures to the right); without one, a row must open at the columns' starts
        boolean closed = framed && closingRule(lines, at);
        int end = at;
        int before = at; // the end of the table before the group being read
        List<List<String>> group = new ArrayList<>();
        while (at < lines.size()) {
            String l = lines.get(at);
            if (FULL_RULE.matcher(l).matches() || COLUMN_RULE.matcher(l).matches()) {
                if (!closed && group.size() == 1 && !groups.isEmpty()) {
                    // a line over a rule after a blank line heads the next table ("Role  Access" over "----  ----")
                    group = new ArrayList<>();
                    end = before;
                } else {
                    end = at + 1;
                }
                break;
            }
            if (l.isBlank()) {
                boolean goesOn = at + 1 < lines.size()
                        && (closed ? !lines.get(at + 1).isBlank() : opensRow(lines.get(at + 1), spans));
                if (group.isEmpty() || !goesOn) {
                    break;
                }
                groups.add(group);
                group = new ArrayList<>();
                before = end;
                at++;
                continue;
            }
            List<String> cells = cut(l, spans);
            if (cells == null || !closed && group.isEmpty() && !opensRow(l, spans)) {
                break;
            }
            group.add(cells);
            at++;
            end = at;
        }
        if (!group.isEmpty()) {
            groups.add(group);
        }
        if (groups.isEmpty() || !closed && groups.size() < 2 || nonEmpty(joinColumns(header)) < 2) {
            return Optional.empty();
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(joinColumns(header));
        for (List<List<String>> g : groups) {
            // each group is a row where rows stand apart by blank lines in a frame, or where a line of it goes on
            // under an empty first cell; otherwise a group is rows of one line each, set apart from the next group
            boolean oneRow = closed && groups.size() > 1 || g.stream().skip(1).anyMatch(c -> c.get(0).isEmpty());
            if (oneRow) {
                rows.add(joinColumns(g));
            } else {
                for (int i = 0; i < g.size(); i++) {
                    addRow(rows, new ArrayList<>(g.get(i)), i > 0);
                }
            }
        }
        return Optional.of(new Found(rows, true, end));
    }

    /** Whether a full rule closes the table whose rows start at {@code from}, within {@value #MAX_FRAMED_LINES} lines. */
    private static boolean closingRule(List<String> lines, int from) {
        for (int i = from; i < Math.min(lines.size(), from + MAX_FRAMED_LINES); i++) {
            if (FULL_RULE.matcher(lines.get(i)).matches()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code line} opens a row of a table with these column spans: it starts at the first column and has two
     * cells or more, each starting where its column starts, after at least as many spaces as the rule leaves between
     * its segments (prose under a table may happen to hold two words that line up with its columns).
     */
    private static boolean opensRow(String line, List<int[]> spans) {
        List<String> cells = cut(line, spans);
        if (cells == null || cells.get(0).isEmpty() || nonEmpty(cells) < 2
                || Math.abs(indent(line) - spans.get(0)[0]) > ALIGN_SLACK) {
            return false;
        }
        int gap = Integer.MAX_VALUE;
        for (int k = 1; k < spans.size(); k++) {
            gap = Math.min(gap, spans.get(k)[0] - spans.get(k - 1)[1]);
        }
        for (int k = 1; k < spans.size(); k++) {
            if (cells.get(k).isEmpty()) {
                continue;
            }
            int start = Math.max(0, spans.get(k)[0] - ALIGN_SLACK);
            while (start < line.length() && line.charAt(start) == ' ') {
                start++;
            }
            int spaces = 0;
            while (start - spaces - 1 >= 0 && line.charAt(start - spaces - 1) == ' ') {
                spaces++;
            }
            if (start > spans.get(k)[0] + ALIGN_SLACK || spaces < gap) {
                return false;
            }
        }
        return true;
    }

    private static long nonEmpty(List<String> cells) {
        return cells.stream().filter(c -> !c.isEmpty()).count();
    }

    /** Each column's text over several lines, joined. */
    private static List<String> joinColumns(List<List<String>> lines) {
        List<String> joined = new ArrayList<>();
        for (List<String> cells : lines) {
            for (int i = 0; i < cells.size(); i++) {
                if (i < joined.size()) {
                    joined.set(i, (joined.get(i) + " " + cells.get(i)).strip());
                } else {
                    joined.add(cells.get(i));
                }
            }
        }
        return joined;
    }

    /**
     * A line cut into cells where the rule's segments start (a cell may start one column early, as hand-aligned
     * text does), or null when a word runs across a column's start: then the line is no row of this table.
     */
    private static List<String> cut(String line, List<int[]> spans) {
        int[] starts = new int[spans.size() + 1];
        for (int k = 1; k < spans.size(); k++) {
            int a = spans.get(k)[0];
            if (a > 0 && a < line.length() && line.charAt(a - 1) != ' ' && line.charAt(a) != ' ') {
                if (a < 2 || line.charAt(a - 2) != ' ') {
                    return null;
                }
                a--;
            }
            starts[k] = Math.max(starts[k - 1], Math.min(a, line.length()));
        }
        starts[spans.size()] = line.length();
        List<String> cells = new ArrayList<>();
        for (int k = 0; k < spans.size(); k++) {
            cells.add(line.substring(starts[k], Math.max(starts[k], starts[k + 1])).strip());
        }
        return cells;
    }

    /**
     * A table of two columns drawn with dot leaders, one row a line ("Cancellation period ........ 14 days"), at
     * least {@value #MIN_LEADER_ROWS} lines in a row; {@link Optional#empty()} when the line at {@code from} opens none.
     * A wrapped value goes on in a line without a leader, indented deeper than the table's first line. A table of
     * contents (every value a page number) and a form's blanks are none.
     */
    static Optional<Found> leaders(List<String> lines, int from) {
        List<List<String>> rows = new ArrayList<>();
        int end = from;
        int indent = indent(lines.get(from));
        while (end < lines.size() && !lines.get(end).isBlank()) {
            Matcher m = LEADER_ROW.matcher(lines.get(end));
            if (m.matches() && !BLANK.matcher(m.group(2)).find()) {
                rows.add(new ArrayList<>(List.of(m.group(1).strip(), m.group(2).strip())));
            } else if (!rows.isEmpty() && indent(lines.get(end)) > indent && !LEADER.matcher(lines.get(end)).find()) {
                List<String> last = rows.get(rows.size() - 1);
                last.set(1, last.get(1) + " " + lines.get(end).strip());
            } else {
                break;
            }
            end++;
        }
        boolean contents = rows.stream().allMatch(r -> PAGE_NUMBER.matcher(r.get(1)).matches());
        return rows.size() >= MIN_LEADER_ROWS && !contents ? Optional.of(new Found(List.copyOf(rows), false, end))
                : Optional.empty();
    }

    private record Cell(int start, String text) {
    }

    /** The spaces a line opens with. */
    static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /**
     * The cells of a line, split at gaps of two or more spaces that are not typewriter spacing after a sentence
     * nor the space after a list marker ("1.  First item").
     */
    private static List<Cell> cells(String line) {
        List<Cell> out = new ArrayList<>();
        int start = indent(line);
        Matcher m = GAP.matcher(line);
        int from = start;
        while (m.find(from)) {
            String before = line.substring(start, m.start() + 1);
            boolean marker = out.isEmpty() && ListMarkers.isMarker(before);
            if (!SENTENCE_BEFORE_GAP.matcher(before).matches() && !marker) {
                out.add(new Cell(start, before.strip()));
                start = m.end(1);
            }
            from = m.end(1);
        }
        if (start < line.length()) {
            out.add(new Cell(start, line.substring(start).strip()));
        }
        return out;
    }

    /** Whether a cell starting at {@code start} stands under a rule segment other than the first. */
    private static boolean under(List<int[]> spans, int start) {
        return spans.stream().skip(1).anyMatch(span -> start >= span[0] - ALIGN_SLACK && start < span[1]);
    }

    /** Whether a line under a table's closing rule is a note in prose: one cell, a sentence or longer than a cell. */
    private static boolean isNote(String line) {
        List<Cell> cells = cells(line);
        return cells.size() == 1 && (NOTE_END.matcher(cells.get(0).text()).find()
                || HeadingRules.words(cells.get(0).text()) > MAX_CELL_WORDS);
    }

    /** The segments of a column rule, each as its first column and the column after its last. */
    private static List<int[]> ruleSpans(String rule) {
        List<int[]> out = new ArrayList<>();
        Matcher m = RULE_SEGMENT.matcher(rule);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static boolean near(List<Integer> columns, int start) {
        return columns.stream().anyMatch(c -> Math.abs(c - start) <= ALIGN_SLACK);
    }
}
