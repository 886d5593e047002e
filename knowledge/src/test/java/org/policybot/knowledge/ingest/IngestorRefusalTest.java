package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.RejectedFileException;
import org.policybot.knowledge.model.Source;

/** Every kind of bad file is refused with one line that names the file and the reason. */
class IngestorRefusalTest {
    private static final long LIMIT = 20L * 1024 * 1024;
    private final Ingestor ingestor = new Ingestor(LIMIT);

    private RejectedFileException refuse(String fileName, byte[] content) {
        RejectedFileException e = catchThrowableOfType(RejectedFileException.class,
                () -> ingestor.parse(Source.of(fileName, content)));
        assertThat(e).as("refusal of " + fileName).isNotNull();
        assertThat(e.getMessage()).startsWith(fileName + ": ").doesNotContain("\n");
        assertThat(e.fileName()).isEqualTo(fileName);
        return e;
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }

    @Test
    void unsupportedTypeSaysWhatTheFileIsAndNamesTheSupportedOnes() {
        // GIVEN bytes nobody recognises, named as an executable  WHEN offered  THEN the name's type and the supported
        // types are given
        assertThat(refuse("setup.exe", new byte[] {1, 2, 3}).reason())
                .isEqualTo("unsupported file type \".exe\" (a file of type application/x-dosexec (DOS/Windows"
                        + " executable (EXE))); supported: Markdown (.md, .markdown), plain text (.txt, .text),"
                        + " reStructuredText (.rst, .rest), HTML (.html, .htm), PDF (.pdf), DOCX (.docx)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.md", "empty.pdf", "empty.docx", "empty.html"})
    void emptyFileIsRefused(String name) {
        // GIVEN 0 bytes  WHEN offered  THEN refused as empty
        assertThat(refuse(name, new byte[0]).reason()).isEqualTo("is empty (0 bytes)");
    }

    @Test
    void fileWithoutTextIsRefused() {
        // GIVEN whitespace only, and a page that is all navigation  WHEN offered  THEN refused: no text
        assertThat(refuse("blank.txt", " \n\t\n  ".getBytes(StandardCharsets.UTF_8)).reason())
                .isEqualTo("contains no text");
        assertThat(refuse("menu.html", "<html><body><nav>Home Blog</nav><footer>© 2024</footer></body></html>"
                .getBytes(StandardCharsets.UTF_8)).reason()).isEqualTo("contains no text");
    }

    @ParameterizedTest
    @ValueSource(strings = {"noise.txt", "noise.md", "noise.html"})
    void randomBytesAsTextAreRefusedAsBinary(String name) {
        // GIVEN random bytes with a text extension  WHEN offered  THEN refused as binary data
        assertThat(refuse(name, randomBytes(4096)).reason()).startsWith("looks like binary data, not ");
    }

    @Test
    void randomBytesAsPdfOrDocxAreRefusedByTheirMissingSignature() {
        // GIVEN random bytes named .pdf and .docx  WHEN offered  THEN the container check refuses them
        assertThat(refuse("noise.pdf", randomBytes(4096)).reason()).isEqualTo("is not a PDF file (no %PDF header)");
        assertThat(refuse("noise.docx", randomBytes(4096)).reason())
                .isEqualTo("is not a DOCX file (not a ZIP container)");
    }

    @Test
    void truncatedPdfIsRefused() {
        // GIVEN a real PDF cut in half
        byte[] pdf = Fixtures.pdf(Fixtures.PDF_LINES, null);
        byte[] half = Arrays.copyOf(pdf, pdf.length / 2);

        // WHEN offered  THEN refused as truncated
        assertThat(refuse("cut.pdf", half).reason()).contains("truncated or damaged PDF");
    }

    @Test
    void pdfWithGarbageBodyIsRefusedAsDamaged() {
        // GIVEN a file with a PDF header and end marker but random bytes between
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(randomBytes(8192));
        out.writeBytes("\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));

        // WHEN offered  THEN the parser's failure becomes a one-line reason
        assertThat(refuse("garbage.pdf", out.toByteArray()).reason()).startsWith("is damaged or not a valid PDF file (");
    }

    @Test
    void encryptedPdfIsRefused() {
        // GIVEN a PDF that needs a password to open  WHEN offered  THEN refused as encrypted
        assertThat(refuse("secret.pdf", Fixtures.pdf(Fixtures.PDF_LINES, "s3cret")).reason())
                .startsWith("is encrypted (password-protected)");
    }

    @Test
    void encryptedDocxIsRefused() {
        // GIVEN a Word document protected with a password  WHEN offered  THEN refused as encrypted
        byte[] locked = Fixtures.encrypted(Fixtures.docx(List.of("Secret plans.")), "s3cret");
        assertThat(refuse("locked.docx", locked).reason()).startsWith("is encrypted (password-protected)");
    }

    @Test
    void docxZipBombIsRefusedBeforeParsing() {
        // GIVEN a few-megabyte .docx whose document.xml inflates to 2 GiB
        byte[] bomb = Fixtures.zipBomb(2L * 1024 * 1024 * 1024);
        assertThat(bomb.length).isLessThan(15 * 1024 * 1024);

        // WHEN offered  THEN refused as a zip bomb after bounded inflation
        assertThat(refuse("bomb.docx", bomb).reason()).contains("when unzipped").endsWith("refusing a possible zip bomb");
    }

    @Test
    void zipWithoutWordDocumentIsRefused() throws IOException {
        // GIVEN a ZIP named .docx that holds no word/document.xml
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("notes.txt"));
            zip.write("just notes".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        // WHEN offered  THEN refused with the reason
        assertThat(refuse("notes.docx", bytes.toByteArray()).reason())
                .isEqualTo("is not a Word document (no word/document.xml inside)");
    }

    @Test
    void deeplyNestedHtmlIsRefusedWithoutStackOverflow() {
        // GIVEN 100,000 nested <div> elements
        String html = "<html><body>" + "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000) + "</body></html>";

        // WHEN offered  THEN refused by the depth limit (no StackOverflowError)
        assertThat(refuse("deep.html", html.getBytes(StandardCharsets.UTF_8)).reason())
                .matches("HTML is nested \\d+ levels deep; the limit is " + HtmlParser.MAX_DEPTH);
    }

    @Test
    void fileOverTheLimitIsRefusedWithBothSizes() {
        // GIVEN 25.3 MB of text against a 20 MB limit  WHEN offered  THEN both sizes are in the reason
        byte[] big = new byte[(int) (25.3 * 1024 * 1024)];
        Arrays.fill(big, (byte) 'a');
        assertThat(refuse("huge.txt", big).reason()).isEqualTo("is 25.3 MB; the limit is 20 MB");
    }

    @Test
    void textNamedAsAContainerIsRefusedWithWhatItHolds() {
        // GIVEN a web page and a text saved under .pdf and .docx names (a failed download, a wrong export)
        byte[] page = "<!DOCTYPE html><html><body><p>Sign in</p></body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] text = "Members must be kind.".getBytes(StandardCharsets.UTF_8);

        // WHEN offered  THEN refused, saying what the bytes are
        assertThat(refuse("policy.pdf", page).reason())
                .isEqualTo("is not a PDF file (no %PDF header; it holds HTML); give it the right extension");
        assertThat(refuse("policy.docx", text).reason())
                .isEqualTo("is not a DOCX file (not a ZIP container; it holds text); give it the right extension");
    }
}
