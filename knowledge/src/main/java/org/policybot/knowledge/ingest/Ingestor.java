package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.RejectedFileException;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The way in for a moderator's file: checks size, finds the type from the content ({@link FileTypes}), picks the
 * parser, repairs the text and returns a clean {@link ParsedDocument}. Anything it will not take is refused with a
 * {@link RejectedFileException} whose message names the file and the reason; nothing is changed by a refusal.
 */
public final class Ingestor {
    private static final Logger LOG = LoggerFactory.getLogger(Ingestor.class);
    private final long maxBytes;

    /** @param maxBytes the largest file accepted, in bytes (callers choose; 20 MB is the product default) */
    public Ingestor(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Parses and repairs {@code source}; {@code source.title()/url()}, when given, override what the file says. */
    public ParsedDocument parse(Source source) {
        String name = source.fileName();
        byte[] bytes = source.content();
        if (bytes.length == 0) {
            throw new RejectedFileException(name, "is empty (0 bytes)");
        }
        refuseIfTooLarge(name, bytes.length);
        Format format = FileTypes.detect(name, bytes);
        DocumentBuilder draft = read(name, format, bytes);
        ParsedDocument doc = finish(draft.build(), source);
        if (doc.blocks().isEmpty()) {
            throw new RejectedFileException(name, "contains no text");
        }
        LOG.debug("parsed {} as {}: \"{}\", {} blocks", name, format, doc.title(), doc.blocks().size());
        return doc;
    }

    private static DocumentBuilder read(String name, Format format, byte[] bytes) {
        if (format == Format.PDF) {
            return PdfExtractor.parse(name, bytes);
        }
        if (!format.textual()) {
            return TikaExtractor.parse(name, format, bytes);
        }
        String decoded = ContentCheck.decodeText(name, format, bytes);
        return switch (format) {
            case MARKDOWN -> MarkdownParser.parse(TextRepair.text(decoded));
            case HTML -> HtmlParser.parse(name, TextRepair.text(decoded));
            case RESTRUCTURED_TEXT -> PlainTextParser.parse(TextRepair.layout(RestMarkup.plain(decoded)));
            default -> PlainTextParser.parse(TextRepair.layout(decoded));
        };
    }

    /**
     * Why a file is refused by its name alone ("tool.exe: unsupported file type ..."), so a caller can refuse it
     * before fetching its bytes; empty when only the content can tell (a name without an extension, a readable type).
     */
    public static java.util.Optional<String> refusalByName(String fileName) {
        return FileTypes.refusalByName(fileName).map(reason -> fileName + ": " + reason);
    }

    /**
     * Refuses a file of {@code size} bytes over the limit; callers that read files from disk ask this
     * before reading, so that a huge file is refused without being loaded.
     */
    public void refuseIfTooLarge(String name, long size) {
        if (size <= maxBytes) {
            return;
        }
        String actual = Sizes.megabytes(size);
        String limit = Sizes.megabytes(maxBytes);
        if (actual.equals(limit)) {
            actual = String.format(java.util.Locale.ROOT, "%,d bytes", size);
            limit = String.format(java.util.Locale.ROOT, "%,d bytes", maxBytes);
        }
        throw new RejectedFileException(name, "is " + actual + "; the limit is " + limit);
    }

    /**
     * Drops blocks without a letter or digit (the {@link DocumentBuilder} repaired every text as it was added),
     * applies the moderator's overrides and a fallback title.
     */
    private static ParsedDocument finish(ParsedDocument raw, Source source) {
        List<Block> blocks = new ArrayList<>();
        for (Block b : raw.blocks()) {
            if (b.text().chars().anyMatch(Character::isLetterOrDigit)) {
                blocks.add(b);
            }
        }
        String title = given(source.title()) ? source.title().strip() : TextRepair.paragraph(raw.title());
        if (title.isEmpty()) {
            title = fallbackTitle(source.fileName());
        }
        String url = given(source.url()) ? source.url().strip() : raw.url();
        List<String> tags = raw.tags().stream().map(TextRepair::paragraph).filter(t -> !t.isEmpty()).toList();
        return new ParsedDocument(title, url, raw.published(), TextRepair.paragraph(raw.author()), tags,
                raw.credits(), blocks);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /** "insights-from-global-conversations.md" → "Insights from global conversations". */
    static String fallbackTitle(String fileName) {
        String words = DocIds.fromFileName(fileName).replaceAll("[._-]+", " ").strip();
        return words.isEmpty() ? "Untitled" : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
