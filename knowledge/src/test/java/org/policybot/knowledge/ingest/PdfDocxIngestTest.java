package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class PdfDocxIngestTest {
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    @Test
    void pdfGivesNumberedSectionsAndRepairsHyphenation() {
        // GIVEN a PDF made with PDFBox: numbered headings and a word hyphenated at a line break
        byte[] pdf = Fixtures.pdf(Fixtures.PDF_LINES, null);

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("moderation.pdf", pdf));
        List<Passage> passages = new Splitter().split("moderation", doc);

        // THEN the clauses are sections, the hyphenated word is whole, and lines are re-joined
        assertThat(doc.title()).isEqualTo("Community Moderation Policy");
        assertThat(passages).extracting(Passage::sectionLabel)
                .containsExactly("1. Purpose", "2. Reporting Abuse", "3. Appeals");
        assertThat(passages.get(0).text()).contains("Good governance depends on clear rules")
                .doesNotContain("gover-").doesNotContain("\n");
        assertThat(passages.get(1).text()).startsWith("Members report harassment")
                .contains("messaging any moderator directly.");
    }

    @Test
    void pdfWithoutParagraphGapsStillFindsHeadings() {
        // GIVEN the same policy set solid, so the extractor returns one block of lines
        byte[] pdf = Fixtures.pdf(Fixtures.PDF_LINES.stream().filter(l -> !l.isEmpty()).toList(), null);

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("solid.pdf", pdf));

        // THEN heading lines after a sentence end still start sections
        assertThat(doc.title()).isEqualTo("Community Moderation Policy");
        assertThat(doc.blocks()).extracting(Block::sectionPath)
                .containsExactly(List.of("1. Purpose"), List.of("2. Reporting Abuse"), List.of("3. Appeals"));
        assertThat(doc.blocks().get(2).text()).isEqualTo("A member who was muted or banned may appeal once by writing"
                + " to the appeals address. A different moderator reviews the appeal and the decision is final.");
    }

    @Test
    void aFilesCreationDateIsNotThePolicysPublicationDate() {
        // GIVEN a PDF and a DOCX whose files were made on 2026-12-01 (their CreationDate and dcterms:created), the
        // DOCX naming its author
        byte[] pdf = Fixtures.resource("corpus/moderation-and-appeals.pdf");
        byte[] docx = Fixtures.resource("corpus/ai-and-data-use-policy.docx");

        // WHEN they are ingested
        ParsedDocument fromPdf = ingestor.parse(Source.of("moderation-and-appeals.pdf", pdf));
        ParsedDocument fromDocx = ingestor.parse(Source.of("ai-and-data-use-policy.docx", docx));

        // THEN neither says it was published that day; the author is still read
        assertThat(fromPdf.published()).isEmpty();
        assertThat(fromDocx.published()).isEmpty();
        assertThat(fromDocx.author()).isEqualTo("Technical Steering Committee");
    }

    @Test
    void docxHeadingStylesGiveTheSections() {
        // GIVEN a Word document with Heading 1 / Heading 2 styles
        byte[] docx = Fixtures.docx(List.of("# Volunteer Handbook", "Thank you for helping run the community.",
                "# Shifts", "## Weekends", "Weekend shifts last four hours and start at nine.",
                "## Holidays", "Holiday shifts are voluntary and count double."));

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("Volunteer Handbook.docx", docx));

        // THEN headings become section paths; the first Heading 1, being the title, is not a section
        assertThat(doc.title()).isEqualTo("Volunteer Handbook");
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of(), "Thank you for helping run the community."),
                org.assertj.core.groups.Tuple.tuple(List.of("Shifts", "Weekends"),
                        "Weekend shifts last four hours and start at nine."),
                org.assertj.core.groups.Tuple.tuple(List.of("Shifts", "Holidays"),
                        "Holiday shifts are voluntary and count double."));
    }

    @Test
    void aWordPageHeaderAndFooterAreNoPartOfTheText() {
        // GIVEN a Word document whose every page carries a header and a footer
        byte[] docx = Fixtures.docxWithHeaderAndFooter(List.of("# Volunteer Handbook",
                "Thank you for helping run the community.", "# Shifts", "Weekend shifts last four hours."),
                "Acme Ltd - CONFIDENTIAL - v2.3", "Page 1 of 3");

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("Volunteer Handbook.docx", docx));

        // THEN the title is the document's and no block holds the header or the footer
        assertThat(doc.title()).isEqualTo("Volunteer Handbook");
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Thank you for helping run the community.",
                "Weekend shifts last four hours.");
    }

    @Test
    void aPolicyPdfKeepsClausesUnderTheirOwnSectionAndRejoinsLinesTheLayoutCut() {
        // GIVEN a 5-page policy PDF made from HTML: numbered sections, clauses with run-in titles, lettered items,
        // an item broken across a page
        ParsedDocument doc = ingestor.parse(Source.of("moderation-and-appeals.pdf",
                Fixtures.resource("corpus/moderation-and-appeals.pdf")));
        List<Passage> passages = new Splitter().split("moderation", doc);

        // THEN numbered headings nest, and "3.2. Open calls" is filed under 3, not under the heading 3.1
        assertThat(StructureChecks.labels(passages)).contains("1. Purpose", "3. Selection of Moderators › 3.1."
                + " Eligibility", "5. Moderator Powers › 5.1 Discord", "9. Emergency Powers › 9.4. Duration");
        StructureChecks.numbersNest(passages);
        assertThat(passages).filteredOn(p -> p.text().contains("3.2. Open calls."))
                .singleElement().satisfies(p -> assertThat(p.sectionLabel()).isEqualTo("3. Selection of Moderators"));
        // AND each item is one paragraph, the one cut by the page break whole again
        assertThat(passages).anySatisfy(p -> assertThat(p.text().split("\n\n")).contains("b. time out a member for"
                + " up to 7 days (the Discord platform allows longer timeouts, but this Policy limits them to 7 days);"));
    }

    @Test
    void aPdfPrintedFromHtmlKeepsItsListNumbersAndLosesItsPermalinkSigns() {
        // GIVEN a page printed by WeasyPrint 57.2 from ingest/pdf/ordered-list.html: a heading whose Sphinx
        // permalink "¶" was printed as text, and an ordered list, whose numbers the renderer draws after the page's text
        ParsedDocument doc = ingestor.parse(Source.of("ordered-list.pdf", Fixtures.resource("pdf/ordered-list.pdf")));
        List<Passage> passages = new Splitter().split("release", doc);

        // THEN each item keeps its number at its start, and the section is named without the sign
        assertThat(passages).singleElement().satisfies(p -> {
            assertThat(p.sectionLabel()).isEqualTo("Actually rolling the release");
            assertThat(p.text().split("\n\n")).contains("1. Push your work, including the tag, to the main repository.",
                    "2. Make sure you have an absolutely clean tree before building anything.");
        });
    }

    @Test
    void aWordDocumentsLinksWithinItselfAreNavigationInItsContentsAndHeadings() {
        // GIVEN a docx made by pandoc 2.17 from ingest/docx/faq-with-contents.html: a table of contents whose entries
        // link to the headings, and headings followed by a permalink "#" and a back-to-contents "TOC" link
        ParsedDocument doc = ingestor.parse(Source.of("faq.docx", Fixtures.resource("docx/faq-with-contents.docx")));
        List<Passage> passages = new Splitter().split("faq", doc);

        // THEN the contents are no passage, the headings are named without their links, and a link within a
        // sentence stays part of it
        assertThat(passages).extracting(Passage::sectionLabel).containsExactly(
                "Mailing List FAQ › 1 Subscribing › 1.1 How do I subscribe?",
                "Mailing List FAQ › 1 Subscribing › 1.2 How do I unsubscribe?", "Mailing List FAQ › 2 Moderation");
        assertThat(passages.get(0).text()).endsWith(
                "Send an empty message to the list's request address. See How do I unsubscribe? to leave.")
                .doesNotContain("TOC", "#");
    }

    @Test
    void aWordDocumentsTablesReadAsRowsWithTheirColumnsNamed() {
        // GIVEN a DOCX made by pandoc: a document-control table without header markup, an approval table of three
        // columns, a Subtitle line
        ParsedDocument doc = ingestor.parse(Source.of("ai-and-data-use-policy.docx",
                Fixtures.resource("corpus/ai-and-data-use-policy.docx")));
        List<Passage> passages = new Splitter().split("ai", doc);

        // THEN the tables read as sentences, and the subtitle is text, not a section
        List<String> rows = passages.stream().flatMap(p -> List.of(p.text().split("\n")).stream()).toList();
        assertThat(rows).contains("Document owner: Technical Steering Committee.",
                "Type of change: Any change to this Policy; Technical Steering Committee: Two-thirds of all TSC"
                        + " members (at least 6 of 9); Board: Simple majority of the Directors present at a quorate"
                        + " meeting.");
        assertThat(StructureChecks.labels(passages)).doesNotContain("Lanternfish Project and Lanternfish Foundation")
                .contains("7. Governance");
        StructureChecks.numbersNest(passages);
    }
}
