package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects Tika's XHTML body as paragraphs and headings (h1-h6), counting characters: past the limit it stops
 * the parse, so a huge or hostile file cannot fill memory.
 */
final class BlockHandler extends DefaultHandler {
    /** One paragraph ({@code level == 0}) or heading (level 1-6). */
    record Item(int level, String text) {
    }

    private final int maxChars;
    private final List<Item> items = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private int level;
    private int bodyDepth;
    private long chars;
    private boolean limitReached;
    private boolean headings;

    BlockHandler(int maxChars) {
        this.maxChars = maxChars;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            bodyDepth++;
        } else if (isBlock(name)) {
            flush();
            level = headingLevel(name);
        } else if (name.equals("br")) {
            text.append('\n');
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        String name = localName.isEmpty() ? qName : localName;
        if (name.equals("body")) {
            flush();
            bodyDepth--;
        } else if (isBlock(name)) {
            flush();
        }
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
        text.append(ch, start, length);
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

    private void flush() {
        String t = text.toString().strip();
        text.setLength(0);
        if (!t.isEmpty()) {
            items.add(new Item(level, t));
            headings |= level > 0;
        }
        level = 0;
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
