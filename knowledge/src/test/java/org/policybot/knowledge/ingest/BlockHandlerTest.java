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
}
