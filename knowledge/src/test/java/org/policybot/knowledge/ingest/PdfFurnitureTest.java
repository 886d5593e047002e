package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class PdfFurnitureTest {
    private static final String FOOTER = "Acme Makers - House Rules - page %d";

    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    private List<Passage> passages(ParsedDocument doc) {
        return new Splitter().split("house-rules", doc);
    }

    private static String allText(List<Passage> passages) {
        return String.join("\n", passages.stream().map(Passage::text).toList());
    }

    @Test
    void aRunningFooterAndPageNumbersAreDroppedAndASentenceCutByThePageIsWholeAgain() {
        // GIVEN three pages with a footer naming the document and its page, and a bare page number at the top; a
        // sentence runs from the foot of page 1 onto page 2
        byte[] pdf = Fixtures.pagedPdf(List.of(
                List.of("House Rules", "", "1. Refunds", "",
                        "Refunds are paid within ten working days of the request.",
                        "Refunds for gift memberships"),
                List.of("are paid to the person who bought the gift, not to the person who received it.",
                        "", "2. Guests", "",
                        "Members may bring two guests a month."),
                List.of("3. Tools", "", "Red tools are never used alone.")), FOOTER);

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("house-rules.pdf", pdf));
        List<Passage> passages = passages(doc);

        // THEN no passage holds the footer or a page number, and the cut sentence reads as one
        String text = allText(passages);
        assertThat(text).doesNotContain("Acme Makers - House Rules").doesNotContainPattern("(?m)^\\d$");
        assertThat(text).contains("Refunds for gift memberships are paid to the person who bought the gift");
        assertThat(doc.title()).isEqualTo("House Rules");
        assertThat(StructureChecks.labels(passages)).containsExactly("1. Refunds", "2. Guests", "3. Tools");
    }

    @Test
    void aLineAtThePageEdgeThatDoesNotRepeatIsText() {
        // GIVEN a single page whose first and last lines are text (no running line can repeat on one page)
        byte[] pdf = Fixtures.pagedPdf(List.of(
                List.of("Members may bring two guests a month.", "Guests sign the visitor book.",
                        "Guests under 16 stay with their host at all times.")), "Printed for members");

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("house-rules.pdf", pdf));
        String text = doc.title() + "\n" + allText(passages(doc));

        // THEN every line of text is kept (the footer, first in the content stream, names the document); only the
        // page number goes
        assertThat(text).doesNotContainPattern("(?m)^1$").contains("Members may bring two guests a month.",
                "Guests sign the visitor book.",
                "Guests under 16 stay with their host at all times.", "Printed for members");
    }
    @Test
    void aLoneNumberAtAPageFootThatIsNotItsPageNumberIsText() {
        // GIVEN three pages without page numbers, the second ending in a line holding only "3" (a band of a list
        // of bands that the page cut), the others in text
        List<List<Fixtures.Placed>> pages = List.of(
                List.of(new Fixtures.Placed(60, 780, 10, "Fees depend on the band a member is in."),
                        new Fixtures.Placed(60, 760, 10, "Bands are reviewed every year.")),
                List.of(new Fixtures.Placed(60, 780, 10, "Band 2 is for students and carers."),
                        new Fixtures.Placed(60, 760, 10, "The band for walking football players is band"),
                        new Fixtures.Placed(60, 100, 10, "3")),
                List.of(new Fixtures.Placed(60, 780, 10, "Referees play free of charge."),
                        new Fixtures.Placed(60, 760, 10, "Every player completes a profile.")));

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("fees.pdf", Fixtures.placedPages(pages)));
        String text = allText(passages(doc));

        // THEN the lone "3" is kept: it is not page 2's number, and no other page's number runs with it
        assertThat(text).containsPattern("(?m)(^|\\s)3($|\\s|\\.)");
    }
}
