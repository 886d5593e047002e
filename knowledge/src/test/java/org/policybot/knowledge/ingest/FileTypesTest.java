package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.RejectedFileException;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Source;

/** The type of a file comes from its bytes, as moderators have files; the name only chooses among text formats. */
class FileTypesTest {
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private String refusal(String fileName, byte[] content) {
        RejectedFileException e = catchThrowableOfType(RejectedFileException.class,
                () -> ingestor.parse(Source.of(fileName, content)));
        assertThat(e).as("refusal of " + fileName).isNotNull();
        return e.reason();
    }

    @Test
    void licencesWithoutAnExtensionArePlainText() {
        // GIVEN the GPL-3 and MPL-2.0 as Debian ships them, and the Apache License saved as LICENSE
        // WHEN detected  THEN plain text ("MPL-2.0" has no real extension: ".0" names no type)
        assertThat(FileTypes.detect("GPL-3", Fixtures.resource("GPL-3"))).isEqualTo(Format.TEXT);
        assertThat(FileTypes.detect("MPL-2.0", Fixtures.resource("MPL-2.0"))).isEqualTo(Format.TEXT);
        assertThat(FileTypes.detect("LICENSE", Fixtures.resource("Apache-2.0.txt"))).isEqualTo(Format.TEXT);

        // AND they are read with their titles
        assertThat(ingestor.parse(Source.of("GPL-3", Fixtures.resource("GPL-3"))).title())
                .isEqualTo("GNU GENERAL PUBLIC LICENSE");
        assertThat(ingestor.parse(Source.of("MPL-2.0", Fixtures.resource("MPL-2.0"))).title())
                .isEqualTo("Mozilla Public License Version 2.0");
    }

    @Test
    void markdownWithoutAnExtensionIsRecognisedByItsMarks() {
        // GIVEN a Markdown code of conduct saved as CODE_OF_CONDUCT, and two plain texts that share a "*" bullet
        // and a setext underline with Markdown
        byte[] conduct = Fixtures.resource("corpus/code-of-conduct.md");
        byte[] plain = utf8("Rules\n=====\n\n* Be kind.\n* Report abuse.\n");

        // WHEN detected  THEN front matter and # headings make Markdown; the shared marks do not
        assertThat(FileTypes.detect("CODE_OF_CONDUCT", conduct)).isEqualTo(Format.MARKDOWN);
        assertThat(FileTypes.detect("RULES", plain)).isEqualTo(Format.TEXT);
        assertThat(FileTypes.detect("README", utf8("Intro\n\n## Scope\n\nAll spaces."))).isEqualTo(Format.MARKDOWN);
        assertThat(FileTypes.detect("README", utf8("See [the form](https://example.org/form)."))).isEqualTo(Format.MARKDOWN);
        ParsedDocument doc = ingestor.parse(Source.of("CODE_OF_CONDUCT", conduct));
        assertThat(doc.title()).isEqualTo("Lanternfish Project Code of Conduct");
    }

    @Test
    void htmlWithoutAnExtensionIsHtml() {
        // GIVEN a saved web page without an extension  WHEN detected  THEN HTML, main content only
        byte[] page = Fixtures.resource("corpus/privacy-notice.html");
        assertThat(FileTypes.detect("privacy", page)).isEqualTo(Format.HTML);
        assertThat(ingestor.parse(Source.of("privacy", page)).title()).isEqualTo("Privacy Notice");
    }

    @Test
    void aContainerUnderTheWrongNameIsReadForWhatItIs() {
        // GIVEN a PDF saved as .txt and a DOCX saved as .md and as .pdf
        byte[] pdf = Fixtures.pdf(Fixtures.PDF_LINES, null);
        byte[] docx = Fixtures.docx(List.of("# Volunteer Handbook", "Thank you for helping run the community."));

        // WHEN added  THEN the content decides
        assertThat(FileTypes.detect("report.txt", pdf)).isEqualTo(Format.PDF);
        assertThat(FileTypes.detect("handbook.md", docx)).isEqualTo(Format.DOCX);
        assertThat(FileTypes.detect("handbook.pdf", docx)).isEqualTo(Format.DOCX);
        assertThat(ingestor.parse(Source.of("report.txt", pdf)).blocks()).isNotEmpty()
                .anySatisfy(b -> assertThat(b.text()).startsWith("Members report harassment"));
        assertThat(ingestor.parse(Source.of("handbook.md", docx)).blocks()).singleElement()
                .satisfies(b -> assertThat(b.text()).isEqualTo("Thank you for helping run the community."));
    }

    @Test
    void aTextExtensionChoosesAmongTextFormats() {
        // GIVEN HTML source saved as .txt, and Markdown saved as .txt  WHEN detected  THEN the extension decides
        assertThat(FileTypes.detect("page.txt", utf8("<html><body><p>Hi</p></body></html>"))).isEqualTo(Format.TEXT);
        assertThat(FileTypes.detect("notes.txt", utf8("# Notes\n\nHi."))).isEqualTo(Format.TEXT);
        assertThat(FileTypes.detect("notes.MD", utf8("Hi."))).isEqualTo(Format.MARKDOWN);
    }

    @Test
    void otherKindsOfFileAreRefusedNamingWhatTheyAre() throws IOException {
        // GIVEN an image, a spreadsheet and a CSV file
        byte[] png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            book.createSheet("Rota").createRow(0).createCell(0).setCellValue("Saturday");
            book.write(xlsx);
        }

        // WHEN offered (under misleading or no names)  THEN each refusal says what the file is
        assertThat(refusal("policy", png)).startsWith("is a file of type image/png (Portable Network Graphics),"
                + " which the knowledge base does not read; supported: Markdown (.md, .markdown)");
        assertThat(refusal("rota.docx", xlsx.toByteArray()))
                .startsWith("is a file of type application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                        + " (Office Open XML Workbook)");
        assertThat(refusal("members.csv", utf8("name,role\nAda,moderator\n")))
                .startsWith("is a file of type text/csv, which the knowledge base does not read");
    }

    @Test
    void randomBytesWithoutATellingNameAreRefusedAsBinary() {
        // GIVEN random bytes named "notes"  WHEN offered  THEN the text decoder refuses them as binary data
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        assertThat(refusal("notes", noise)).startsWith("looks like binary data, not plain text");
    }
}
