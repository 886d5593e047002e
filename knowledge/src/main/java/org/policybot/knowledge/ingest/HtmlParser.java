package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;
import org.policybot.knowledge.RejectedFileException;
import org.policybot.knowledge.text.Terms;

/**
 * HTML through jsoup: the main content only (main, article, role=main, else body) without navigation,
 * page headers and footers (those inside the content are kept), asides of links, scripts, forms and menus (an aside
 * that holds content is read, after the main content where it stands outside it); h1-h6 build the
 * section path; block elements end paragraphs; a data table becomes readable rows ({@link TableText}) with its
 * header cells naming the columns. Every walk over the tree is iterative, and a tree nested deeper than
 * {@value #MAX_DEPTH} levels is refused, so hostile nesting cannot overflow the stack.
 */
final class HtmlParser {
    static final int MAX_DEPTH = 512;
    private static final String CHROME = "nav, header, footer, aside, script, style, noscript, template, form, menu,"
            + " iframe, svg, canvas, button, select, dialog, figure > figcaption, [role=navigation], [role=banner],"
            + " [role=contentinfo], [role=menu], [role=menubar], [role=search], [role=complementary], [hidden],"
            + " [aria-hidden=true]";
    /** Elements set beside the page's text, chrome unless they hold content ({@link #holdsContent}). */
    private static final String ASIDES = "aside, [role=complementary]";
    /** What an aside outside the content may neither be nor stand in: hidden, a page's navigation, header or footer. */
    private static final String HIDDEN_OR_FRAME = "[hidden], [aria-hidden=true], nav, header, footer,"
            + " [role=navigation], [role=banner], [role=contentinfo]";
    /** Fewest words of an aside that holds content: a heading and two lines of contacts at least. */
    static final int MIN_ASIDE_WORDS = 12;
    /** An aside holds content when fewer than one word in this many is a link's. */
    static final int ASIDE_LINK_SHARE = 3;
    /**
     * A class or id token naming chrome: "nav", "menu-main", "cookie-banner", "social-links", "skip-link"; a part of
     * the page's frame may also stand after another part ("docs-sidebar-toc", "wy-nav-side", not "wy-nav-content",
     * the theme's content wrapper) and a sidebar may be run together with the generator's name ("sphinxsidebar").
     * Words that can name a policy's own subject ("cookies", "sharing", "social") count only at the start; a layout
     * named for having or lacking a frame part ("nosidebar", "has-sidebar") is no chrome.
     */
    private static final Pattern CHROME_TOKEN = Pattern.compile("""
            (?! .* (?: no | has | with | without ) [-_]? (?: FRAME ) )  # "nosidebar", "has-sidebar": a layout's name
            (?: (?: nav | navbar | navigation | menu | breadcrumbs? | sidebar | footer | cookies? | share | sharing
                  | social | skip | advert | ads | related | newsletter ) (?: [-_].* )?
              | .*[-_] (?: FRAME ) (?: [-_] (?! content | wrap | shift | body | main ) .* )?  # not "wy-nav-content",
                                                                                          # a content wrapper
              | \\p{L}+ sidebar \\p{L}* )
            """.replace("FRAME", "nav | navbar | navigation | breadcrumbs? | sidebar | footer"),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Fewest links of a list that is a table of contents (every word of it a link to a place in the same page): two
     * such links can be a sentence's "see Appeals and Bans"; a generated contents list has one per heading.
     */
    static final int MIN_CONTENTS_LINKS = 3;
    /** Links to an anchor of the same page inside a heading. */
    private static final String PERMALINKS = "h1 a[href^=#], h2 a[href^=#], h3 a[href^=#], h4 a[href^=#],"
            + " h5 a[href^=#], h6 a[href^=#]";
    private static final Set<String> CELLS = Set.of("td", "th");
    /** Elements that hold content by their nature, whatever their class or id says. */
    private static final Set<String> CONTENT = Set.of("main", "article", "section");
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    /**
     * The most rows or columns one table cell is read to span: a table a member reads has far fewer, and a hostile
     * page's colspan="65534" must not make a row of that many cells (HTML allows 1000 columns and 65534 rows).
     */
    static final int MAX_SPAN = 100;
    private static final Set<String> BLOCKS = Set.of("p", "li", "dd", "dt", "div", "section", "article", "aside",
            "main", "blockquote", "pre", "tr", "table", "ul", "ol", "dl", "br", "hr", "figcaption", "address",
            "h1", "h2", "h3", "h4", "h5", "h6", "body", "caption", "summary", "details");
    /** Fewest words of a page's {@code <title>} that name it beside several h1s: one word names no page. */
    private static final int MIN_TITLE_WORDS = 2;
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s+[|–—-]\\s+[^|–—-]{1,40}$");

    private HtmlParser() {
    }

    static DocumentBuilder parse(String fileName, String html) {
        Document page = Jsoup.parse(html);
        int depth = depth(page);
        if (depth > MAX_DEPTH) {
            throw new RejectedFileException(fileName, "HTML is nested " + depth + " levels deep; the limit is "
                    + MAX_DEPTH);
        }
        DocumentBuilder doc = new DocumentBuilder();
        doc.url(first(page.select("link[rel=canonical]").attr("href"), page.select("meta[property=og:url]")
                .attr("content")));
        doc.published(published(page));
        doc.author(page.select("meta[name=author]").attr("content"));
        page.select("meta[property=article:tag]").forEach(m -> doc.tag(m.attr("content")));
        Element root = contentRoot(page);
        clean(root);
        // One h1 names the page; several are its sections (the page's own title block was chrome), so the
        // <title> names it then, unless it is one word ("Document", "Untitled"), and else the first h1.
        Elements h1s = root.select("h1");
        String h1 = h1s.size() == 1 ? h1s.first().text() : "";
        String titled = siteless(page.title());
        String pageTitle = h1s.size() < 2 || Terms.words(titled).size() >= MIN_TITLE_WORDS ? titled : "";
        doc.title(first(page.select("meta[property=og:title]").attr("content"), h1, pageTitle,
                h1s.isEmpty() ? "" : h1s.first().text()));
        NodeTraversor.filter(new Walker(doc), root);
        for (Element aside : contentAsides(page, root)) {
            doc.endSections(); // an aside is no part of the main content's last section
            NodeTraversor.filter(new Walker(doc), aside);
        }
        return doc;
    }

    /**
     * The asides outside the content that hold content themselves ({@link #holdsContent}), cleaned of their own chrome:
     * a box of key dates or contacts beside the page's main text, read after it. Not an aside the page hides, one
     * named as chrome ("sidebar"), one inside a navigation, a page header or a page footer (it is theirs), nor one
     * inside another aside (read with it).
     */
    private static List<Element> contentAsides(Document page, Element root) {
        List<Element> out = new ArrayList<>();
        for (Element aside : page.select(ASIDES)) {
            if (aside.parents().contains(root) || root.parents().contains(aside) || aside == root
                    || aside.parents().stream().anyMatch(a -> a.is(ASIDES) || a.is(HIDDEN_OR_FRAME))) {
                continue;
            }
            Element cleaned = cleanCopy(aside);
            if (isContentAside(aside, cleaned)) {
                out.add(cleaned);
            }
        }
        return out;
    }

    /** A copy of {@code e} without its own chrome, to be measured as a reader sees it. */
    private static Element cleanCopy(Element e) {
        Element copy = e.clone();
        clean(copy);
        return copy;
    }

    /** Removes chrome, chrome by name, permalinks and tables of contents from {@code root}. */
    private static void clean(Element root) {
        removeChrome(root);
        removeChromeByName(root);
        removePermalinks(root);
        removeContentsLists(root);
    }

    /**
     * Whether an aside holds content rather than links: {@value #MIN_ASIDE_WORDS} words or more, fewer than one in
     * {@value #ASIDE_LINK_SHARE} of them in links. Set by hand on the asides of the evaluation corpora's pages: the
     * boxes of contacts, class times, key dates and footnotes hold 22-83 words with at most one word in five linked;
     * the "On this page", "Help topics" and sibling-page lists hold 4-68 words, half of them or more linked.
     */
    static boolean holdsContent(Element aside) {
        int words = Splitter.words(aside.text());
        int linked = aside.select("a").stream().mapToInt(a -> Splitter.words(a.text())).sum();
        return words >= MIN_ASIDE_WORDS && linked * ASIDE_LINK_SHARE < words;
    }

    /**
     * Whether {@code aside} (as {@code cleaned}: without its own chrome) is read: neither hidden nor a frame part, not
     * named as chrome, and holding content.
     */
    private static boolean isContentAside(Element aside, Element cleaned) {
        return !aside.is(HIDDEN_OR_FRAME) && !isChromeName(aside) && holdsContent(cleaned);
    }

    /**
     * Removes chrome elements; a header or footer inside the content (an article's own header) is content, and so is
     * an aside that holds content ({@link #holdsContent}: a box of contacts, a footnote).
     */
    private static void removeChrome(Element root) {
        for (Element e : root.select(CHROME)) {
            if (e == root || e.parent() == null) {
                continue; // the root itself: an aside being measured is not removed from its own copy
            }
            boolean ownHeader = (e.normalName().equals("header") || e.normalName().equals("footer"))
                    && insideContent(e, root);
            boolean contentAside = e.is(ASIDES) && isContentAside(e, cleanCopy(e));
            if (!ownHeader && !contentAside) {
                e.remove();
            }
        }
    }

    /**
     * Removes the permalink marks documentation generators put in headings (Sphinx's "¶", "#", a link icon): a link
     * to an anchor of the page whose text has no letter or digit. Left in, they end every section name.
     */
    private static void removePermalinks(Element root) {
        for (Element a : root.select(PERMALINKS)) {
            if (a.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                a.remove();
            }
        }
    }

    /**
     * Removes a page's table of contents: a list whose every word is a link to a place in the same page (Sphinx's
     * "Page Contents", a "contents" directive). It repeats the headings, and left in it reads as a passage of
     * headings run together.
     */
    private static void removeContentsLists(Element root) {
        for (Element list : root.select("ul, ol")) {
            Elements links = list.select("a[href]");
            if (links.size() >= MIN_CONTENTS_LINKS && links.stream().allMatch(a -> a.attr("href").startsWith("#"))
                    && letters(links.text()) == letters(list.text()) && list.parent() != null) {
                list.remove();
            }
        }
    }

    private static long letters(String text) {
        return text.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static boolean insideContent(Element e, Element root) {
        for (Element a = e.parent(); a != null; a = a.parent()) {
            if (CONTENT.contains(a.normalName()) || a.attr("role").equals("main")) {
                return true;
            }
            if (a == root) {
                break;
            }
        }
        return false;
    }

    /**
     * Removes elements whose class or id names them as chrome, unless one holds most of the text (a wrapper
     * such as "menu-open" on the whole page is not chrome) or is a content element (a {@code <section
     * id="cookies">} of a privacy notice is content).
     */
    private static void removeChromeByName(Element root) {
        int total = root.text().length();
        for (Element e : root.getAllElements()) {
            if (e != root && e.parent() != null && !CONTENT.contains(e.normalName()) && isChromeName(e)
                    && e.text().length() * 2 < total) {
                e.remove();
            }
        }
    }

    /**
     * Whether a class or id names chrome. A heading is never chrome by name, and neither is an element whose id
     * alone matches while it opens with a heading: site generators derive ids from headings ({@code <h2
     * id="cookies">}, Sphinx's {@code <div class="section" id="social-media"><h2>}), and those are the policy's own
     * sections.
     */
    private static boolean isChromeName(Element e) {
        if (HEADINGS.contains(e.normalName())) {
            return false;
        }
        if (names(e.className())) {
            return true;
        }
        Element first = e.firstElementChild();
        return names(e.id()) && (first == null || !HEADINGS.contains(first.normalName()));
    }

    private static boolean names(String tokens) {
        for (String token : tokens.split("\\s+")) {
            if (!token.isEmpty() && CHROME_TOKEN.matcher(token).matches()) {
                return true;
            }
        }
        return false;
    }

    private static Element contentRoot(Document page) {
        for (String query : new String[] {"main", "[role=main]", "article"}) {
            Element e = page.selectFirst(query);
            if (e != null && !e.text().isBlank()) {
                return e;
            }
        }
        return page.body();
    }

    /**
     * A table of data rather than of layout: no table or heading inside it (old pages lay out whole articles in
     * tables; those are read as paragraphs).
     */
    private static boolean isDataTable(Element table) {
        return table.select("table table, h1, h2, h3, h4, h5, h6").isEmpty();
    }

    private static int depth(Document page) {
        int[] max = {0};
        NodeTraversor.traverse((node, depth) -> max[0] = Math.max(max[0], depth), page);
        return max[0];
    }

    private static String published(Document page) {
        String value = first(page.select("meta[property=article:published_time]").attr("content"),
                page.select("time[datetime]").attr("datetime"), page.select("meta[name=date]").attr("content"));
        return Dates.parse(value).orElse(value);
    }

    private static String siteless(String title) {
        return SITE_SUFFIX.matcher(title.strip()).replaceFirst("");
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return "";
    }

    /** Walks the content in document order; text between block boundaries is one paragraph; data tables are read whole. */
    private static final class Walker implements NodeFilter {
        private final DocumentBuilder doc;
        private final StringBuilder text = new StringBuilder();
        private boolean skippedTitle;

        Walker(DocumentBuilder doc) {
            this.doc = doc;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element e && e.normalName().equals("table") && isDataTable(e)) {
                paragraph();
                table(e);
                return FilterResult.SKIP_ENTIRELY;
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                paragraph();
            } else if (node instanceof Element e && CELLS.contains(e.normalName()) && !text.toString().isBlank()) {
                text.append("; ");
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            String name = e.normalName();
            if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                String heading = take();
                if (name.equals("h1") && !skippedTitle && heading.toLowerCase(Locale.ROOT)
                        .equals(doc.title().toLowerCase(Locale.ROOT))) {
                    skippedTitle = true;
                } else {
                    doc.heading(name.charAt(1) - '0', heading);
                }
            } else if (name.equals("summary") || name.equals("dt") && isQuestion()) {
                // an FAQ's question ("<details><summary>Can I get a refund?</summary>…"): the heading of its answer
                String question = take();
                if (question.isEmpty()) {
                    return FilterResult.CONTINUE;
                }
                if (name.equals("summary") && e.parent() != null && e.parent().parents().stream()
                        .anyMatch(a -> a.normalName().equals("details"))) {
                    doc.subLead(question); // a question folded inside its topic: "Fees › Can I pay monthly?"
                } else {
                    doc.lead(question);
                }
            } else if (name.equals("pre")) {
                String code = text.toString().strip();
                if (code.indexOf('\n') < 0) {
                    text.setLength(0);
                    doc.code(code); // one line shown apart, perhaps inside a sentence
                } else {
                    paragraph();
                }
            } else if (name.equals("details") || name.equals("dl")) {
                // the answer's last text is the question's; what follows the FAQ's answer or list is not
                paragraph();
                doc.endLead();
            } else if (name.equals("dt")) {
                doc.endLead(); // a term that asks nothing is not under the question before it
                paragraph();
            } else if (BLOCKS.contains(name)) {
                paragraph();
            }
            return FilterResult.CONTINUE;
        }

        /** Whether the text read since the last block is a question: a term of an FAQ written as a list. */
        private boolean isQuestion() {
            return text.toString().strip().endsWith("?");
        }

        /** A caption, then one readable row per table row; header cells (th, thead) name the columns. */
        private void table(Element table) {
            Element caption = table.selectFirst("caption");
            if (caption != null) {
                doc.paragraph(caption.text());
            }
            List<List<String>> cells = new ArrayList<>();
            boolean header = false;
            // cells of rows above that span down into later rows, by column: their text and how many rows are left
            Map<Integer, String> spanText = new HashMap<>();
            Map<Integer, Integer> spanLeft = new HashMap<>();
            for (Element row : table.select("tr")) {
                List<String> cellTexts = new ArrayList<>();
                boolean allHeaderCells = true;
                for (Element cell : row.children()) {
                    if (CELLS.contains(cell.normalName())) {
                        fillSpanned(cellTexts, spanText, spanLeft);
                        int column = cellTexts.size();
                        cellTexts.add(cell.text());
                        // a cell over several columns fills the first; the rest stay empty, so the next cell keeps its
                        // column's name
                        for (int i = 1; i < span(cell, "colspan"); i++) {
                            cellTexts.add("");
                        }
                        int rows = span(cell, "rowspan");
                        if (rows > 1) {
                            spanText.put(column, cell.text());
                            spanLeft.put(column, rows - 1);
                        }
                        allHeaderCells &= cell.normalName().equals("th");
                    }
                }
                fillSpanned(cellTexts, spanText, spanLeft); // a row the cells above span to its end
                if (cellTexts.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (cells.isEmpty()) {
                    header = allHeaderCells || row.parent() != null && row.parent().normalName().equals("thead");
                }
                cells.add(cellTexts);
            }
            doc.table(TableText.rows(cells, header || TableText.looksLikeHeader(cells)));
        }

        /**
         * Puts the text of a cell above that spans down into this row ({@code rowspan}) at each column where one
         * stands next, as the table shows it: "Account data" heads both rows it spans.
         */
        private static void fillSpanned(List<String> row, Map<Integer, String> spanText, Map<Integer, Integer> spanLeft) {
            Integer left;
            while ((left = spanLeft.get(row.size())) != null && left > 0) {
                int column = row.size();
                row.add(spanText.get(column));
                spanLeft.put(column, left - 1);
            }
        }

        /** A cell's {@code colspan} or {@code rowspan}: 1 when absent or unreadable, at most {@link #MAX_SPAN}. */
        private static int span(Element cell, String attribute) {
            try {
                return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(cell.attr(attribute).strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }

        private void paragraph() {
            doc.paragraph(take());
        }

        /** The text read since the last block, folded onto one line; the buffer starts again. */
        private String take() {
            String folded = text.toString().replaceAll("\\s+", " ").strip();
            text.setLength(0);
            return folded;
        }
    }
}
