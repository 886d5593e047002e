package org.policybot.bot.cli;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Whether a text holds one of a case's evidence phrases, the one test the scorer, the retrieval figures and the
 * trace share. A phrase is copied from the document as its writer saw it; a table row in particular is copied cell
 * after cell ("Temporary ban for 90 days | Serious or repeated breaches"), while the knowledge base reads the row
 * with its column names ("Sanction: Temporary ban for 90 days; Typical use: Serious or repeated breaches"). So
 * both are compared case-insensitively with runs of spaces and cell rules as one space, and the text also without
 * its column names (and without the stop it ends each row with, for a phrase copied across consecutive rows), or with
 * its cells' colons and semicolons as spaces (a two-column row "Cancellation period: 14 days" against "Cancellation
 * period ....... 14 days").
 */
final class EvidenceMatch {
    /**
     * Runs of white space, and what a copied text table keeps between its cells: vertical bars, and dot leaders
     * ("Cancellation period ....... 14 days": four or more full stops, or four or more spaced ones).
     */
    private static final Pattern GAPS = Pattern.compile("(?:[\\s|]|\\.{4,}|\\.(?:\\s\\.){3,}(?=\\s))+");
    /** The colon after a row's key ("Cancellation period: 14 days"), which the copied row may not have. */
    private static final Pattern KEY_COLON = Pattern.compile(":\\s+");
    /**
     * A row's cells as the knowledge base writes them: separated by "; " (or a line break), each opening with its
     * column's name and a colon. The name is the header cell: at most 40 characters without a colon.
     */
    private static final Pattern CELL_SEPARATOR = Pattern.compile(";\\s+|\\n");
    private static final Pattern COLUMN_NAME = Pattern.compile("^[^:;\\n]{1,40}:\\s+");
    /**
     * The full stop the knowledge base ends each written row with ("Library: LAPACK; Minimum version: 3.7.1."),
     * which a phrase copied across the document's rows ("LAPACK 3.7.1 BLAS A recent version…") does not have.
     */
    private static final Pattern ROW_END = Pattern.compile("\\.(?=\\n|$)");

    private EvidenceMatch() {
    }

    /** True when {@code text} holds one of {@code evidence}, as written or read as table rows. */
    static boolean holds(String text, List<String> evidence) {
        String plain = norm(text);
        String cells = unpunctuated(withoutColumnNames(text));
        String rows = unpunctuated(withoutColumnNames(ROW_END.matcher(text).replaceAll("")));
        String keyed = unpunctuated(text);
        return evidence.stream().filter(e -> !unpunctuated(e).isEmpty()).anyMatch(e -> plain.contains(norm(e))
                || cells.contains(unpunctuated(e)) || rows.contains(unpunctuated(e)) || keyed.contains(unpunctuated(e)));
    }

    /** The text with each cell's opening column name left out: "Step: 5; Sanction: Ban" reads "5 Ban". */
    static String withoutColumnNames(String text) {
        StringBuilder out = new StringBuilder();
        for (String cell : CELL_SEPARATOR.split(text)) {
            out.append(COLUMN_NAME.matcher(cell.strip()).replaceFirst("")).append(' ');
        }
        return out.toString();
    }

    /** {@code s} with the colons and semicolons that end a cell's name or text as spaces, normalised. */
    private static String unpunctuated(String s) {
        return norm(KEY_COLON.matcher(CELL_SEPARATOR.matcher(s).replaceAll(" ")).replaceAll(" "));
    }

    private static String norm(String s) {
        return GAPS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
