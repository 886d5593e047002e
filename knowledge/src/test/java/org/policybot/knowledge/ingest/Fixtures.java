package org.policybot.knowledge.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTString;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** Test files made on the fly: PDFs with PDFBox, DOCX with POI, a DOCX zip bomb, test resources by name. */
final class Fixtures {
    /** Lines of the generated policy PDF; "" is a paragraph gap. The first body paragraph breaks "gover-nance". */
    static final List<String> PDF_LINES = List.of(
            "Community Moderation Policy",
            "",
            "1. Purpose",
            "",
            "This policy explains how moderators keep the server a safe and welcoming place. Good gover-",
            "nance depends on clear rules that every member can read and understand before they post.",
            "",
            "2. Reporting Abuse",
            "",
            "Members report harassment, spam or threats with the report command or by messaging any",
            "moderator directly. Moderators answer every report within twenty-four hours and keep the",
            "name of the reporting member confidential.",
            "",
            "3. Appeals",
            "",
            "A member who was muted or banned may appeal once by writing to the appeals address. A",
            "different moderator reviews the appeal and the decision is final.");

    private Fixtures() {
    }

    static byte[] resource(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/ingest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource ingest/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(List<String> lines, String userPassword) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.setLeading(14);
                cs.newLineAtOffset(60, 780);
                for (String line : lines) {
                    if (line.isEmpty()) {
                        cs.newLineAtOffset(0, -10);
                    } else {
                        cs.showText(line);
                    }
                    cs.newLine();
                }
                cs.endText();
            }
            doc.getDocumentInformation().setTitle("Community Moderation Policy");
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF set the way a word processor or browser sets a policy: lines starting "# " in 20 pt bold (the title),
     * "## " in 14 pt bold, "### " in 10 pt bold (the body's size), "* " with a bold lead-in word, "| " as a table
     * row of 10 pt bold cells with wide gaps between them (cells parted by "|"); other lines in 10 pt regular, "" a
     * paragraph gap. Headings sit right above their text, with no gap, as in HTML printed to PDF.
     */
    static byte[] typesetPdf(List<String> lines) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 790;
                for (String line : lines) {
                    if (line.isEmpty()) {
                        y -= 8;
                        continue;
                    }
                    float size = line.startsWith("# ") ? 20 : line.startsWith("## ") ? 14 : 10;
                    y -= size * 1.4f;
                    if (line.startsWith("| ")) {
                        float x = 60;
                        for (String cell : line.substring(2).split("\\|")) {
                            show(cs, bold, 10, x, y, cell.strip());
                            x += 160;
                        }
                    } else if (line.startsWith("* ")) {
                        String[] words = line.substring(2).split(" ", 2);
                        show(cs, bold, 10, 60, y, words[0]);
                        show(cs, regular, 10, 60 + bold.getStringWidth(words[0] + " ") / 100, y, words[1]);
                    } else {
                        String text = line.replaceFirst("^#+ ", "");
                        show(cs, line.startsWith("#") ? bold : regular, size, 60, y, text);
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A PDF of several A4 pages in 10 pt type, one list of lines a page, with page furniture as word processors set
     * it: {@code footer} (its "%d" the page number) at the bottom of every page, drawn before the page's text so it
     * comes first in the content stream, and the bare page number at the top right, drawn last.
     */
    static byte[] pagedPdf(List<List<String>> pages, String footer) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int n = 1; n <= pages.size(); n++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    show(cs, regular, 8, 60, 40, footer.formatted(n));
                    float y = 780;
                    for (String line : pages.get(n - 1)) {
                        y -= line.isEmpty() ? 8 : 14;
                        if (!line.isEmpty()) {
                            show(cs, regular, 10, 60, y, line);
                        }
                    }
                    show(cs, regular, 8, 520, 810, Integer.toString(n));
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A piece of text placed on a page: where its baseline starts, in points from the page's bottom left; in
     * Helvetica, bold or not.
     */
    record Placed(float x, float y, float size, boolean bold, String text) {
        Placed(float x, float y, float size, String text) {
            this(x, y, size, false, text);
        }

        /** How wide {@code text} is set in {@code size} points of regular ({@code bold}: bold) Helvetica. */
        static float width(String text, float size, boolean bold) {
            try {
                return font(bold).getStringWidth(text) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static PDType1Font font(boolean bold) {
            return new PDType1Font(bold ? Standard14Fonts.FontName.HELVETICA_BOLD : Standard14Fonts.FontName.HELVETICA);
        }
    }

    /** A one-page PDF drawing {@code pieces} in the order given (a table printed from HTML draws cell by cell). */
    static byte[] placedPdf(List<Placed> pieces) {
        return placedPages(List.of(pieces));
    }

    /** Like {@link #placedPdf}, one list of pieces a page. */
    static byte[] placedPages(List<List<Placed>> pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (List<Placed> pieces : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Placed p : pieces) {
                        show(cs, Placed.font(p.bold()), p.size(), p.x(), p.y(), p.text());
                    }
                }
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    /** A Word document: entries starting "# " are Heading 1, "## " Heading 2, others body paragraphs. */
    static byte[] docx(List<String> paragraphs) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFStyles styles = doc.createStyles();
            styles.addStyle(headingStyle("Heading1", "heading 1"));
            styles.addStyle(headingStyle("Heading2", "heading 2"));
            for (String p : paragraphs) {
                var para = doc.createParagraph();
                if (p.startsWith("## ")) {
                    para.setStyle("Heading2");
                    para.createRun().setText(p.substring(3));
                } else if (p.startsWith("# ")) {
                    para.setStyle("Heading1");
                    para.createRun().setText(p.substring(2));
                } else {
                    para.createRun().setText(p);
                }
            }
            doc.getProperties().getCoreProperties().setTitle("Volunteer Handbook");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** As {@link #docx(List)}, with a page header and a page footer on every page. */
    static byte[] docxWithHeaderAndFooter(List<String> paragraphs, String header, String footer) {
        try (XWPFDocument doc = new XWPFDocument(new java.io.ByteArrayInputStream(docx(paragraphs)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText(header);
            doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT).createParagraph().createRun()
                    .setText(footer);
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docx} wrapped in Office's password protection (an OLE2 file holding an EncryptedPackage). */
    static byte[] encrypted(byte[] docx, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(docx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt the test document", e);
        }
    }

    private static XWPFStyle headingStyle(String id, String name) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        CTString n = CTString.Factory.newInstance();
        n.setVal(name);
        style.setName(n);
        return new XWPFStyle(style);
    }

    /**
     * A .docx-named ZIP whose "word/document.xml" inflates to {@code inflated} bytes of zeros: a hand-written
     * fixed-Huffman deflate stream of one literal and repeated 258-byte back-references (13 bits each), so
     * gigabytes cost a few megabytes and no time to make.
     */
    static byte[] zipBomb(long inflated) {
        long repeats = (inflated - 1) / 258;
        BitWriter bits = new BitWriter((int) (repeats * 13 / 8 + 64));
        bits.write(1, 1);          // BFINAL
        bits.write(1, 2);          // BTYPE = 01, fixed Huffman
        bits.huffman(0x30, 8);     // literal 0
        for (long i = 0; i < repeats; i++) {
            bits.huffman(0xC5, 8); // length code 285 = 258 bytes
            bits.huffman(0, 5);    // distance code 0 = 1 byte back
        }
        bits.huffman(0, 7);        // end of block
        byte[] deflated = bits.toBytes();
        byte[] name = "word/document.xml".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream zip = new ByteArrayOutputStream(deflated.length + 200);
        le(zip, 0x04034b50, 4);
        le(zip, 20, 2);
        le(zip, 0x0008, 2);        // sizes follow in a data descriptor
        le(zip, 8, 2);             // deflated
        le(zip, 0, 4);             // time, date
        le(zip, 0, 4);             // crc (unknown)
        le(zip, 0, 4);
        le(zip, 0, 4);
        le(zip, name.length, 2);
        le(zip, 0, 2);
        zip.writeBytes(name);
        zip.writeBytes(deflated);
        le(zip, 0x08074b50, 4);
        le(zip, 0, 4);
        le(zip, deflated.length, 4);
        le(zip, inflated & 0xFFFFFFFFL, 4);
        return zip.toByteArray();
    }

    private static void le(ByteArrayOutputStream out, long value, int bytes) {
        for (int i = 0; i < bytes; i++) {
            out.write((int) (value >>> (8 * i)) & 0xFF);
        }
    }

    /** Deflate's bit order: values LSB first, Huffman codes MSB first. */
    private static final class BitWriter {
        private final byte[] buf;
        private int bitPos;

        BitWriter(int capacity) {
            buf = new byte[capacity];
        }

        void write(int value, int count) {
            for (int i = 0; i < count; i++) {
                if ((value >>> i & 1) != 0) {
                    buf[bitPos >>> 3] |= (byte) (1 << (bitPos & 7));
                }
                bitPos++;
            }
        }

        void huffman(int code, int length) {
            for (int i = length - 1; i >= 0; i--) {
                write(code >>> i & 1, 1);
            }
        }

        byte[] toBytes() {
            return java.util.Arrays.copyOf(buf, (bitPos + 7) >>> 3);
        }
    }
}
