package org.policybot.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.policybot.knowledge.RejectedFileException;
import org.policybot.knowledge.text.ListMarkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * PDF and DOCX through Apache Tika, once {@link FileTypes} has checked the container (DOCX zip sizes); the PDF end
 * marker is checked here. Text is
 * collected by a {@link BlockHandler} that stops at {@value #MAX_CHARS} characters, so memory stays bounded.
 * DOCX heading styles give the sections; otherwise the text goes through the plain-text heading rules.
 */
final class TikaExtractor {
    static final int MAX_CHARS = 5_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);
    private static final int EOF_WINDOW = 2048;
    /** A line longer than this is not a heading, so one that stops unfinished was cut. */
    private static final int MAX_HEADING_WORDS = 14;
    /** The end of a finished paragraph: a sentence or clause ends there. */
    private static final java.util.regex.Pattern FINISHED_END = java.util.regex.Pattern.compile(
            "(?s).*[.!?:;][)\"”’]*$");

    private TikaExtractor() {
    }

    static DocumentBuilder parse(String fileName, Format format, byte[] bytes) {
        Parser parser;
        if (format == Format.PDF) {
            checkPdfEnd(fileName, bytes);
            parser = new PDFParser();
        } else {
            parser = new OOXMLParser();
        }
        Metadata metadata = new Metadata();
        BlockHandler handler = new BlockHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedFileException(fileName, "is encrypted (password-protected); remove the protection"
                    + " and add it again", e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (handler.limitReached()) {
                throw new RejectedFileException(fileName, "holds more than " + MAX_CHARS + " characters of text;"
                        + " split it into smaller documents", e);
            }
            if (isEncryption(e)) {
                throw new RejectedFileException(fileName, "is encrypted (password-protected); remove the protection"
                        + " and add it again", e);
            }
            LOG.debug("{} could not be parsed as {}", fileName, format, e);
            throw new RejectedFileException(fileName, "is damaged or not a valid " + format.label() + " file ("
                    + rootMessage(e) + ")", e);
        }
        String title = usableTitle(metadata.get(TikaCoreProperties.TITLE));
        DocumentBuilder doc = handler.hasHeadings() ? styled(handler.items(), title) : unstyled(handler.items());
        if (!title.isEmpty()) {
            doc.title(title);
        }
        String author = metadata.get(TikaCoreProperties.CREATOR);
        if (author != null) {
            doc.author(author);
        }
        String created = metadata.get(TikaCoreProperties.CREATED);
        if (created != null && created.length() >= 10) {
            doc.published(Dates.parse(created.substring(0, 10)).orElse(""));
        }
        return doc;
    }

    /** The document-properties title, unless it is empty or a leftover file name ("Microsoft Word - x.doc"). */
    private static String usableTitle(String title) {
        if (title == null || title.isBlank() || title.matches("(?i).*\\.(docx?|pdf|rtf|odt)$")
                || title.startsWith("Microsoft Word")) {
            return "";
        }
        return title.strip();
    }

    /** Heading styles give the sections; a first Heading 1 that is the title (or the only title) is not one. */
    private static DocumentBuilder styled(List<BlockHandler.Item> items, String title) {
        DocumentBuilder doc = new DocumentBuilder();
        for (int i = 0; i < items.size(); i++) {
            BlockHandler.Item item = items.get(i);
            String text = item.text().replaceAll("\\s+", " ").strip();
            if (item.isTable()) {
                table(item, doc);
            } else if (i == 0 && item.level() == 1 && (title.isEmpty() || title.equalsIgnoreCase(text))) {
                doc.title(text);
            } else if (item.level() > 0) {
                doc.heading(item.level(), text);
            } else {
                doc.paragraph(item.text());
            }
        }
        return doc;
    }

    /**
     * Text without heading styles (PDFs, plain Word files) goes through the plain-text rules, table by table: the
     * paragraphs between tables are read as one text, so headings and lists carry on across them.
     */
    private static DocumentBuilder unstyled(List<BlockHandler.Item> items) {
        DocumentBuilder doc = new DocumentBuilder();
        List<String> paragraphs = new ArrayList<>();
        boolean first = true;
        for (BlockHandler.Item item : items) {
            if (!item.isTable()) {
                paragraphs.add(TextRepair.text(item.text()));
                continue;
            }
            first = readParagraphs(paragraphs, doc, first);
            table(item, doc);
        }
        readParagraphs(paragraphs, doc, first);
        return doc;
    }

    private static boolean readParagraphs(List<String> paragraphs, DocumentBuilder doc, boolean first) {
        if (paragraphs.isEmpty()) {
            return first;
        }
        PlainTextParser.read(String.join("\n\n", rejoin(paragraphs)), doc, first);
        paragraphs.clear();
        return false;
    }

    /**
     * A paragraph that stops mid-sentence is one that a page break or the layout cut, when what follows continues
     * it: a lower-case start ("...in the" / "previous 12 months;"), or an open bracket or a long unfinished line
     * before text that is neither a list item nor a heading ("...but this" / "Policy limits them to 7 days);").
     */
    static List<String> rejoin(List<String> paragraphs) {
        List<String> out = new ArrayList<>();
        for (String p : paragraphs) {
            String s = p.strip();
            if (s.isEmpty()) {
                continue;
            }
            int last = out.size() - 1;
            if (last >= 0 && continues(out.get(last), s)) {
                out.set(last, out.get(last) + "\n" + s);
            } else {
                out.add(s);
            }
        }
        return out;
    }

    private static boolean continues(String previous, String next) {
        if (FINISHED_END.matcher(previous).matches()) {
            return false;
        }
        if (Character.isLowerCase(next.charAt(0))) {
            return true;
        }
        String lastLine = previous.substring(previous.lastIndexOf('\n') + 1);
        String firstLine = next.lines().findFirst().orElse(next);
        boolean cut = previous.chars().filter(c -> c == '(').count() > previous.chars().filter(c -> c == ')').count()
                || HeadingRules.words(lastLine) > MAX_HEADING_WORDS && HeadingRules.line(lastLine).isEmpty();
        return cut && ListMarkers.bodyStart(firstLine, 0, firstLine.length()) == 0
                && HeadingRules.line(firstLine).isEmpty();
    }

    private static void table(BlockHandler.Item item, DocumentBuilder doc) {
        doc.table(TableText.rows(item.cells(), item.header() || TableText.looksLikeHeader(item.cells())));
    }

    /** A PDF ends with "%%EOF"; one without it was cut short (a failed download, a truncated upload). */
    private static void checkPdfEnd(String fileName, byte[] bytes) {
        int from = Math.max(0, bytes.length - EOF_WINDOW);
        String tail = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw new RejectedFileException(fileName, "is a truncated or damaged PDF (no end-of-file marker)");
        }
    }

    private static boolean isEncryption(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException
                    || t.getClass().getSimpleName().contains("Encrypt")
                    || t.getClass().getSimpleName().equals("InvalidPasswordException")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }
}
