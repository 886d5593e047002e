package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.ListMarkers;

/**
 * Plain text (and the text of PDFs and style-less DOCX files) with the structure its author typed. The layout is
 * read first: blank lines and separator lines ("=====", "-----", "*****") part blocks, a line underlined by "="
 * or "-" is a heading, a box of "*" is opened, and tables drawn with "+---+" / "| a | b |" or aligned in columns
 * become readable rows ({@link TextTables}, {@link TableText}). Then each block is read: a heading
 * ({@link HeadingRules}: numbered "6.1. Powers", "Section 4", ALL CAPS, a short Title Case line), a numbered line
 * that is a short title above indented text ("4.1. Server logs" / "    Web server logs are kept..."), a run-in
 * title ("3. Grant of Patent License. Subject to..."), list items and clauses ("(a)", "b)", "1.", "-") kept apart,
 * hard-wrapped lines joined. Numbered headings must follow the outline (a "1." inside section 6 is an item of a
 * list, not a new section 1) and may not sit deeper than the text of their section; {@link DocumentBuilder} nests
 * them by number. A first short line is the title. A block that is one giant line of glued page text (a scraped
 * web page) goes to {@link ScrapedPage}.
 */
final class PlainTextParser {
    /** A line's indentation (columns) and its text without it. */
    private record Line(int indent, String text) {
        int width() {
            return indent + text.length();
        }
    }

    /** What the layout is made of: blocks of lines (a heading when underlined), tables and separators. */
    private sealed interface Part permits Block, Table, Separator {
    }

    /**
     * Lines between blank lines or separators; {@code underline} is '=' or '-' for a setext heading, else 0;
     * {@code typeset} is the level of a heading the source set apart by its type (a PDF's larger or bold line), else
     * 0.
     */
    private record Block(List<Line> lines, char underline, int typeset) implements Part {
        Line first() {
            return lines.get(0);
        }
    }

    /**
     * A piece of extracted text: a paragraph (lines, {@code heading} 0), a heading its source set apart by type,
     * at {@code heading} level (1 is the document's title), or a table its source laid out ({@code table} not null;
     * {@code text} its cells' words, for what reads chunks as text). {@code apart}: a paragraph its source's layout
     * sets apart from the one before (a PDF paragraph on the same page, a paragraph's margin below the last line of
     * the one before), so no rest of a paragraph the layout cut, unless it opens in lower case.
     */
    record Chunk(String text, int heading, Table table, boolean apart) {
        Chunk(String text, int heading) {
            this(text, heading, null, false);
        }

        static Chunk text(String text) {
            return new Chunk(text, 0);
        }

        /** A paragraph its source's layout sets apart from the text before it. */
        static Chunk apart(String text) {
            return new Chunk(text, 0, null, true);
        }

        static Chunk table(Table table) {
            return new Chunk(String.join("\n", table.cells().stream().map(r -> String.join(" ", r)).toList()), 0,
                    table, false);
        }

        boolean isHeading() {
            return heading > 0;
        }

        boolean isTable() {
            return table != null;
        }
    }

    /** A table's cells, row by row, and whether its first row names the columns. */
    record Table(List<List<String>> cells, boolean header) implements Part {
    }

    private record Separator() implements Part {
    }

    /** The line that stands in for a laid-out table among the lines of text (never read as text). */
    private static final String TABLE_PLACE = "[table]";
    /** "=====", "-----", "*****", "_____", "~~~~~", "#####", and spaced "* * *" or "- - -". */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:([-=*_~#+.])\\1{2,}|([-*_=])(?: \\2){2,})\\s*");
    /** The top or bottom of a box drawn with "*" or "#" around text. */
    private static final Pattern BOX_EDGE = Pattern.compile("\\s*([*#])\\1{9,}\\s*");
    private static final Pattern URL_LINE = Pattern.compile("https?://\\S+");
    /** A line that ends a sentence or clause, after which a heading line may start a new block. */
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;][)\"”’]*");
    /**
     * A line ending a clause: with a stop, a colon or a semicolon, or with a semicolon or comma and one short word
     * ("...; and", "..., or", in any language); the next marked line is a new item.
     */
    private static final Pattern CLAUSE_END = Pattern.compile(".*(?:[.!?:;][)\"”’]*|[,;]\\s+\\p{L}{1,3})");
    /** Line width assumed when a text has too few wrapped lines to measure it (the classic terminal width). */
    private static final int DEFAULT_WIDTH = 72;
    /** Wrapped lines needed to measure a text's width, and the share of them the width must hold. */
    private static final int MIN_WIDTH_SAMPLES = 5;
    private static final double WIDTH_PERCENTILE = 0.9;
    /** Longest line the first block may have for it to be the title. */
    private static final int MAX_TITLE_CHARS = 100;
    static final int MAX_TITLE_WORDS = 12;
    /** The second line of a wrapped title holds the few words that did not fit the first (set by hand). */
    private static final int MAX_TITLE_CONTINUATION_WORDS = 4;
    /** A line beside the title that holds the document's date is short (a version line, not a sentence). */
    private static final int MAX_DATED_LINE_WORDS = 8;
    /** A numbered title of its own is short. */
    private static final int MAX_NUMBERED_TITLE_WORDS = 12;
    /** A year: a line holding one is an edition or date line of a title block, not a section's title. */
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    /** A paragraph under a sentence-case numbered title has more words than a list item (set by hand). */
    private static final int MIN_PROSE_WORDS = 12;
    /** A heading wrapped onto a second line is still short. */
    private static final int MAX_WRAPPED_HEADING_WORDS = 14;
    /** A title standing above its text is short: at most this share of the width the text is wrapped at. */
    private static final double MAX_TITLE_SHARE_OF_WIDTH = 0.75;
    /** A sentence or clause ending inside a line ("Grant of Patent License. Subject to..."), after its number. */
    private static final Pattern INNER_SENTENCE_END = Pattern.compile(".*\\S[.!?:;][)\"”’]*\\s+\\S.*");

    /** A bracketed marker inside a line ("and (2) offer you"): the next item of a run-in enumeration. */
    private static final Pattern INLINE_MARKER = Pattern.compile("""
            \\s ( \\(? [0-9]{1,2} \\) | \\(? [a-z] \\) | \\( [ivx]{1,4} \\) ) \\s   # " (2) ", " b) ", " (ii) "
            """, Pattern.COMMENTS);

    /**
     * A line that opens with a label and its value, as a form or a licence's parameters are laid out
     * ("Licensor:             HashiCorp, Inc.", "Change Date:  Four years from..."), the value perhaps wrapped onto
     * lines indented under it.
     */
    private static final Pattern LABEL_LINE = Pattern.compile("""
            \\p{Lu} [\\p{L}\\p{N}'’/-]* (?: \\s [\\p{L}\\p{N}'’/()-]+ ){0,4}   # a capitalised label of one to five words
            : ( \\s+ ) \\S                                                    # its colon, the gap (group 1), the value
            """, Pattern.COMMENTS);
    /** The gap of a label aligned with others: the values stand in a column after it ("Licensor:      HashiCorp"). */
    private static final int ALIGNED_GAP = 2;

    /** Indentation slack when comparing a heading with earlier headings of the same depth. */
    private static final int INDENT_SLACK = 2;
    /**
     * A numbered heading's first number is at most this far past the last one's (past 0 for the first): an outline
     * may skip a few numbers, or start where an excerpt starts, but "331 E. Evelyn Ave," in a postal address is no
     * section 331. Set by hand, far above a skipped section or two and far below a street number.
     */
    private static final int MAX_SECTION_JUMP = 20;

    private final DocumentBuilder doc;
    private final List<Part> parts;
    private final int width;
    /**
     * Whether the source set its headings apart by type: then a short Title Case line in the body type is text (a
     * subtitle, a list item), since a heading would have been set as one.
     */
    private final boolean typesetHeadings;
    /** The last numbered heading; numbered headings must come after it in outline order. */
    private List<Integer> lastNumber = List.of();
    /** Indentation of the numbered headings seen, by depth ("4." is 1, "4.1." is 2). */
    private final Map<Integer, Integer> indentByDepth = new HashMap<>();
    /** Indentation of the last heading line and of the first text under it (-1 until seen). */
    private int headingIndent = -1;
    private int bodyIndent = -1;
    /** Depth of the last heading's number (0 when it has none). */
    private int headingDepth;
    /**
     * The number of the last paragraph read as an item of a numbered list ("1. Install and use the SDK,"), and its
     * indentation; empty after a heading or a paragraph of another kind as far out as the items.
     */
    private List<Integer> lastItem = List.of();
    private int lastItemIndent = -1;
    /** Whether the last paragraph is an FAQ's labelled question, whose answer may open the next block ("A: …"). */
    private boolean asked;

    private PlainTextParser(DocumentBuilder doc, List<Part> parts) {
        this.doc = doc;
        this.parts = parts;
        this.width = width(parts);
        this.typesetHeadings = parts.stream().anyMatch(p -> p instanceof Block b && b.typeset() > 0);
    }

    static DocumentBuilder parse(String text) {
        DocumentBuilder doc = new DocumentBuilder();
        read(text, doc, true);
        return doc;
    }

    /** Reads {@code text} into {@code doc}, after what it holds; {@code titleFirst}: a first short line is the title. */
    static void read(String text, DocumentBuilder doc, boolean titleFirst) {
        read(List.of(Chunk.text(text)), doc, titleFirst);
    }

    /**
     * Reads paragraphs and typeset headings into {@code doc}, after what it holds: paragraphs are parted as by blank
     * lines; a heading of level 1 is the title; {@code titleFirst}: a first short line is the title.
     */
    static void read(List<Chunk> chunks, DocumentBuilder doc, boolean titleFirst) {
        List<String> lines = new ArrayList<>();
        List<Integer> typeset = new ArrayList<>();
        Map<Integer, Table> tables = new HashMap<>();
        for (Chunk chunk : chunks) {
            if (!lines.isEmpty()) {
                lines.add("");
                typeset.add(0);
            }
            if (chunk.isTable()) {
                tables.put(lines.size(), chunk.table());
                lines.add(TABLE_PLACE);
                typeset.add(0);
            } else if (chunk.isHeading()) {
                lines.add(chunk.text().replaceAll("\\s+", " ").strip());
                typeset.add(chunk.heading());
            } else {
                for (String line : chunk.text().split("\n", -1)) {
                    lines.add(line);
                    typeset.add(0);
                }
            }
        }
        PlainTextParser p = new PlainTextParser(doc, layout(lines, typeset, tables));
        p.readParts(titleFirst);
    }

    // ---- layout -------------------------------------------------------------------------------------------

    private static List<Part> layout(List<String> text, List<Integer> typeset, Map<Integer, Table> tables) {
        List<String> lines = unbox(text);
        List<Part> parts = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (tables.containsKey(i)) {
                flush(block, parts, (char) 0);
                parts.add(tables.get(i));
                continue;
            }
            if (raw.isBlank()) {
                flush(block, parts, (char) 0);
                continue;
            }
            if (typeset.get(i) > 0) {
                flush(block, parts, (char) 0);
                parts.add(new Block(List.of(new Line(0, raw.strip())), (char) 0, typeset.get(i)));
                continue;
            }
            if (block.isEmpty() || TextTables.isBorder(raw)) {
                // a grid's border opens a table even right under a caption line ("Table 2: Session charges")
                int at = i;
                boolean opens = block.isEmpty(); // an aligned table opens a block; a grid may open anywhere
                Optional<TextTables.Found> table = TextTables.grid(lines, at)
                        .or(() -> opens ? TextTables.leaders(lines, at) : Optional.empty())
                        .or(() -> opens ? TextTables.multiline(lines, at) : Optional.empty())
                        .or(() -> opens ? TextTables.aligned(lines, at) : Optional.empty());
                if (table.isPresent()) {
                    flush(block, parts, (char) 0);
                    parts.add(new Table(table.get().cells(), table.get().header()));
                    i = table.get().end() - 1;
                    continue;
                }
            }
            Matcher sep = SEPARATOR.matcher(raw);
            if (sep.matches()) {
                char c = raw.strip().charAt(0);
                boolean underline = (c == '=' || c == '-') && isUnderlined(block, raw.strip().length());
                flush(block, parts, underline ? c : 0);
                if (!underline) {
                    parts.add(new Separator());
                }
                continue;
            }
            block.add(new Line(TextTables.indent(raw), raw.strip()));
        }
        flush(block, parts, (char) 0);
        return parts;
    }

    private static void flush(List<Line> block, List<Part> parts, char underline) {
        if (!block.isEmpty()) {
            parts.add(new Block(List.copyOf(block), underline, 0));
            block.clear();
        }
    }

    /** A setext heading: one or two short lines right above an underline about as long as they are. */
    private static boolean isUnderlined(List<Line> block, int underline) {
        if (block.isEmpty() || block.size() > 2) {
            return false;
        }
        int longest = block.stream().mapToInt(l -> l.text().length()).max().orElse(0);
        String text = String.join(" ", block.stream().map(Line::text).toList());
        return HeadingRules.words(text) <= MAX_WRAPPED_HEADING_WORDS && underline * 2 >= longest
                && underline <= longest * 2 + 2;
    }

    /**
     * Opens boxes drawn around text ("*****" above and below, "*" at both ends of the lines between): the lines
     * inside lose their borders and keep their indentation within the box.
     */
    private static List<String> unbox(List<String> lines) {
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            Matcher top = BOX_EDGE.matcher(out.get(i));
            if (!top.matches()) {
                continue;
            }
            String border = top.group(1);
            int j = i + 1;
            while (j < out.size() && isBoxed(out.get(j), border)) {
                j++;
            }
            if (j == i + 1 || j >= out.size() || !BOX_EDGE.matcher(out.get(j)).matches()) {
                continue;
            }
            for (int k = i + 1; k < j; k++) {
                String s = out.get(k).strip();
                out.set(k, s.substring(1, s.length() - 1).replaceAll("\\s+$", ""));
            }
            i = j;
        }
        return out;
    }

    private static boolean isBoxed(String line, String border) {
        String s = line.strip();
        return s.length() >= 2 && s.startsWith(border) && s.endsWith(border) && !BOX_EDGE.matcher(line).matches();
    }

    /**
     * The width the text was wrapped at: most lines that go on to a next line in their block are at most this
     * long. A short line above more text is then a deliberate break (a title), not wrapping.
     */
    private static int width(List<Part> parts) {
        List<Integer> wrapped = new ArrayList<>();
        for (Part part : parts) {
            if (part instanceof Block b) {
                for (int i = 0; i + 1 < b.lines().size(); i++) {
                    wrapped.add(b.lines().get(i).width());
                }
            }
        }
        if (wrapped.size() < MIN_WIDTH_SAMPLES) {
            return DEFAULT_WIDTH;
        }
        wrapped.sort(null);
        return wrapped.get((int) Math.min(wrapped.size() - 1, Math.floor(wrapped.size() * WIDTH_PERCENTILE)));
    }

    // ---- blocks -------------------------------------------------------------------------------------------

    private void readParts(boolean titleFirst) {
        boolean first = titleFirst;
        for (int k = 0; k < parts.size(); k++) {
            Part part = parts.get(k);
            if (part instanceof Table t) {
                doc.table(TableText.rows(t.cells(), t.header()));
                first = false;
            } else if (part instanceof Block b) {
                if (b.typeset() > 0) {
                    readTypeset(b);
                } else if (!(first && readTitle(b))) {
                    readBlock(b, k);
                }
                first = false;
            }
        }
    }

    /** The next block or table after part {@code k}, past separators. */
    private Optional<Part> next(int k) {
        for (int j = k + 1; j < parts.size(); j++) {
            if (!(parts.get(j) instanceof Separator)) {
                return Optional.of(parts.get(j));
            }
        }
        return Optional.empty();
    }

    /**
     * A first block whose first line is short and unpunctuated is the title (an underline makes it one too);
     * URL and date lines beside it are metadata, and a short line holding a date ("Version 3, 29 June 2007") gives
     * the date too; its other lines are text.
     */
    private boolean readTitle(Block b) {
        String first = b.first().text();
        boolean underlined = b.underline() != 0 && b.lines().size() == 1;
        if (!underlined && (first.length() > MAX_TITLE_CHARS || HeadingRules.words(first) > MAX_TITLE_WORDS
                || first.matches(".*[.!?:;,]$") || HeadingRules.inline(first).isPresent()
                || HeadingRules.line(first).map(h -> !h.weak() && !HeadingRules.allCaps(first)).orElse(false))) {
            return false;
        }
        String title = first;
        int from = 1;
        if (b.lines().size() > 1 && continuesTitle(b.first(), b.lines().get(1))) {
            title = first + " " + b.lines().get(1).text();
            from = 2;
        }
        doc.title(title);
        List<Line> rest = new ArrayList<>();
        for (Line line : b.lines().subList(from, b.lines().size())) {
            if (URL_LINE.matcher(line.text()).matches()) {
                doc.url(line.text());
            } else if (Dates.parse(line.text()).isPresent()) {
                doc.published(Dates.parse(line.text()).get());
            } else {
                if (doc.published().isEmpty() && HeadingRules.words(line.text()) <= MAX_DATED_LINE_WORDS) {
                    Dates.find(line.text()).ifPresent(doc::published);
                }
                rest.add(line);
            }
        }
        if (!rest.isEmpty()) {
            segments(rest, true);
        }
        return true;
    }

    /**
     * A title wrapped onto a second line set further in (centred, as a dump of a web page sets it): "Information
     * regarding the bug processing system for package maintainers and bug" over "triagers". The second line goes on
     * in lower case, short and unpunctuated, with no link or figure (a URL or "updated 3 March 2024" is metadata).
     */
    private static boolean continuesTitle(Line title, Line second) {
        String text = second.text();
        return second.indent() > title.indent() && Character.isLowerCase(text.charAt(0))
                && !text.matches(".*[.!?:;,]$") && HeadingRules.words(text) <= MAX_TITLE_CONTINUATION_WORDS
                && !URL_LINE.matcher(text).find() && text.chars().noneMatch(Character::isDigit)
                && title.text().length() + 1 + text.length() <= MAX_TITLE_CHARS;
    }

    /** A heading set apart by its type: the title at level 1, else a heading as deep as its level or number. */
    private void readTypeset(Block b) {
        String text = b.first().text();
        if (b.typeset() == 1) {
            doc.title(text);
        } else {
            heading(b.first().indent(), dropFinalStop(text), b.typeset());
        }
    }

    private void readBlock(Block b, int k) {
        Optional<Part> next = next(k);
        List<Line> lines = b.lines();
        String joined = String.join(" ", lines.stream().map(Line::text).toList());
        if (b.underline() != 0 && isDateLabel(joined)) {
            paragraphs(lines); // "Release Date: July 26, 2018" underlined under a chapter's title: its date, as text
            return;
        }
        if (b.underline() != 0) {
            heading(lines.get(0).indent(), dropFinalStop(joined), insideNumbered(joined, k, b.underline() == '=' ? 1 : 2));
            return;
        }
        if (ScrapedPage.looksScraped(joined)) {
            ScrapedPage.read(joined, doc);
            return;
        }
        if (FaqLines.opensQuestion(lines.get(0).text())) {
            paragraphs(lines); // "Q: Can I bring a friend?" heads its answer, as a question, not as a heading line
            return;
        }
        if (isWholeBlockHeading(lines, joined, k, next)) {
            HeadingRules.Heading h = HeadingRules.line(joined).orElse(null);
            heading(lines.get(0).indent(), h != null ? h.text() : dropFinalStop(joined),
                    insideNumbered(joined, k, h != null ? h.level() : 2));
            return;
        }
        Line first = lines.get(0);
        if (lines.size() > 1 && isTitleAbove(first, lines.get(1))) {
            heading(first.indent(), dropFinalStop(first.text()), 2);
            segments(lines.subList(1, lines.size()), false);
            return;
        }
        if (lines.size() > 1 && isPlainTitleAbove(lines)) {
            heading(first.indent(), first.text(), insideNumbered(first.text(), k, 2));
            segments(lines.subList(1, lines.size()), false);
            return;
        }
        Optional<HeadingRules.Inline> inline = HeadingRules.inline(first.text());
        if (inline.isPresent() && acceptsNumbered(first.indent(), inline.get().heading().text())) {
            heading(first.indent(), inline.get().heading().text(), inline.get().heading().level());
            List<Line> rest = new ArrayList<>();
            rest.add(new Line(first.indent(), inline.get().rest()));
            rest.addAll(lines.subList(1, lines.size()));
            segments(rest, false);
            return;
        }
        segments(lines, false);
    }

    /**
     * A label of words and a date, all of a line ("Release Date: July 26, 2018"): a dated line, not a section's
     * name. A label that holds a number names a section ("Release 2.1: 14 March 2021").
     */
    private static boolean isDateLabel(String text) {
        int colon = text.indexOf(':');
        return colon > 0 && Dates.parse(text.substring(colon + 1)).isPresent()
                && HeadingRules.words(text.substring(0, colon)) <= MAX_DATED_LINE_WORDS
                && text.substring(0, colon).chars().noneMatch(Character::isDigit);
    }

    /**
     * The level of an unnumbered heading ({@code level} as its source set it): one below the last numbered heading
     * when the next numbered line of the text is a sub-section of that heading, so "Important Notice" between
     * "1. License Agreement" and "1.1. License" stays in chapter 1 instead of closing it.
     */
    private int insideNumbered(String text, int k, int level) {
        if (lastNumber.isEmpty() || startsWithNumber(text) || level == 1) {
            return level; // a heading set as the document's top level ("=" underline) is no sub-section
        }
        for (int j = k + 1; j < parts.size(); j++) {
            if (!(parts.get(j) instanceof Block nb) || nb.underline() != 0 && !startsWithNumber(nb.first().text())) {
                return level; // a table or another heading comes first
            }
            String line = nb.first().text();
            List<Integer> number = startsWithNumber(line) ? ClauseNumbers.of(line) : List.of();
            if (!number.isEmpty()) {
                // the next numbered line decides; a sub-section's is a title ("1.1. License"), not a version's note
                boolean title = HeadingRules.words(line) <= MAX_NUMBERED_TITLE_WORDS && !line.matches(".*[.!?:;,]$");
                return title && ClauseNumbers.isParentOf(lastNumber, number) ? Math.max(level, lastNumber.size() + 2)
                        : level;
            }
        }
        return level;
    }

    /**
     * A block that is all heading: one line (or a title wrapped onto two) that the heading rules accept, with a
     * body after it. A numbered one must be title-like, or have its text indented under it, and fit the outline.
     */
    private boolean isWholeBlockHeading(List<Line> lines, String joined, int k, Optional<Part> next) {
        if (lines.size() > 2 || lines.size() == 2 && (lines.get(1).indent() > lines.get(0).indent()
                || HeadingRules.words(joined) > MAX_WRAPPED_HEADING_WORDS || joined.matches(".*[.!?:;,]$"))) {
            return false;
        }
        Optional<HeadingRules.Heading> h = HeadingRules.line(joined);
        List<Integer> number = ClauseNumbers.of(joined);
        Line first = lines.get(0);
        if (!number.isEmpty() && startsWithNumber(joined)) {
            if (INNER_SENTENCE_END.matcher(ListMarkers.strip(joined)).matches() || joined.matches(".*[,;:]$")) {
                return false;
            }
            boolean titled = h.isPresent() || !joined.matches(".*[.!?]$")
                    && HeadingRules.words(joined) <= MAX_NUMBERED_TITLE_WORDS
                    && (indentedBodyFollows(first, next) || proseFollowsOutsideList(k, next));
            return titled && acceptsNumbered(first.indent(), joined) && bodyFollows(number, next);
        }
        if (h.isEmpty()) {
            return isOutdentedTitle(lines, joined, next);
        }
        if (h.get().weak()) {
            return !typesetHeadings && next.isPresent() && !(next.get() instanceof Block nb && nb.lines().size() == 1
                    && HeadingRules.line(nb.first().text()).isPresent());
        }
        return true;
    }

    /**
     * "4.1. Tile service request logs" above lines indented under it: one short phrase (no sentence ends inside
     * it), broken on purpose well before the width the text is wrapped at.
     */
    private boolean isTitleAbove(Line first, Line second) {
        String text = first.text();
        if (!startsWithNumber(text) || second.indent() <= first.indent() || text.matches(".*[,;:]$")
                || HeadingRules.words(text) > MAX_NUMBERED_TITLE_WORDS
                || INNER_SENTENCE_END.matcher(ListMarkers.strip(text)).matches()
                || first.width() > width * MAX_TITLE_SHARE_OF_WIDTH
                || text.matches(".*\\p{Ll}[.!?]$") && !HeadingRules.titleLike(ListMarkers.strip(text))) {
            return false;
        }
        String nextWord = second.text().split("\\s+", 2)[0];
        boolean deliberate = first.width() + 1 + nextWord.length() <= width;
        return deliberate && acceptsNumbered(first.indent(), text);
    }

    /**
     * "Who We Are" in title case straight above a paragraph, with no blank line between ("Who We Are" over "We are
     * the Harbour Rowing Club, ..."): a short unpunctuated line broken on purpose, and prose after it. An address or
     * a signature ("Jane Smith" over "Secretary, Mill Lane") has too few words under it to be a paragraph.
     */
    private boolean isPlainTitleAbove(List<Line> lines) {
        Line first = lines.get(0);
        Line second = lines.get(1);
        String text = first.text();
        String[] words = text.split("\\s+");
        // a wrapped line of a paragraph in capitals ("THE SDK IS PROVIDED BY NVIDIA “AS IS” AND “WITH ALL") or one
        // ending on a function word ("…NVIDIA AND ITS") runs on into the next line: no title ends that way
        if (HeadingRules.allCaps(text) || Lexicon.STOP_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                || YEAR.matcher(text).find()) { // "Edition 7, March 2024" over "Kept by …": a title block's line
            return false;
        }
        if (startsWithNumber(text) || text.matches(".*[.!?:;,]$") || second.indent() < first.indent()
                || HeadingRules.words(text) > MAX_TITLE_WORDS || !HeadingRules.titleCase(text)
                || !Character.isUpperCase(text.charAt(0)) || first.width() > width * MAX_TITLE_SHARE_OF_WIDTH
                || ListMarkers.bodyStart(text, 0, text.length()) > 0 || !Character.isUpperCase(second.text().charAt(0))) {
            return false;
        }
        String nextWord = second.text().split("\\s+", 2)[0];
        String body = String.join(" ", lines.subList(1, lines.size()).stream().map(Line::text).toList());
        return first.width() + 1 + nextWord.length() <= width && HeadingRules.words(body) >= MIN_PROSE_WORDS
                && body.matches("(?s).*[.!?][)\"”’]*$");
    }

    /** The block after a numbered title starts deeper than the title's number. */
    /**
     * "1. Who we are" in sentence case above a paragraph of prose: a heading, where the same line after another
     * numbered line ("1. Fill in the form" over "2. Send it to us") is the last item of a list that a paragraph
     * follows. A numbered line before it counts only if it became a heading itself.
     */
    private boolean proseFollowsOutsideList(int k, Optional<Part> next) {
        if (next.isEmpty() || !(next.get() instanceof Block nb) || nb.underline() != 0
                || startsWithNumber(nb.first().text())
                || ListMarkers.bodyStart(nb.first().text(), 0, nb.first().text().length()) > 0) {
            return false;
        }
        if (!isProse(nb)) {
            return false;
        }
        for (int j = k - 1; j >= 0; j--) {
            if (parts.get(j) instanceof Block pb) {
                String before = pb.first().text();
                return !startsWithNumber(before) || ClauseNumbers.of(before).equals(lastNumber);
            }
            if (!(parts.get(j) instanceof Separator)) {
                return true;
            }
        }
        return true;
    }

    /**
     * "Closing bug reports" alone on its line, out at the margin, above paragraphs indented under it: a text dumped
     * from a web page (lynx, w3m) sets its headings so, in sentence case. One short unpunctuated line that is no list
     * item, does not run on (no function word ends it) and holds no year ("Last updated 12 March 2024" is a dated
     * line), with a paragraph of prose indented deeper after it. Not where headings are set apart by their type.
     */
    private boolean isOutdentedTitle(List<Line> lines, String joined, Optional<Part> next) {
        String[] words = joined.split("\\s+");
        if (typesetHeadings || lines.size() != 1 || joined.matches(".*[.!?:;,]$") || YEAR.matcher(joined).find()
                || !Character.isUpperCase(joined.charAt(0))
                || HeadingRules.words(joined) > MAX_TITLE_WORDS || ListMarkers.bodyStart(joined, 0, joined.length()) > 0
                || Lexicon.STOP_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))
                || !indentedBodyFollows(lines.get(0), next)) {
            return false;
        }
        return isProse((Block) next.get());
    }

    /** A block of prose a title stands above: {@value #MIN_PROSE_WORDS} words or more, ending as a sentence does. */
    private static boolean isProse(Block b) {
        String text = String.join(" ", b.lines().stream().map(Line::text).toList());
        return HeadingRules.words(text) >= MIN_PROSE_WORDS && text.matches("(?s).*[.!?:][)\"”’]*$");
    }

    private static boolean indentedBodyFollows(Line title, Optional<Part> next) {
        return next.isPresent() && next.get() instanceof Block nb && nb.first().indent() > title.indent();
    }

    /**
     * A heading needs text (or a deeper section, or the items of a list) after it: not the next sibling clause
     * straight away.
     */
    private static boolean bodyFollows(List<Integer> number, Optional<Part> next) {
        if (next.isEmpty()) {
            return false;
        }
        if (!(next.get() instanceof Block nb)) {
            return true;
        }
        List<Integer> following = ClauseNumbers.of(nb.first().text());
        // "1.  NVIDIA or its licensors..." under "1.3. Ownership" is an item of its list, before the heading in
        // outline order, not the next clause
        return following.isEmpty() || !startsWithNumber(nb.first().text()) || following.size() > number.size()
                || ClauseNumbers.compare(following, number) < 0;
    }

    /**
     * Whether a numbered heading fits where it stands: after the last numbered heading in outline order (so the
     * items "1.", "2." of a list inside section 6 are not sections), not indented deeper than earlier headings of
     * its depth, and, unless deeper than the current section, not as deep as that section's indented text (where
     * list items sit).
     */
    private boolean acceptsNumbered(int indent, String text) {
        List<Integer> number = ClauseNumbers.of(text);
        if (number.isEmpty()) {
            return true;
        }
        if (!lastNumber.isEmpty() && ClauseNumbers.compare(number, lastNumber) <= 0 || continuesItems(indent, number)) {
            return false;
        }
        if (number.get(0) > (lastNumber.isEmpty() ? 0 : lastNumber.get(0)) + MAX_SECTION_JUMP) {
            return false;
        }
        Integer sameDepth = indentByDepth.get(number.size());
        if (sameDepth != null && indent > sameDepth + INDENT_SLACK) {
            return false;
        }
        return !(number.size() <= headingDepth && headingIndent >= 0 && bodyIndent > headingIndent
                && indent >= bodyIndent);
    }

    /**
     * Whether {@code number} at {@code indent} is the next item of the list the last paragraph belongs to ("2." after
     * the item "1." at its indentation, deeper than the heading above), not the next section of the outline: the
     * items "1.", "2.", "3." indented under "1.1.1. License Grant" stay items though "2." would follow section 1,
     * while "3. Fees" at the margin after the items "1.", "2." of section 2 is section 3.
     */
    private boolean continuesItems(int indent, List<Integer> number) {
        return number.size() == 1 && lastItem.size() == 1 && indent == lastItemIndent && indent > headingIndent
                && number.get(0) == lastItem.get(0) + 1;
    }

    /**
     * A heading; a numbered one is as deep as its number, and an unnumbered top-level one restarts the outline. A
     * table of contents before the first numbered heading ("CONTENTS", "Table of Contents":
     * lexicon/contents-labels.txt) is no top of the outline, though a heading in capitals otherwise is (level 1): the
     * sections it lists follow it, not inside it. After the outline has begun, "CONTENTS" is a section like any
     * other (an insurance policy's "BUILDINGS" and "CONTENTS").
     */
    private void heading(int indent, String text, int level) {
        List<Integer> number = startsWithNumber(text) ? ClauseNumbers.of(text) : List.of();
        if (!number.isEmpty()) {
            lastNumber = number;
            indentByDepth.put(number.size(), indent);
            level = number.size() + 1;
        } else if (indentByDepth.isEmpty() // no numbered heading read yet: the outline has not begun
                && Lexicon.CONTENTS_LABELS.contains(text.strip().replaceAll("[:.]$", "").toLowerCase(Locale.ROOT))) {
            level = Math.max(level, 2);
        } else if (level == 1) {
            lastNumber = List.of();
        }
        doc.heading(level, text);
        asked = false;
        lastItem = List.of();
        headingIndent = indent;
        bodyIndent = -1;
        headingDepth = number.size();
    }

    /**
     * Text lines of a block after any heading: a heading line with text after it, right after the end of a
     * sentence (or first, after the title when {@code afterTitle}), starts a section of its own (PDF text often has
     * no blank lines); the rest are paragraphs.
     */
    private void segments(List<Line> lines, boolean afterTitle) {
        int start = 0;
        for (int i = afterTitle ? 0 : 1; i + 1 < lines.size(); i++) {
            Line line = lines.get(i);
            boolean boundary = i == 0 || SENTENCE_END.matcher(lines.get(i - 1).text()).matches();
            if (boundary && isInteriorHeading(line)) {
                paragraphs(lines.subList(start, i));
                Optional<HeadingRules.Heading> h = HeadingRules.line(line.text());
                heading(line.indent(), h.map(HeadingRules.Heading::text).orElse(line.text()),
                        h.map(HeadingRules.Heading::level).orElse(2));
                start = i + 1;
            }
        }
        if (start < lines.size()) {
            paragraphs(lines.subList(start, lines.size()));
        }
    }

    private boolean isInteriorHeading(Line line) {
        Optional<HeadingRules.Heading> h = HeadingRules.line(line.text());
        if (h.isEmpty() || h.get().weak() && (typesetHeadings || HeadingRules.words(line.text()) > 6)) {
            return false;
        }
        return !startsWithNumber(line.text()) || acceptsNumbered(line.indent(), line.text());
    }

    /** Joins hard-wrapped lines into paragraphs; a list item or clause starts a new one. */
    private void paragraphs(List<Line> lines) {
        if (lines.isEmpty()) {
            return;
        }
        if (bodyIndent < 0) {
            bodyIndent = lines.get(0).indent();
        }
        List<Line> read = new ArrayList<>(lines); // an FAQ answer's line without its label
        List<Line> current = new ArrayList<>();
        String marker = null;
        for (int i = 0; i < read.size(); i++) {
            Line line = read.get(i);
            Optional<String> answer = FaqLines.answer(line.text());
            boolean answers = answer.isPresent() && (i == 0 ? asked : FaqLines.opensQuestion(current.get(0).text()));
            if (answers) {
                // "A: - Monday to Friday: 10:00 to 22:00": the answer's text stands where its label stood, so a
                // list it opens goes on in the lines under it
                String text = answer.get();
                line = new Line(line.indent() + line.text().length() - text.length(), text);
                read.set(i, line);
            }
            String m = markerOf(line.text());
            if (i == 0) {
                marker = m;
            } else if (answers) {
                paragraph(current); // the question heads the answer after it
                current.clear();
                marker = m;
            } else if (m != null && startsItem(read.get(i - 1), line, marker, m)) {
                paragraph(current);
                current.clear();
                marker = m;
            } else if (startsLabel(read.get(i - 1), line) || FaqLines.opensQuestion(line.text())
                    && SENTENCE_END.matcher(read.get(i - 1).text()).matches()) {
                // a label line, or an FAQ's next question after the answer before it ends
                paragraph(current);
                current.clear();
            }
            current.add(line);
        }
        paragraph(current);
    }

    /**
     * One paragraph. A top-level clause ("6. The Committee is made up of...") where the outline expects the next
     * section (next in number, at the indentation of the top-level headings) closes the section before it, unless
     * the source set its headings apart by type: then a numbered paragraph in the body type is an item of a list.
     */
    private void paragraph(List<Line> lines) {
        Line first = lines.get(0);
        String text = String.join("\n", lines.stream().map(Line::text).toList());
        asked = FaqLines.question(text).filter(q -> q.answer().isEmpty()).isPresent();
        List<Integer> number = startsWithNumber(first.text()) ? ClauseNumbers.of(first.text()) : List.of();
        Integer topIndent = indentByDepth.get(1);
        if (!typesetHeadings && number.size() == 1 && topIndent != null && first.indent() <= topIndent + INDENT_SLACK
                && !lastNumber.isEmpty() && number.get(0) == lastNumber.get(0) + 1
                && !continuesItems(first.indent(), number)) {
            lastItem = List.of();
            doc.clause(text);
            lastNumber = number;
            headingIndent = first.indent();
            bodyIndent = -1;
            headingDepth = 1;
            return;
        }
        if (number.size() == 1) {
            lastItem = number;
            lastItemIndent = first.indent();
        } else if (first.indent() <= lastItemIndent) {
            lastItem = List.of(); // text deeper than the items ("a. Disclosed...") leaves their list open
        }
        doc.paragraph(text);
    }

    /**
     * A labelled line ("Change Date:   Four years...") starts a paragraph of its own when it steps out of a value
     * wrapped in a column and its own value stands in that column, or when it and the line before are both labels
     * whose values stand in a column: the lines of a form or of a licence's parameters, not one run-on paragraph.
     * A paragraph whose first line is merely indented goes on past a line that opens "Schedule 2: Fees".
     */
    private static boolean startsLabel(Line previous, Line line) {
        Matcher m = LABEL_LINE.matcher(line.text());
        if (!m.lookingAt()) {
            return false;
        }
        if (line.indent() < previous.indent()) {
            return line.indent() + m.end() - 1 == previous.indent(); // the value starts where the lines above do
        }
        Matcher p = LABEL_LINE.matcher(previous.text());
        return m.group(1).length() >= ALIGNED_GAP && p.lookingAt() && p.group(1).length() >= ALIGNED_GAP
                && line.indent() == previous.indent();
    }

    /**
     * A marked line starts a new item after a line that ends a clause ("...;", "...: ", "...; and"), when it
     * steps back out of a hanging indent, or when its marker follows the current item's ("b)" after "a)").
     * Otherwise it is a wrapped line that happens to begin with a number ("section\n7.  This requirement").
     */
    private static boolean startsItem(Line previous, Line line, String current, String marker) {
        if (isRunIn(line.text(), marker)) {
            return false;
        }
        return CLAUSE_END.matcher(previous.text()).matches() || line.indent() < previous.indent()
                || current != null && follows(current, marker);
    }

    /**
     * True when a line that opens with a bracketed marker goes on to the next marker itself: a
     * run-in enumeration wrapped so that it happens to open a line ("two steps:\n(1) assert copyright
     * on the software, and (2) offer you this License"), one sentence, not a list.
     */
    static boolean isRunIn(String text, String marker) {
        if (!marker.endsWith(")")) {
            return false;
        }
        Matcher m = INLINE_MARKER.matcher(text);
        while (m.find()) {
            if (m.start() >= marker.length() && follows(marker, m.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The list marker or clause number a line opens with ("(a)", "6.1.", "-"), or null. */
    private static String markerOf(String text) {
        int body = ListMarkers.bodyStart(text, 0, text.length());
        return body == 0 ? null : text.substring(0, body).strip();
    }

    /** Whether {@code next} continues the list of {@code current}: same bullet, next number or next letter. */
    static boolean follows(String current, String next) {
        String a = current.replaceAll("[().\\s]", "");
        String b = next.replaceAll("[().\\s]", "");
        if (a.isEmpty() || b.isEmpty() || isBullet(a) || isBullet(b)) {
            return current.equals(next);
        }
        String aShape = current.replaceAll("[0-9]+|[a-zA-Z]", "#");
        String bShape = next.replaceAll("[0-9]+|[a-zA-Z]", "#");
        if (!aShape.equals(bShape)) {
            return false;
        }
        if (a.matches("\\d+") && b.matches("\\d+")) {
            return Integer.parseInt(b) == Integer.parseInt(a) + 1;
        }
        return a.length() == 1 && b.length() == 1 && b.charAt(0) == a.charAt(0) + 1;
    }

    /** A bullet ("*", "-", "•"): a marker with neither digit nor letter, which only the same bullet continues. */
    private static boolean isBullet(String marker) {
        return marker.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    /** The text starts with the clause number itself, not with a label ("Section 4" is labelled, not numbered). */
    private static boolean startsWithNumber(String text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }

    private static String dropFinalStop(String s) {
        String t = s.strip();
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1).strip() : t;
    }
}
