package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drops a PDF's page furniture: the running header or footer printed on every page ("Acme Rules - page 2") and
 * lone page numbers. A reader skips them; left in, a footer drawn between two halves of a sentence splits it
 * ("Refunds for gift purchases" / "Acme Rules - page 2 are paid to the buyer") and a page-1 header reads as the
 * document's opening. Whether a line is furniture is told by where it stands, not by its words: among the lines
 * nearest the top or bottom edge of its page, with the same text (numbers aside) on many pages.
 */
final class PdfFurniture {
    /** How many lines at each edge of a page may be furniture: a header or footer is one or two lines. */
    private static final int EDGE_LINES = 2;
    /**
     * A running line repeats on at least this share of the pages (and on two at least): a title page or a last page
     * may lack it, while a heading that happens to open two pages of a long document is not on half of them.
     */
    private static final double MIN_PAGE_SHARE = 0.5;
    /** A line that is only a page number, as printers set it. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("""
            (?i) [-–—\\s]*                      # "- 3 -" dashes
            (?: page \\s* )?                     # "Page 3"
            (\\d{1,4})                           # the number
            (?: \\s* (?: of | / ) \\s* \\d{1,4} )? # "3 of 7", "3/7"
            [-–—\\s]*
            """, Pattern.COMMENTS);
    /** Runs of digits, which change from page to page in "page 2", "2 / 7" or a date stamp. */
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private PdfFurniture() {
    }

    /**
     * The lines without page furniture. A dropped line that opened a paragraph passes that to the next line of its
     * page, so a page still ends a paragraph as before (the {@link Rejoiner} joins one cut by the page).
     */
    static List<PdfLines.Line> strip(List<PdfLines.Line> lines) {
        Set<Integer> edge = edgeLines(lines);
        Map<String, Set<Integer>> pagesByText = new HashMap<>();
        for (int i : edge) {
            pagesByText.computeIfAbsent(key(lines.get(i)), k -> new HashSet<>()).add(lines.get(i).page());
        }
        long pages = lines.stream().mapToInt(PdfLines.Line::page).distinct().count();
        double minPages = Math.max(2, Math.ceil(pages * MIN_PAGE_SHARE));
        Set<Integer> numbered = pageNumbers(lines, edge);
        List<PdfLines.Line> out = new ArrayList<>(lines.size());
        boolean carryStart = false;
        int carryPage = -1;
        for (int i = 0; i < lines.size(); i++) {
            PdfLines.Line line = lines.get(i);
            boolean furniture = edge.contains(i) && (numbered.contains(i)
                    || pagesByText.get(key(line)).size() >= minPages);
            if (furniture) {
                carryStart |= line.paragraphStart();
                carryPage = line.page();
                continue;
            }
            boolean start = line.paragraphStart() || carryStart && line.page() == carryPage;
            out.add(start == line.paragraphStart() ? line : line.withParagraphStart(start));
            carryStart = false;
        }
        return out;
    }

    /**
     * The edge lines that are lone page numbers: a number (as {@link #PAGE_NUMBER}) that is its page's, or runs with
     * the pages, its value less its page's the same as a lone number's on another page (pages numbered after a
     * cover). A lone number at a page's edge that does neither is text: a table's last cell ("3" in a band column
     * at the foot of page 2), a clause number.
     */
    private static Set<Integer> pageNumbers(List<PdfLines.Line> lines, Set<Integer> edge) {
        Map<Integer, Set<Integer>> pagesByOffset = new HashMap<>();
        Map<Integer, Integer> offsets = new HashMap<>();
        for (int i : edge) {
            Matcher m = PAGE_NUMBER.matcher(lines.get(i).text().strip());
            if (m.matches()) {
                int offset = Integer.parseInt(m.group(1)) - lines.get(i).page();
                offsets.put(i, offset);
                pagesByOffset.computeIfAbsent(offset, k -> new HashSet<>()).add(lines.get(i).page());
            }
        }
        Set<Integer> out = new HashSet<>();
        offsets.forEach((i, offset) -> {
            if (offset == 0 || pagesByOffset.get(offset).size() >= 2) {
                out.add(i);
            }
        });
        return out;
    }

    /** The indices of the {@value #EDGE_LINES} lines nearest the top and the bottom of each page. */
    private static Set<Integer> edgeLines(List<PdfLines.Line> lines) {
        Map<Integer, List<Integer>> byPage = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
        }
        Set<Integer> edge = new HashSet<>();
        for (List<Integer> page : byPage.values()) {
            List<Integer> byHeight = new ArrayList<>(page);
            byHeight.sort(Comparator.comparingDouble(i -> lines.get(i).baseline()));
            int n = byHeight.size();
            for (int k = 0; k < Math.min(EDGE_LINES, n); k++) {
                edge.add(byHeight.get(k));
                edge.add(byHeight.get(n - 1 - k));
            }
        }
        return edge;
    }

    private static String key(PdfLines.Line line) {
        return DIGITS.matcher(line.text().strip().toLowerCase(Locale.ROOT)).replaceAll("#")
                .replaceAll("\\s+", " ");
    }
}
