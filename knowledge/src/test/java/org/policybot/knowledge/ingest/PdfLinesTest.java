package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

class PdfLinesTest {
    /**
     * A page set in DejaVu Sans (Debian's fonts-dejavu-core; Bitstream Vera licence, which allows embedding) by
     * PDFBox 3.0.7, whose text layout joins "fi", "fl", "ffi" and "ff" into ligature glyphs (U+FB00-FB03), as
     * typesetters do: a sentence, then a two-column table.
     */
    private static final String LIGATURES = "/ingest/pdf/ligatures.pdf";

    private static List<PdfLines.Line> lines(String resource) throws IOException {
        try (InputStream in = PdfLinesTest.class.getResourceAsStream(resource);
             PDDocument pdf = Loader.loadPDF(in.readAllBytes())) {
            return PdfLines.read(pdf, 100_000);
        }
    }

    @Test
    void ligaturesAreReadAsTheirLettersInLinesCellsAndWords() throws IOException {
        // GIVEN a PDF whose words are drawn with ligature glyphs
        // WHEN its lines are read
        List<PdfLines.Line> lines = lines(LIGATURES);

        // THEN the text, each table cell and each word hold plain letters, so they match what members type
        assertThat(lines.get(0).text()).contains("The first floor office is open");
        List<String> cells = lines.stream().flatMap(l -> l.segments().stream()).map(PdfLines.Segment::text).toList();
        assertThat(cells).contains("Office", "Staff and first aiders", "Workflow room");
        assertThat(lines.get(2).segments().get(1).words()).extracting(PdfLines.Word::text)
                .containsExactly("Staff", "and", "first", "aiders");
        assertThat(String.join(" ", cells)).doesNotContainPattern("[\\uFB00-\\uFB06]");
    }

    @Test
    void aSegmentsWordsStandWhereTheirInkDoes() throws IOException {
        // GIVEN the same page's table, whose second column starts 200 points from the page's left edge
        // WHEN its lines are read
        PdfLines.Segment cell = lines(LIGATURES).get(2).segments().get(1);

        // THEN the cell's words start at its left and run left to right within it
        List<PdfLines.Word> words = cell.words();
        assertThat(words.get(0).left()).isEqualTo(cell.left());
        assertThat(words.get(words.size() - 1).right()).isEqualTo(cell.right());
        for (int i = 1; i < words.size(); i++) {
            assertThat(words.get(i).left()).isGreaterThan(words.get(i - 1).right());
        }
    }

    @Test
    void aListNumberDrawnApartJoinsItsItem() throws IOException {
        // GIVEN a page printed from HTML (ordered-list.html) whose list numbers are drawn after the page's text
        // WHEN its lines are read
        List<PdfLines.Line> lines = lines("/ingest/pdf/ordered-list.pdf");

        // THEN each number opens its item's line, in the item's place, and no number is left on a line of its own
        assertThat(lines).extracting(PdfLines.Line::text).map(String::strip).containsSubsequence(
                "Do these steps in order, one after the other.",
                "1. Push your work, including the tag, to the main repository.",
                "2. Make sure you have an absolutely clean tree before building anything.",
                "3. Generate the release packages; this creates the packages in a dist folder.",
                "Then tell the release team.");
        assertThat(lines).noneSatisfy(l -> assertThat(l.text().strip()).matches("\\d+\\."));
        PdfLines.Line item = lines.stream().filter(l -> l.text().startsWith("2.")).findFirst().orElseThrow();
        assertThat(item.segments()).hasSize(1);
        assertThat(item.segments().get(0).words().get(0).text()).isEqualTo("2.");
        assertThat(item.left()).isEqualTo(item.segments().get(0).left());
    }

    /** A line at {@code left} and {@code baseline}; "|" parts its cells, 40 points apart. */
    private static PdfLines.Line line(String text, int page, float left, float baseline) {
        List<PdfLines.Segment> segments = new java.util.ArrayList<>();
        float at = left;
        for (String part : text.split("\\|")) {
            float right = at + part.length() * 5;
            segments.add(new PdfLines.Segment(List.of(new PdfLines.Word(part, at, right))));
            at = right + 40;
        }
        return new PdfLines.Line(text.replace("|", " "), true, null, page, left, at - 40, left + 10, 10, baseline,
                List.copyOf(segments), 800);
    }

    @Test
    void aMarkerJoinsOnlyTheLineJustToItsRightOnItsPageAndBaseline() {
        // GIVEN an item and its number drawn apart, a dot before a table row's cells, and a number on another page
        // (as PDFBox gives them: page by page, the numbers after their page's text)
        List<PdfLines.Line> lines = List.of(line("Check the tree is clean.", 1, 80, 100),
                line("Included|Excluded", 1, 80, 200), line("9.", 1, 68, 100), line("\u25CF", 1, 72, 200),
                line("Other page text.", 2, 80, 100), line("4.", 2, 68, 300));

        // WHEN the markers are joined
        List<PdfLines.Line> joined = PdfLines.joinMarkers(lines);

        // THEN the number opens its item; the table row and the lone number elsewhere stay as they were
        assertThat(joined).extracting(PdfLines.Line::text).containsExactly("9. Check the tree is clean.",
                "Included Excluded", "\u25CF", "Other page text.", "4.");
    }
}
