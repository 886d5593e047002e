package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class BlockHandlerTest {
    private static final AttributesImpl NONE = new AttributesImpl();

    private static void element(BlockHandler h, String name, String text) throws SAXException {
        h.startElement("", name, name, NONE);
        h.characters(text.toCharArray(), 0, text.length());
        h.endElement("", name, name);
    }

    @Test
    void collectsBodyParagraphsAndHeadingsOnly() throws SAXException {
        // GIVEN Tika-style XHTML events with a head title, a heading and two paragraphs
        BlockHandler h = new BlockHandler(1000);
        element(h, "title", "Head title");
        h.startElement("", "body", "body", NONE);
        element(h, "h2", "Scope");
        element(h, "p", "First paragraph.");
        element(h, "p", "   ");
        element(h, "p", "Second paragraph.");
        h.endElement("", "body", "body");

        // THEN the head is ignored, empty paragraphs dropped, and heading levels kept
        assertThat(h.items()).containsExactly(new BlockHandler.Item(2, "Scope"),
                new BlockHandler.Item(0, "First paragraph."), new BlockHandler.Item(0, "Second paragraph."));
        assertThat(h.hasHeadings()).isTrue();
    }

    @Test
    void stopsTheParseAtTheCharacterLimit() throws SAXException {
        // GIVEN a handler limited to 20 characters
        BlockHandler h = new BlockHandler(20);
        h.startElement("", "body", "body", NONE);
        element(h, "p", "twelve chars");

        // WHEN more text arrives than the limit allows  THEN it stops the parse and says so
        assertThatThrownBy(() -> element(h, "p", "another twelve")).isInstanceOf(SAXException.class)
                .hasMessageContaining("limit of 20 characters");
        assertThat(h.limitReached()).isTrue();
    }

    @Test
    void tablesAreCollectedAsRowsOfCellsWithTheirHeaderMarked() throws SAXException {
        // GIVEN a table with a header row of th cells, a cell holding two paragraphs, and an empty cell
        BlockHandler h = new BlockHandler(1000);
        h.startElement("", "body", "body", NONE);
        element(h, "p", "Before.");
        h.startElement("", "table", "table", NONE);
        h.startElement("", "tr", "tr", NONE);
        element(h, "th", "Data");
        element(h, "th", "Kept");
        h.endElement("", "tr", "tr");
        h.startElement("", "tr", "tr", NONE);
        h.startElement("", "td", "td", NONE);
        element(h, "p", "Server");
        element(h, "p", "logs");
        h.endElement("", "td", "td");
        element(h, "td", "");
        h.endElement("", "tr", "tr");
        h.endElement("", "table", "table");
        element(h, "p", "After.");
        h.endElement("", "body", "body");

        // THEN the table is one item between the paragraphs, its cells whole and in place
        assertThat(h.items()).containsExactly(new BlockHandler.Item(0, "Before."),
                new BlockHandler.Item(0, "", java.util.List.of(java.util.List.of("Data", "Kept"),
                        java.util.List.of("Server logs", "")), true),
                new BlockHandler.Item(0, "After."));
    }

    @Test
    void aSubtitleIsAParagraphNotASection() throws SAXException {
        // GIVEN Word's Subtitle style, which Tika writes as h2 class="subtitle"
        BlockHandler h = new BlockHandler(1000);
        h.startElement("", "body", "body", NONE);
        AttributesImpl subtitle = new AttributesImpl();
        subtitle.addAttribute("", "class", "class", "CDATA", "subtitle");
        h.startElement("", "h2", "h2", subtitle);
        h.characters("Project and Foundation".toCharArray(), 0, 22);
        h.endElement("", "h2", "h2");
        h.endElement("", "body", "body");

        // THEN it is a paragraph
        assertThat(h.items()).containsExactly(new BlockHandler.Item(0, "Project and Foundation"));
        assertThat(h.hasHeadings()).isFalse();
    }

    /** Events of a block: text runs, and "[#anchor|text]" for a link to an anchor of the same document. */
    private static void block(BlockHandler h, String name, String... runs) throws SAXException {
        h.startElement("", name, name, NONE);
        for (String run : runs) {
            if (run.startsWith("[#")) {
                AttributesImpl href = new AttributesImpl();
                href.addAttribute("", "href", "href", "CDATA", run.substring(1, run.indexOf('|')));
                String text = run.substring(run.indexOf('|') + 1, run.length() - 1);
                h.startElement("", "a", "a", href);
                h.characters(text.toCharArray(), 0, text.length());
                h.endElement("", "a", "a");
            } else {
                h.characters(run.toCharArray(), 0, run.length());
            }
        }
        h.endElement("", name, name);
    }

    @Test
    void linksWithinTheDocumentAreNavigationOnlyWhereTheyHoldAParagraphOrFollowAHeading() throws SAXException {
        // GIVEN a contents entry, headings with a permalink and a back-to-contents link, a heading with a link among
        // its words, a heading that is a link, and a sentence with a link
        BlockHandler h = new BlockHandler(1000);
        h.startElement("", "body", "body", NONE);
        block(h, "p", "· ", "[#fees|2 Fees]");
        block(h, "p", "3. ", "[#appeals|Appeals]");
        block(h, "h2", "2 Fees", "[#fees|#]", " ", "[#toc-fees|TOC]");
        block(h, "h3", "Changes to ", "[#members|Membership]", " fees");
        block(h, "h3", "[#refunds|Refunds]", "[#refunds|¶]");
        block(h, "p", "See ", "[#appeals|Appeals]", " to challenge a decision.");
        h.endElement("", "body", "body");

        // THEN the entry whose words are all linked is dropped (one numbered outside its link stays), the headings
        // lose only the links after their words, and the sentence keeps its link's text
        assertThat(h.items()).containsExactly(new BlockHandler.Item(0, "3. Appeals"),
                new BlockHandler.Item(2, "2 Fees"), new BlockHandler.Item(3, "Changes to Membership fees"),
                new BlockHandler.Item(3, "Refunds"), new BlockHandler.Item(0, "See Appeals to challenge a decision."));
    }
}
