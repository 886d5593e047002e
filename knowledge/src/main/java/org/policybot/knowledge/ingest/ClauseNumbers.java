package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clause number a heading or paragraph opens with ("6.1. Powers" → 6.1, "Section 4.2" → 4.2), so the
 * hierarchy can follow the numbers: a heading's parent is the nearest heading whose number is a prefix of its own.
 */
final class ClauseNumbers {
    /**
     * A number of up to three digits per part, dotted, at the start, optionally after a label of the outline
     * ("Section", "Article", "§": {@link HeadingRules#OUTLINE_LABELS}), then a stop, a bracket, whitespace or the
     * end. Four-digit numbers are years, not clauses.
     */
    private static final Pattern LEADING = Pattern.compile("(?i)(?:" + org.policybot.knowledge.lexicon.Lexicon.alternation(HeadingRules.OUTLINE_LABELS)
            + "\\s*)?(\\d{1,3}(?:\\.\\d{1,3})*)(?:\\.|\\)|(?=\\s)|$)");

    /**
     * A paragraph's own clause number: bare (with a label it cites one: "Section 4.2 explains…"), then a stop, a
     * bracket or whitespace, then a capital or a bracket ("3.2. Open calls", "4.1 (a) members…"). "1.5 million
     * members" and "12.03.2024 Retention updated" open with no clause.
     */
    private static final Pattern OWN = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)[.)]?\\s+(?=[\\p{Lu}(])");

    private ClauseNumbers() {
    }

    /** The parts of the clause number a paragraph opens with ({@link #OWN}), or an empty list. */
    static List<Integer> ofParagraph(String text) {
        Matcher m = OWN.matcher(text.strip());
        return m.lookingAt() ? parts(m.group(1)) : List.of();
    }

    private static List<Integer> parts(String number) {
        List<Integer> parts = new ArrayList<>();
        for (String p : number.split("\\.")) {
            parts.add(Integer.parseInt(p));
        }
        return List.copyOf(parts);
    }

    /** The parts of the leading clause number of {@code text} (6.1 → [6, 1]), or an empty list. */
    static List<Integer> of(String text) {
        Matcher m = LEADING.matcher(text.strip());
        if (!m.lookingAt()) {
            return List.of();
        }
        return parts(m.group(1));
    }

    /**
     * Whether {@code prefix} is a proper prefix of {@code number} (6 of 6.1; not 5 of 6.1, not 6.1 of 6.1). A
     * number ending in zeros names its whole section, as licences and contracts number them ("2.0 What this
     * License covers" holds "2.1. Legal effect" and "2.2"), so its zeros do not count.
     */
    static boolean isParentOf(List<Integer> prefix, List<Integer> number) {
        List<Integer> whole = prefix;
        while (whole.size() > 1 && whole.get(whole.size() - 1) == 0) {
            whole = whole.subList(0, whole.size() - 1);
        }
        return !whole.isEmpty() && !prefix.equals(number) && whole.size() < number.size()
                && number.subList(0, whole.size()).equals(whole);
    }

    /** Outline order: 4 &lt; 4.1 &lt; 4.2 &lt; 5. */
    static int compare(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Integer.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
