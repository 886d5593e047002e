package org.policybot.knowledge.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;

/**
 * What every parser fills in as it reads: metadata, then headings, paragraphs and tables in reading order. Keeps
 * the heading stack, so each paragraph gets its section path. Levels nest headings, and clause numbers overrule
 * them: a numbered heading's parent is the nearest heading whose number is a prefix of its own ("6.1" never sits
 * under "5"), and a paragraph opening with a dotted clause number ("3.2. ...") leaves a sibling clause's section.
 * A "lead" is a sub-section named by a bold lead sentence; it sits one level below the current heading and ends
 * at the next lead or heading. Paragraphs are folded onto one line; a table keeps one row per line.
 */
final class DocumentBuilder {
    private record Heading(int level, String text, boolean lead, List<Integer> number) {
    }

    private final Deque<Heading> headings = new ArrayDeque<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String title = "";
    private String url = "";
    private String published = "";
    private String author = "";

    void heading(int level, String text) {
        String clean = TextRepair.paragraph(text);
        if (clean.isEmpty()) {
            return;
        }
        List<Integer> number = ClauseNumbers.of(clean);
        while (!headings.isEmpty() && !isParent(headings.peekLast(), level, number)) {
            headings.removeLast();
        }
        headings.addLast(new Heading(level, clean, false, number));
    }

    /** A numbered heading is the parent of a numbered one only by prefix; otherwise a lower level is a parent. */
    private static boolean isParent(Heading h, int level, List<Integer> number) {
        if (h.lead()) {
            return false;
        }
        if (!h.number().isEmpty() && !number.isEmpty()) {
            return ClauseNumbers.isParentOf(h.number(), number);
        }
        return h.level() < level;
    }

    void lead(String text) {
        if (!headings.isEmpty() && headings.peekLast().lead()) {
            headings.removeLast();
        }
        int level = headings.isEmpty() ? 1 : headings.peekLast().level() + 1;
        headings.addLast(new Heading(level, TextRepair.paragraph(text), true, List.of()));
    }

    /** One paragraph, folded onto a line; one that opens with a dotted clause number leaves sibling clauses. */
    void paragraph(String text) {
        String clean = text == null ? "" : TextRepair.paragraph(text);
        if (clean.isEmpty()) {
            return;
        }
        List<Integer> number = ClauseNumbers.of(clean);
        if (number.size() >= 2) {
            leaveSiblingClauses(number);
        }
        blocks.add(new Block(sectionPath(), clean));
    }

    /**
     * A paragraph that a parser knows to be a numbered clause of the outline, not an item of a list: "6. The
     * Committee is..." after the heading "5. Project Leader" leaves section 5 even though its number has no dot.
     */
    void clause(String text) {
        String clean = text == null ? "" : TextRepair.paragraph(text);
        if (!clean.isEmpty()) {
            leaveSiblingClauses(ClauseNumbers.of(clean));
            blocks.add(new Block(sectionPath(), clean));
        }
    }

    /**
     * A table as readable rows, one per line ({@link TableText}); the rows stay apart so each is a sentence of its
     * own.
     */
    void table(List<String> rows) {
        List<String> clean = rows.stream().map(TextRepair::paragraph).filter(r -> !r.isEmpty()).toList();
        if (!clean.isEmpty()) {
            blocks.add(new Block(sectionPath(), String.join("\n", clean)));
        }
    }

    /**
     * "3.2. Open calls..." after the heading "3.1. Eligibility" belongs to "3.", not to 3.1: numbered headings
     * whose number is not a prefix of the paragraph's are closed. In {@link #paragraph} only dotted numbers count:
     * "2." at a paragraph's start is as often an item of a list as a clause.
     */
    private void leaveSiblingClauses(List<Integer> number) {
        if (number.isEmpty()) {
            return;
        }
        while (!headings.isEmpty() && (headings.peekLast().lead() || !headings.peekLast().number().isEmpty())
                && !ClauseNumbers.isParentOf(headings.peekLast().number(), number)) {
            headings.removeLast();
        }
    }

    List<String> sectionPath() {
        return headings.stream().map(Heading::text).toList();
    }

    boolean hasParagraphs() {
        return !blocks.isEmpty();
    }

    boolean hasHeadings() {
        return !headings.isEmpty();
    }

    String title() {
        return title;
    }

    void title(String value) {
        title = value == null ? "" : value.strip();
    }

    void url(String value) {
        url = value == null ? "" : value.strip();
    }

    String published() {
        return published;
    }

    void published(String value) {
        published = value == null ? "" : value.strip();
    }

    void author(String value) {
        author = value == null ? "" : value.strip();
    }

    void tag(String value) {
        if (value != null && !value.isBlank() && !tags.contains(value.strip())) {
            tags.add(value.strip());
        }
    }

    ParsedDocument build() {
        return new ParsedDocument(title, url, published, author, tags, blocks);
    }
}
