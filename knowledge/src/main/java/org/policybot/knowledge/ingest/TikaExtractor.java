package org.policybot.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.policybot.knowledge.RejectedFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xml.sax.SAXException;

/**
 * DOCX through Apache Tika, once {@link FileTypes} has checked the container (zip sizes). Text is collected by a
 * {@link BlockHandler} that stops at {@value #MAX_CHARS} characters, so memory stays bounded. Heading styles give
 * the sections; otherwise the text goes through the plain-text heading rules. PDFs are read by {@link PdfExtractor}.
 * <p>
 * Neither reads the file's creation date as the document's date: it is the day the file was made, often the day a
 * moderator converted or exported the policy, and the knowledge base would then say the policy "was published" that
 * day (every PDF and DOCX of the evaluation corpora claimed the day it was converted). A date the text states ("Last
 * updated: 1 March 2024") is read by the text's rules, a page's or front matter's by the HTML and Markdown parsers.
 */
final class TikaExtractor {
    static final int MAX_CHARS = 5_000_000;
    private static final Logger LOG = LoggerFactory.getLogger(TikaExtractor.class);

    private TikaExtractor() {
    }

    static DocumentBuilder parse(String fileName, Format format, byte[] bytes) {
        Parser parser = new OOXMLParser();
        Metadata metadata = new Metadata();
        BlockHandler handler = new BlockHandler(MAX_CHARS);
        try (InputStream in = TikaInputStream.get(bytes)) {
            parser.parse(in, handler, metadata, context());
        } catch (EncryptedDocumentException e) {
            throw encrypted(fileName, e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            if (handler.limitReached()) {
                throw tooLong(fileName, e);
            }
            if (isEncryption(e)) {
                throw encrypted(fileName, e);
            }
            throw damaged(fileName, format, e);
        }
        String title = usableTitle(metadata.get(TikaCoreProperties.TITLE));
        List<BlockHandler.Item> items = DocxNumbering.relabel(handler.items(), wordLabels(fileName, bytes));
        DocumentBuilder doc = handler.hasHeadings() ? styled(items, title) : unstyled(items);
        if (!title.isEmpty()) {
            doc.title(title);
        }
        String author = metadata.get(TikaCoreProperties.CREATOR);
        if (author != null) {
            doc.author(author);
        }
        return doc;
    }

    /**
     * Word's page headers and footers ("Acme Ltd – CONFIDENTIAL – v2.3", "Page 1 of 3") left out: Tika writes them
     * into the body at every section break, where a header would become the document's title and a footer part of
     * the last section's text.
     */
    private static ParseContext context() {
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false);
        ParseContext context = new ParseContext();
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** Word's own list labels ({@link DocxNumbering}); none when the file will not open a second time. */
    private static List<DocxNumbering.Label> wordLabels(String fileName, byte[] bytes) {
        try (InputStream in = new ByteArrayInputStream(bytes)) {
            return DocxNumbering.labels(in);
        } catch (IOException | RuntimeException e) {
            LOG.debug("{}: list numbering not read, Tika's kept", fileName, e);
            return List.of();
        }
    }

    static RejectedFileException encrypted(String fileName, Throwable cause) {
        return new RejectedFileException(fileName, "is encrypted (password-protected); remove the protection and add"
                + " it again", cause);
    }

    static RejectedFileException tooLong(String fileName, Throwable cause) {
        return new RejectedFileException(fileName, "holds more than " + MAX_CHARS + " characters of text; split it"
                + " into smaller documents", cause);
    }

    static RejectedFileException damaged(String fileName, Format format, Throwable cause) {
        LOG.debug("{} could not be parsed as {}", fileName, format, cause);
        return new RejectedFileException(fileName, "is damaged or not a valid " + format.label() + " file ("
                + rootMessage(cause) + ")", cause);
    }

    /** The document-properties title, unless it is empty or a leftover file name ("Microsoft Word - x.doc"). */
    static String usableTitle(String title) {
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
     * Text without heading styles (plain Word files) goes through the plain-text rules, table by table: the
     * paragraphs between tables are read as one text, so headings and lists carry on across them.
     */
    private static DocumentBuilder unstyled(List<BlockHandler.Item> items) {
        DocumentBuilder doc = new DocumentBuilder();
        List<PlainTextParser.Chunk> paragraphs = new ArrayList<>();
        boolean first = true;
        for (BlockHandler.Item item : items) {
            if (!item.isTable()) {
                paragraphs.add(PlainTextParser.Chunk.text(TextRepair.text(item.text())));
                continue;
            }
            first = readParagraphs(paragraphs, doc, first);
            table(item, doc);
        }
        readParagraphs(paragraphs, doc, first);
        return doc;
    }

    private static boolean readParagraphs(List<PlainTextParser.Chunk> paragraphs, DocumentBuilder doc, boolean first) {
        if (paragraphs.isEmpty()) {
            return first;
        }
        PlainTextParser.read(Rejoiner.rejoin(paragraphs), doc, first);
        paragraphs.clear();
        return false;
    }

    private static void table(BlockHandler.Item item, DocumentBuilder doc) {
        doc.table(TableText.rows(item.cells(), item.header() || TableText.looksLikeHeader(item.cells())));
    }

    static boolean isEncryption(Throwable e) {
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
