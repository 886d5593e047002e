package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a table (from plain text, HTML or DOCX) into readable rows, one sentence-like line per row, with the
 * column headers named: "Data category: Server logs; Retention period: 30 days; Trigger: Date of log entry."
 * A two-column table without headers reads as "key: value."; a row with one filled cell in a wider table (a
 * caption or a group label) stands alone. Cells without a letter or digit ("--", "-") are left out.
 */
final class TableText {
    /** A header cell is a short label: at most this many words. */
    private static final int MAX_HEADER_WORDS = 6;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** A cell that names itself ("Owner: Data Protection Officer"): joined to the next with "; ", not ": ". */
    private static final Pattern LABELLED = Pattern.compile("[^:]{1,40}:\\s+\\S.*");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][)\"”’]*$");

    private TableText() {
    }

    /**
     * Readable rows of {@code cells} (rows of cells, as read); {@code header} says whether the first row names
     * the columns (marked up as such, or {@link #looksLikeHeader guessed}).
     */
    static List<String> rows(List<List<String>> cells, boolean header) {
        List<List<String>> table = new ArrayList<>();
        for (List<String> row : cells) {
            List<String> clean = row.stream().map(TableText::clean).toList();
            if (clean.stream().anyMatch(c -> !c.isEmpty())) {
                table.add(clean);
            }
        }
        List<String> out = new ArrayList<>();
        if (table.isEmpty()) {
            return out;
        }
        int columns = table.stream().mapToInt(List::size).max().orElse(0);
        List<String> names = header && table.size() > 1 ? table.remove(0) : List.of();
        for (List<String> row : table) {
            List<String> filled = row.stream().filter(c -> !c.isEmpty()).toList();
            if (filled.size() == 1 && columns > 1 && (row.get(0).isEmpty() || names.isEmpty())) {
                out.add(filled.get(0));
            } else if (!names.isEmpty()) {
                out.add(sentence(named(names, row)));
            } else if (filled.size() == 2 && columns == 2 && !LABELLED.matcher(filled.get(0)).matches()) {
                String key = filled.get(0);
                out.add(sentence(key.endsWith(":") ? key + " " + filled.get(1) : key + ": " + filled.get(1)));
            } else {
                out.add(sentence(String.join("; ", filled)));
            }
        }
        return out;
    }

    /**
     * For tables without header markup (DOCX, plain text without a rule under the first row): the first row names
     * the columns when the table has three or more columns and every first-row cell is a short label (filled, at
     * most {@value #MAX_HEADER_WORDS} words, not a sentence). Two-column tables are read as key and value instead,
     * which reads well either way.
     */
    static boolean looksLikeHeader(List<List<String>> cells) {
        if (cells.size() < 2) {
            return false;
        }
        List<String> first = cells.get(0).stream().map(TableText::clean).toList();
        return first.size() >= 3 && first.stream().allMatch(c -> !c.isEmpty()
                && HeadingRules.words(c) <= MAX_HEADER_WORDS && !SENTENCE_END.matcher(c).matches());
    }

    private static String named(List<String> names, List<String> row) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String cell = row.get(i);
            if (cell.isEmpty()) {
                continue;
            }
            String name = i < names.size() ? names.get(i) : "";
            parts.add(name.isEmpty() ? cell : name + ": " + cell);
        }
        return String.join("; ", parts);
    }

    private static String sentence(String row) {
        String s = row.strip();
        if (s.endsWith(":") || s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.matches(".*[.!?][)\"”’]*$") ? s : s + ".";
    }

    /** Whitespace folded; a cell with no letter or digit ("--", "—", "*") counts as empty. */
    static String clean(String cell) {
        String s = SPACES.matcher(cell == null ? "" : cell).replaceAll(" ").strip();
        return s.codePoints().anyMatch(Character::isLetterOrDigit) ? s : "";
    }
}
