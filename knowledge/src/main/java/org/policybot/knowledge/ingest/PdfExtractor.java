package org.policybot.knowledge.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.policybot.knowledge.RejectedFileException;

/**
 * PDFs through PDFBox (the library Tika reads PDFs with), so the text keeps what its type says: headings set apart
 * by size or weight ({@link PdfLines}, {@link PdfLayout}) start sections; running headers, footers and page numbers
 * are dropped ({@link PdfFurniture}); the paragraphs between go through the plain-text rules (lists, clauses,
 * hard-wrapped lines), after paragraphs cut by a page break are joined again.
 * Text stops at {@value TikaExtractor#MAX_CHARS} characters, so memory stays bounded.
 */
final class PdfExtractor {
    private static final int EOF_WINDOW = 2048;

    private PdfExtractor() {
    }

    static DocumentBuilder parse(String fileName, byte[] bytes) {
        checkPdfEnd(fileName, bytes);
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            List<PlainTextParser.Chunk> chunks = Rejoiner.rejoin(PdfLayout.chunks(
                    PdfFurniture.strip(PdfLines.read(pdf, TikaExtractor.MAX_CHARS))));
            boolean titled = chunks.stream().anyMatch(c -> c.heading() == 1);
            DocumentBuilder doc = new DocumentBuilder();
            PlainTextParser.read(chunks, doc, !titled);
            metadata(pdf.getDocumentInformation(), doc);
            return doc;
        } catch (InvalidPasswordException e) {
            throw TikaExtractor.encrypted(fileName, e);
        } catch (PdfLines.LimitReachedException e) {
            throw TikaExtractor.tooLong(fileName, e);
        } catch (IOException | RuntimeException e) {
            if (TikaExtractor.isEncryption(e)) {
                throw TikaExtractor.encrypted(fileName, e);
            }
            throw TikaExtractor.damaged(fileName, Format.PDF, e);
        }
    }

    /**
     * The document properties: a usable title overrides the one read from the text; author. The file's creation
     * date is not the policy's publication date (see {@link TikaExtractor}), so it is not read.
     */
    private static void metadata(PDDocumentInformation info, DocumentBuilder doc) {
        String title = TikaExtractor.usableTitle(info.getTitle());
        if (!title.isEmpty()) {
            doc.title(title);
        }
        if (info.getAuthor() != null) {
            doc.author(info.getAuthor());
        }
    }

    /** A PDF ends with "%%EOF"; one without it was cut short (a failed download, a truncated upload). */
    private static void checkPdfEnd(String fileName, byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new RejectedFileException(fileName, "is a truncated or damaged PDF (no end-of-file marker)");
        }
    }
}
