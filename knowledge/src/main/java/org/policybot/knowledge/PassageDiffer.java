package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.PassageChange;

/**
 * Compares two versions of a document passage by passage, section by section. Within a section the
 * passages both versions share (same text, in the same order: a longest common subsequence) are
 * unchanged; between two shared passages, the older version's others are paired in order with the
 * newer version's as changed, and what is left over was removed or added.
 */
final class PassageDiffer {
    /**
     * Above this many cells (older passages × newer ones, after the common start and end are set
     * aside) a section is compared by text alone, in order, instead of by subsequence: 4 million ints
     * are 16 MB, and a section that large (thousands of passages under one heading) is a document
     * without headings, where the order of passages says little anyway.
     */
    static final long MAX_TABLE_CELLS = 4_000_000L;

    private PassageDiffer() {
    }

    static DocumentDiff diff(DocumentVersion from, List<Passage> older, DocumentVersion to, List<Passage> newer) {
        Map<String, List<String>> before = bySection(older);
        Map<String, List<String>> after = bySection(newer);
        List<String> order = new ArrayList<>(after.keySet());
        before.keySet().stream().filter(s -> !after.containsKey(s)).forEach(order::add);
        List<DocumentDiff.SectionChanges> sections = new ArrayList<>();
        int unchanged = 0;
        for (String section : order) {
            List<String> a = before.getOrDefault(section, List.of());
            List<String> b = after.getOrDefault(section, List.of());
            List<PassageChange> changes = new ArrayList<>();
            unchanged += compare(a, b, changes);
            if (!changes.isEmpty()) {
                sections.add(new DocumentDiff.SectionChanges(section, changes));
            }
        }
        return new DocumentDiff(from, to, sections, unchanged);
    }

    private static Map<String, List<String>> bySection(List<Passage> passages) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Passage p : passages) {
            out.computeIfAbsent(p.sectionLabel(), k -> new ArrayList<>()).add(p.text());
        }
        return out;
    }

    /** Appends the changes from {@code a} to {@code b}; returns how many passages are unchanged. */
    private static int compare(List<String> a, List<String> b, List<PassageChange> changes) {
        int start = 0;
        while (start < a.size() && start < b.size() && a.get(start).equals(b.get(start))) {
            start++;
        }
        int endA = a.size();
        int endB = b.size();
        while (endA > start && endB > start && a.get(endA - 1).equals(b.get(endB - 1))) {
            endA--;
            endB--;
        }
        List<int[]> matches = (long) (endA - start) * (endB - start) <= MAX_TABLE_CELLS
                ? commonSubsequence(a, start, endA, b, start, endB) : inOrder(a, start, endA, b, start, endB);
        int i = start;
        int j = start;
        for (int[] m : matches) {
            gap(a, i, m[0], b, j, m[1], changes);
            i = m[0] + 1;
            j = m[1] + 1;
        }
        gap(a, i, endA, b, j, endB, changes);
        return start + matches.size() + (a.size() - endA);
    }

    /** Unmatched passages between two matches: paired in order as changed, the rest removed or added. */
    private static void gap(List<String> a, int fromA, int toA, List<String> b, int fromB, int toB,
                            List<PassageChange> changes) {
        int paired = Math.min(toA - fromA, toB - fromB);
        for (int k = 0; k < paired; k++) {
            changes.add(new PassageChange(PassageChange.Kind.CHANGED, a.get(fromA + k), b.get(fromB + k)));
        }
        for (int k = fromA + paired; k < toA; k++) {
            changes.add(new PassageChange(PassageChange.Kind.REMOVED, a.get(k), null));
        }
        for (int k = fromB + paired; k < toB; k++) {
            changes.add(new PassageChange(PassageChange.Kind.ADDED, null, b.get(k)));
        }
    }

    /** Index pairs of a longest common subsequence of a[fromA, toA) and b[fromB, toB), in order. */
    private static List<int[]> commonSubsequence(List<String> a, int fromA, int toA, List<String> b, int fromB, int toB) {
        int n = toA - fromA;
        int m = toB - fromB;
        int[][] length = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                length[x][y] = a.get(fromA + x).equals(b.get(fromB + y)) ? length[x + 1][y + 1] + 1
                        : Math.max(length[x + 1][y], length[x][y + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int x = 0;
        int y = 0;
        while (x < n && y < m) {
            if (a.get(fromA + x).equals(b.get(fromB + y))) {
                out.add(new int[] {fromA + x, fromB + y});
                x++;
                y++;
            } else if (length[x + 1][y] >= length[x][y + 1]) {
                x++;
            } else {
                y++;
            }
        }
        return out;
    }

    /** Matches by text alone: each passage of b with the next unused equal passage of a after the last match. */
    private static List<int[]> inOrder(List<String> a, int fromA, int toA, List<String> b, int fromB, int toB) {
        Map<String, List<Integer>> positions = new HashMap<>();
        for (int x = fromA; x < toA; x++) {
            positions.computeIfAbsent(a.get(x), k -> new ArrayList<>()).add(x);
        }
        List<int[]> out = new ArrayList<>();
        int last = fromA - 1;
        for (int y = fromB; y < toB; y++) {
            List<Integer> at = positions.get(b.get(y));
            if (at == null) {
                continue;
            }
            for (int x : at) {
                if (x > last) {
                    out.add(new int[] {x, y});
                    last = x;
                    break;
                }
            }
        }
        return out;
    }
}
