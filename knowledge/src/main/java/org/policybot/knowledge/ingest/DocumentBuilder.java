package org.policybot.knowledge.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;

/**
 * What every parser fills in as it reads: metadata, then headings and paragraphs in reading order. Keeps the
 * heading stack, so each paragraph gets its section path. A "lead" is a sub-section named by a bold lead
 * sentence; it sits one level below the current heading and ends at the next lead or heading.
 */
final class DocumentBuilder {
    private record Heading(int level, String text, boolean lead) {
    }

    private final Deque<Heading> headings = new ArrayDeque<>();
    private final List<Block> blocks = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private String title = "";
    private String url = "";
    private String published = "";
    private String author = "";

    void heading(int level, String text) {
        String clean = text.strip();
        if (clean.isEmpty()) {
            return;
        }
        while (!headings.isEmpty() && (headings.peekLast().lead() || headings.peekLast().level() >= level)) {
            headings.removeLast();
        }
        headings.addLast(new Heading(level, clean, false));
    }

    void lead(String text) {
        if (!headings.isEmpty() && headings.peekLast().lead()) {
            headings.removeLast();
        }
        int level = headings.isEmpty() ? 1 : headings.peekLast().level() + 1;
        headings.addLast(new Heading(level, text.strip(), true));
    }

    void paragraph(String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Block(sectionPath(), text.strip()));
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
