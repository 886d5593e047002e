package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML body as paragraphs, headings (h1-h6) and tables (rows of cells; a table inside a cell is
 * read as that cell's text), counting characters: past the limit it stops the parse, so a huge or hostile file
 * cannot fill memory.
 */
final class BlockHandler extends DefaultHandler {
    /**
     * One paragraph ({@code level == 0}), heading (level 1-6) or table ({@code cells} not empty; {@code header}
     * when its first row is made of header cells).
     */
    record Item(int level, String text, List<List<String>> cells, boolean header) {
        Item(int level, String text) {
            this(level, text, List.of(), false);
        }

        boolean isTable() {
            return !cells.isEmpty();
        }
    }

    /** The class Tika gives a paragraph in Word's Subtitle style: a line under the title, not a section. */
    private static final String SUBTITLE = "subtitle";
    private final int maxChars;
    private final List<Item> items = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int level;
    private int bodyDepth;
    private long chars;
    private boolean limitReached;
    private boolean headings;
    /** Tables open around the current text: 1 inside a table, more inside a table in a cell. */
    private int tableDepth;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;
    private boolean inCell;
    private boolean headerRow;
    /** Where the open link to a place in the same document started in {@link #text}, or -1. */
    private int linkStart = -1;
    /** The spans of {@link #text} that link to places in the same document ("#anchor"). */
    private final List<int[]> internalLinks = new ArrayList<>();

    BlockHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            bodyDepth++;
        } else if (name.equals("table")) {
            if (tableDepth++ == 0) {
                flush();
                rows.clear();
                row = null;
                headerRow = true;
            } else {
                text.append(' ');
            }
        } else if (tableDepth == 1 && name.equals("tr")) {
            endCell();
            row = new ArrayList<>();
            rows.add(row);
        } else if (tableDepth == 1 && (name.equals("td") || name.equals("th"))) {
            endCell();
            if (row == null) {
                row = new ArrayList<>();
                rows.add(row);
            }
            headerRow &= rows.size() > 1 || name.equals("th");
            inCell = true;
        } else if (tableDepth > 0) {
            text.append(' ');
        } else if (isBlock(name)) {
            flush();
            level = SUBTITLE.equals(atts.getValue("class")) ? 0 : headingLevel(name);
        } else if (name.equals("br")) {
            text.append('\n');
        } else if (name.equals("a") && tableDepth == 0 && atts.getValue("href") != null
                && atts.getValue("href").startsWith("#")) {
            linkStart = text.length();
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            flush();
            bodyDepth--;
        } else if (name.equals("table") && tableDepth > 0) {
            if (--tableDepth == 0) {
                endCell();
                List<List<String>> cells = rows.stream().filter(r -> !r.isEmpty()).map(List::copyOf).toList();
                if (!cells.isEmpty()) {
                    items.add(new Item(0, "", cells, headerRow && cells.size() > 1));
                }
                row = null;
            } else {
                text.append(' ');
            }
        } else if (tableDepth == 1 && (name.equals("td") || name.equals("th"))) {
            endCell();
        } else if (tableDepth > 0) {
            text.append(' ');
        } else if (isBlock(name)) {
            flush();
        } else if (name.equals("a") && linkStart >= 0) {
            internalLinks.add(new int[] {linkStart, text.length()});
            linkStart = -1;
        }
    }

    /** Ends the cell being read, if any, adding its text (possibly empty) to the row. */
    private void endCell() {
        if (inCell && row != null) {
            row.add(text.toString().replaceAll("\\s+", " ").strip());
        }
        text.setLength(0);
        inCell = false;
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (bodyDepth <= 0) {
            return;
        }
        chars += length;
        if (chars > maxChars) {
            limitReached = true;
            throw new SAXException("text limit of " + maxChars + " characters reached");
        }
        if (tableDepth == 0 || inCell) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        characters(ch, start, length);
    }

    List<Item> items() {
        return items;
    }

    boolean hasHeadings() {
        return headings;
    }

    boolean limitReached() {
        return limitReached;
    }

    /**
     * Ends the paragraph or heading being read. Links to places in the same document are navigation where they hold
     * every letter and digit of a paragraph (an entry of a table of contents, which repeats a heading; one whose
     * number stands outside its link stays) or follow a heading's words (a converted page's permalink "#" and
     * back-to-contents "TOC"): both are left out.
     */
    private void flush() {
        String t = text.toString();
        if (!internalLinks.isEmpty()) {
            t = level > 0 ? withoutTrailingLinks(t) : onlyLinks(t) ? "" : t;
        }
        t = t.strip();
        text.setLength(0);
        internalLinks.clear();
        linkStart = -1;
        if (!t.isEmpty()) {
            items.add(new Item(level, t));
            headings |= level > 0;
        }
        level = 0;
    }

    /** Whether every letter and digit of {@code t} is the text of a link to a place in the same document. */
    private boolean onlyLinks(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i)) && !inLink(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code t} without the in-document links after its last letter or digit outside a link ("1.1 What is a mailing
     * list?# TOC"): a link within the heading's words ("Changes to <a>Membership</a> fees") stays. A heading that is
     * a link itself keeps it and loses only later links without a letter or digit (a permalink "#" or "¶").
     */
    private String withoutTrailingLinks(String t) {
        int lastPlain = -1;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetterOrDigit(t.charAt(i)) && !inLink(i)) {
                lastPlain = i;
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            int[] span = linkAt(i);
            boolean drop = span != null && (lastPlain >= 0 ? i > lastPlain
                    : span != internalLinks.get(0) && t.substring(span[0], span[1]).codePoints()
                            .noneMatch(Character::isLetterOrDigit));
            if (!drop) {
                out.append(t.charAt(i));
            }
        }
        return out.toString();
    }

    private boolean inLink(int at) {
        return linkAt(at) != null;
    }

    /** The in-document link span holding the character at {@code at}, or null (a block holds a few links). */
    private int[] linkAt(int at) {
        for (int[] span : internalLinks) {
            if (span[0] <= at && at < span[1]) {
                return span;
            }
        }
        return null;
    }

    private static boolean isBlock(String name) {
        return switch (name) {
            case "p", "li", "td", "th", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol",
                 "blockquote", "pre" -> true;
            default -> false;
        };
    }

    private static int headingLevel(String name) {
        return name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))
                ? name.charAt(1) - '0' : 0;
    }
}
