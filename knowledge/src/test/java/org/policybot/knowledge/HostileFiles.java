package org.policybot.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.policybot.knowledge.model.Source;

/** Files a hostile or careless moderator might offer, made on the fly, and well-formed PDF and DOCX to damage. */
public final class HostileFiles {
    private HostileFiles() {
    }

    /** Every kind of bad file of issue 6, each named for what it is. */
    public static List<Source> all(long maxFileBytes) {
        return List.of(
                Source.of("noise.pdf", randomBytes(8192, 1)),
                Source.of("noise.docx", randomBytes(8192, 2)),
                Source.of("noise.html", randomBytes(8192, 3)),
                Source.of("cut.pdf", Arrays.copyOf(pdf(), pdf().length / 2)),
                Source.of("bomb.docx", zipBomb(64L * 1024 * 1024)),
                Source.of("deep.html", nestedHtml(100_000)),
                Source.of("empty.md", new byte[0]),
                Source.of("huge.txt", oversize(maxFileBytes + 1)));
    }

    public static byte[] randomBytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    /** A .docx-named ZIP whose word/document.xml inflates to {@code inflated} bytes of zeros. */
    public static byte[] zipBomb(long inflated) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < inflated; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] nestedHtml(int depth) {
        return ("<html><body>" + "<div>".repeat(depth) + "deep" + "</div>".repeat(depth) + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Plain text of {@code size} bytes: real sentences, only too many of them. */
    public static byte[] oversize(long size) {
        byte[] sentence = "Members report abuse to the moderators. ".getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[Math.toIntExact(size)];
        for (int i = 0; i < out.length; i++) {
            out[i] = sentence[i % sentence.length];
        }
        return out;
    }

    /** A one-page policy PDF. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                cs.setLeading(14);
                cs.newLineAtOffset(60, 720);
                for (String line : List.of("Parking policy", "", "Staff park in the north lot from seven to seven.",
                        "Visitors use the south lot and register their plate at reception.",
                        "Bicycles are stored in the locked shelter behind building B.")) {
                    cs.showText(line);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A DOCX with a heading and two paragraphs. */
    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Remote work policy");
            doc.createParagraph().createRun().setText("Employees may work from home two days a week when their"
                    + " manager agrees. Core hours are from ten to three.");
            doc.createParagraph().createRun().setText("Equipment bought for home offices is reimbursed up to three"
                    + " hundred euros once every three years.");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
