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
}
