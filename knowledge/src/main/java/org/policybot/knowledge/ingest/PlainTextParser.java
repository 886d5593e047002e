package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Plain text (and the text of PDFs and style-less DOCX files): blank-line separated blocks, headings found by
 * {@link HeadingRules}, hard-wrapped lines joined, list items kept apart. A first short line is the title.
 * A block that is one giant line of glued page text (a scraped web page) goes to {@link ScrapedPage}.
 */
final class PlainTextParser {
    private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n");
    private static final Pattern LIST_ITEM = Pattern.compile("([-*•·▪◦–]|\\(?[a-z0-9]{1,3}[.)])\\s+\\S.*");
    private static final Pattern URL_LINE = Pattern.compile("https?://\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][)\"”’]*");

    private PlainTextParser() {
    }

    static DocumentBuilder parse(String text) {
        DocumentBuilder doc = new DocumentBuilder();
        List<List<String>> blocks = blocks(text);
        for (int i = 0; i < blocks.size(); i++) {
            List<String> lines = blocks.get(i);
            if (i == 0 && readTitle(lines, doc)) {
                continue;
            }
            if (ScrapedPage.looksScraped(String.join(" ", lines))) {
                ScrapedPage.read(String.join(" ", lines), doc);
                continue;
            }
            boolean bodyFollows = i + 1 < blocks.size() && !isHeadingBlock(blocks.get(i + 1));
            blockWithHeadings(lines, bodyFollows, doc);
        }
        return doc;
    }

    /**
     * Text from PDFs often has no blank lines: a heading line right after a line that ends a sentence starts a
     * new block ("...before they post.\n2. Reporting Abuse\nMembers report...").
     */
    private static void blockWithHeadings(List<String> lines, boolean bodyFollows, DocumentBuilder doc) {
        int start = 0;
        for (int i = 1; i < lines.size(); i++) {
            if (endsBlock(lines.get(i - 1)) && isInteriorHeading(lines.get(i))) {
                block(lines.subList(start, i), true, doc);
                start = i;
            }
        }
        block(lines.subList(start, lines.size()), bodyFollows, doc);
    }

    private static boolean endsBlock(String line) {
        return SENTENCE_END.matcher(line).matches() || HeadingRules.line(line).isPresent();
    }

    private static boolean isInteriorHeading(String line) {
        return HeadingRules.line(line).filter(h -> !h.weak() || HeadingRules.words(line) <= 6).isPresent();
    }

    /** Reads one already-split paragraph sequence (e.g. from Tika) as blocks of plain text. */
    static DocumentBuilder parseParagraphs(List<String> paragraphs) {
        return parse(String.join("\n\n", paragraphs));
    }

    private static List<List<String>> blocks(String text) {
        List<List<String>> out = new ArrayList<>();
        for (String chunk : BLANK_LINES.split(text)) {
            List<String> lines = chunk.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            if (!lines.isEmpty()) {
                out.add(lines);
            }
        }
        return out;
    }

    /** A short first line without a final full stop is the title; URL and date lines beside it are metadata. */
    private static boolean readTitle(List<String> lines, DocumentBuilder doc) {
        String first = lines.get(0);
        if (first.length() > 100 || HeadingRules.words(first) > 12 || first.matches(".*[.!?:;,]$")
                || HeadingRules.inline(first).isPresent() || HeadingRules.line(first).map(h -> !h.weak()
                && !HeadingRules.allCaps(first)).orElse(false)) {
            return false;
        }
        doc.title(first);
        List<String> rest = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (URL_LINE.matcher(line).matches()) {
                doc.url(line);
            } else if (Dates.parse(line).isPresent()) {
                doc.published(Dates.parse(line).get());
            } else {
                rest.add(line);
            }
        }
        if (!rest.isEmpty()) {
            blockWithHeadings(rest, true, doc);
        }
        return true;
    }

    private static boolean isHeadingBlock(List<String> lines) {
        return lines.size() == 1 && HeadingRules.line(lines.get(0)).isPresent();
    }

    private static void block(List<String> lines, boolean bodyFollows, DocumentBuilder doc) {
        String first = lines.get(0);
        Optional<HeadingRules.Heading> heading = HeadingRules.line(first);
        if (lines.size() == 1 && heading.isPresent() && (!heading.get().weak() || bodyFollows)) {
            doc.heading(heading.get().level(), heading.get().text());
            return;
        }
        if (lines.size() > 1 && heading.isPresent()
                && (!heading.get().weak() || first.length() * 10 < lines.get(1).length() * 6)) {
            doc.heading(heading.get().level(), heading.get().text());
            paragraphs(lines.subList(1, lines.size()), doc);
            return;
        }
        Optional<HeadingRules.Inline> inline = HeadingRules.inline(first);
        if (inline.isPresent()) {
            doc.heading(inline.get().heading().level(), inline.get().heading().text());
            List<String> rest = new ArrayList<>();
            rest.add(inline.get().rest());
            rest.addAll(lines.subList(1, lines.size()));
            paragraphs(rest, doc);
            return;
        }
        paragraphs(lines, doc);
    }

    /** Joins hard-wrapped lines into paragraphs; a line that starts a list item starts a new paragraph. */
    private static void paragraphs(List<String> lines, DocumentBuilder doc) {
        StringBuilder current = new StringBuilder();
        boolean list = LIST_ITEM.matcher(lines.get(0)).matches();
        for (String line : lines) {
            if (list && LIST_ITEM.matcher(line).matches() && current.length() > 0) {
                doc.paragraph(current.toString());
                current.setLength(0);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(line);
        }
        doc.paragraph(current.toString());
    }
}
