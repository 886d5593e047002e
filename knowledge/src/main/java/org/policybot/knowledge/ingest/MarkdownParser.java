package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markdown: front matter for metadata, ATX and setext headings for sections, blank-line separated blocks and
 * list items (their "-" or "1." kept) for paragraphs, pipe tables as readable rows, inline markup stripped to
 * plain text. A paragraph that opens with a bold sentence
 * ("**Lead sentence.** rest") starts a sub-section named by that sentence, as policy pages are often written.
 */
final class MarkdownParser {
    private static final Pattern ATX = Pattern.compile(" {0,3}(#{1,6})[ \\t]+(.*?)(?:[ \\t]+#+)?[ \\t]*");
    private static final Pattern SETEXT = Pattern.compile(" {0,3}(=+|-+)[ \\t]*");
    private static final Pattern RULE = Pattern.compile(" {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*");
    private static final Pattern LIST_ITEM = Pattern.compile("\\s*([-*+]|\\d{1,9}[.)])[ \\t]+(.*)");
    private static final Pattern FENCE = Pattern.compile(" {0,3}(```+|~~~+).*");
    private static final Pattern TABLE_SEPARATOR = Pattern.compile("\\|?[\\s:|-]+\\|?");
    /** A pipe table's rule under its header, with a bar between two columns at least ("--- | :---:", "|---|---|"). */
    private static final Pattern DELIMITER_ROW = Pattern.compile("\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)+\\|?");
    private static final Pattern BOLD_LEAD = Pattern.compile("(\\*\\*|__)(.+?)\\1[ \\t]*(.*)", Pattern.DOTALL);
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    private final DocumentBuilder doc = new DocumentBuilder();
    private final StringBuilder para = new StringBuilder();
    private final List<String> table = new ArrayList<>();
    private boolean listItem;

    private MarkdownParser() {
    }

    static DocumentBuilder parse(String text) {
        MarkdownParser p = new MarkdownParser();
        FrontMatter fm = FrontMatter.of(text);
        p.doc.title(fm.get("title"));
        p.doc.url(fm.get("url", "canonical", "canonical_url", "link", "source"));
        String published = fm.get("published", "date", "published_at", "updated");
        p.doc.published(Dates.parse(published).orElse(published));
        p.doc.author(fm.get("author", "authors"));
        fm.tags().forEach(p.doc::tag);
        p.body(HTML_COMMENT.matcher(fm.body()).replaceAll(""));
        return p.doc;
    }

    private void body(String body) {
        String fence = null;
        for (String line : body.split("\n", -1)) {
            if (fence != null) {
                if (line.strip().startsWith(fence)) {
                    flushCode();
                    fence = null;
                } else {
                    append(line);
                }
                continue;
            }
            Matcher m = FENCE.matcher(line);
            if (m.matches()) {
                flush();
                fence = m.group(1);
                continue;
            }
            line(line);
        }
        flush();
    }

    private void line(String raw) {
        String line = raw;
        while (line.stripLeading().startsWith(">")) {
            line = line.stripLeading().substring(1);
        }
        if (line.isBlank()) {
            flush();
            return;
        }
        Matcher m = ATX.matcher(line);
        if (m.matches()) {
            flush();
            heading(m.group(1).length(), InlineMarkdown.plain(m.group(2)).strip());
            return;
        }
        if (SETEXT.matcher(line).matches() && para.length() > 0 && !listItem && para.indexOf("\n") < 0) {
            String text = InlineMarkdown.plain(para.toString()).strip();
            para.setLength(0);
            heading(line.strip().startsWith("=") ? 1 : 2, text);
            return;
        }
        if (RULE.matcher(line).matches()) {
            flush();
            return;
        }
        m = LIST_ITEM.matcher(line);
        if (m.matches()) {
            flush();
            listItem = true;
            append(m.group(1) + " " + m.group(2));
            return;
        }
        String stripped = line.strip();
        if (table.isEmpty() && !listItem && DELIMITER_ROW.matcher(stripped).matches() && para.length() > 0
                && para.indexOf("\n") < 0 && para.indexOf("|") >= 0) {
            // a table written without its outer bars: "Data | Retention" above "--- | ---" is its header row
            String header = para.toString();
            para.setLength(0);
            table.add(header);
            table.add(stripped);
            return;
        }
        if (stripped.startsWith("|") || !table.isEmpty() && stripped.contains("|")) {
            if (table.isEmpty()) {
                flush();
            }
            table.add(stripped);
            return;
        }
        append(stripped);
    }

    /**
     * A pipe table as readable rows ({@link TableText}): the row above the "|---|---|" rule names the columns.
     */
    private void flushTable() {
        if (table.isEmpty()) {
            return;
        }
        List<List<String>> cells = new ArrayList<>();
        boolean header = false;
        for (String row : table) {
            if (TABLE_SEPARATOR.matcher(row).matches()) {
                header |= cells.size() == 1;
                continue;
            }
            cells.add(Arrays.stream(row.replaceAll("^\\||\\|$", "").split("\\|", -1)).map(MarkdownParser::clean)
                    .toList());
        }
        table.clear();
        doc.table(TableText.rows(cells, header));
    }

    private void append(String text) {
        if (para.length() > 0) {
            para.append('\n');
        }
        para.append(text);
    }

    private void heading(int level, String text) {
        if (text.isEmpty()) {
            return;
        }
        if (level == 1 && !doc.hasParagraphs() && !doc.hasHeadings()
                && (doc.title().isEmpty() || sameText(doc.title(), text))) {
            if (doc.title().isEmpty()) {
                doc.title(text);
            }
            return;
        }
        doc.heading(level, text);
    }

    /** Emits a fenced block: one line as code that may stand inside a sentence, more lines as a paragraph. */
    private void flushCode() {
        String code = para.toString().strip();
        if (code.isEmpty() || code.indexOf('\n') >= 0) {
            flush();
            return;
        }
        para.setLength(0);
        listItem = false;
        doc.code(code);
    }

    /** Emits the pending block: a paragraph, or a bold lead sentence (sub-section) and its paragraph. */
    private void flush() {
        flushTable();
        if (para.length() == 0) {
            return;
        }
        String raw = para.toString().strip();
        para.setLength(0);
        boolean wasListItem = listItem;
        listItem = false;
        if (!wasListItem && doc.title().isEmpty() && !doc.hasParagraphs() && !doc.hasHeadings() && isTitleLine(raw)) {
            doc.title(clean(raw)); // "Elastic License 2.0 (ELv2)" opening a licence that has no "# " heading
            return;
        }
        Matcher m = BOLD_LEAD.matcher(raw);
        if (!wasListItem && m.matches()) {
            String lead = clean(m.group(2));
            String rest = m.group(3).strip();
            int words = HeadingRules.words(lead);
            boolean sentence = words >= 3 && words <= 25 && lead.matches(".*[.!?][\"”’)]*")
                    || words >= 2 && words <= 12 && lead.endsWith(":");
            boolean label = rest.isEmpty() && words <= 12 && !lead.endsWith(".");
            if (sentence && !rest.isEmpty() || label) {
                doc.lead(lead.endsWith(":") ? lead.substring(0, lead.length() - 1).strip() : lead);
                doc.paragraph(clean(rest));
                if (lead.endsWith(":") && !rest.isEmpty()) {
                    // "**Last updated:** 1 March 2024", "**Note:** …": a label of its own line, not a sub-section of
                    // the paragraphs after it
                    doc.endLead();
                }
                return;
            }
        }
        doc.paragraph(clean(raw));
    }

    /**
     * A file without a first-level heading that opens with one short line written as a title, not a sentence, a
     * label ("Last updated: 1 March 2024") nor a link or badge: its title, as a plain-text file's first line is.
     */
    private static boolean isTitleLine(String raw) {
        return raw.indexOf('\n') < 0 && !raw.contains("](") && raw.indexOf(':') < 0
                && HeadingRules.words(raw) <= PlainTextParser.MAX_TITLE_WORDS && HeadingRules.titleLike(raw)
                && !raw.matches(".*[.!?;,]$");
    }

    private static String clean(String markdown) {
        return InlineMarkdown.plain(markdown).strip();
    }

    private static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
