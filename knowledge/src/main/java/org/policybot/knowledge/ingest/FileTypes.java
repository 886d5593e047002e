package org.policybot.knowledge.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.policybot.knowledge.RejectedFileException;

/**
 * Decides what a file is from its bytes (Tika's detector), as moderators have files: "GPL-3", "LICENSE" or
 * "CODE_OF_CONDUCT" without an extension, a PDF saved as ".txt". The content wins for containers (PDF, DOCX):
 * a misnamed one is read for what it is. Among text formats, which the bytes cannot tell apart, a known
 * extension decides; without one, HTML is recognised by Tika and Markdown by its own marks. Anything else is
 * refused with a reason that names what the file is.
 */
final class FileTypes {
    private static final Detector DETECTOR = new DefaultDetector();
    private static final MimeTypes MIME_TYPES = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry REGISTRY = MIME_TYPES.getMediaTypeRegistry();
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType OOXML_PROTECTED = MediaType.application("x-tika-ooxml-protected");
    private static final MediaType OLE2 = MediaType.application("x-tika-msoffice");
    private static final MediaType OLD_WORD = MediaType.application("msword");
    private static final MediaType ZIP = MediaType.application("zip");
    /** Word documents Tika's OOXML parser reads: documents, macro-enabled documents and templates. */
    private static final Set<MediaType> WORD = Set.of(
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("vnd.ms-word.document.macroenabled.12"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.template"),
            MediaType.application("vnd.ms-word.template.macroenabled.12"));
    /** reStructuredText, which Tika knows by its extension only. */
    private static final MediaType REST = MediaType.text("x-rst");
    private static final Set<MediaType> HTML = Set.of(MediaType.TEXT_HTML, MediaType.application("xhtml+xml"));
    private static final Set<MediaType> PLAIN = Set.of(MediaType.TEXT_PLAIN, MediaType.text("markdown"),
            MediaType.text("x-web-markdown"));
    /** How much of a text file is read to tell Markdown from plain text. */
    private static final int SNIFF_CHARS = 64 * 1024;
    /**
     * Marks only Markdown makes, one per line: YAML front matter opening the file, an ATX heading ("## Scope"),
     * a fenced code block, or an inline link ("[the form](https://...)"). Plain-text documents use none of them
     * (setext underlines and "*" bullets are shared by both, so they do not decide).
     */
    private static final Pattern MARKDOWN_MARK = Pattern.compile("""
            (?m)
            \\A---[\\x20\\t]*\\n                   # front matter
            | ^\\x20{0,3}\\#{1,6}[\\x20\\t]+\\S       # ATX heading
            | ^\\x20{0,3}(?:```|~~~)               # code fence
            | \\[[^\\]\\n]+\\]\\([^)\\s]+\\)          # inline link
            """, Pattern.COMMENTS);

    private FileTypes() {
    }

    /** The format to read {@code bytes} as, or a {@link RejectedFileException} saying what the file is. */
    static Format detect(String fileName, byte[] bytes) {
        Optional<Format> named = Format.byExtension(extension(fileName));
        boolean hasWordBody = ZipGuard.isZip(bytes) && ZipGuard.check(fileName, bytes);
        MediaType content = detect(bytes, null);
        if (content.equals(PDF) || ContentCheck.startsPdf(bytes)) {
            return Format.PDF;
        }
        if (WORD.contains(content)) {
            return Format.DOCX;
        }
        if (content.equals(OOXML_PROTECTED)) {
            throw new RejectedFileException(fileName, "is encrypted (password-protected); remove the protection and"
                    + " add it again");
        }
        if (content.equals(OLD_WORD) || content.equals(OLE2) && named.equals(Optional.of(Format.DOCX))) {
            throw new RejectedFileException(fileName, "is in the old binary Word format; save it as .docx and add it"
                    + " again");
        }
        if (ZipGuard.isZip(bytes) && named.equals(Optional.of(Format.DOCX)) && content.equals(ZIP) && !hasWordBody) {
            throw new RejectedFileException(fileName, "is not a Word document (no word/document.xml inside)");
        }
        if (REGISTRY.isSpecializationOf(content, MediaType.TEXT_PLAIN) || PLAIN.contains(content) || HTML.contains(content)) {
            return textFormat(fileName, bytes, named, content);
        }
        if (content.equals(MediaType.OCTET_STREAM)) {
            return unrecognised(fileName, named);
        }
        throw new RejectedFileException(fileName, "is " + describe(content) + ", which the knowledge base does not"
                + " read; supported: " + Format.supported());
    }

    /** Text: a text extension decides; a container extension is refused; otherwise the content and name do. */
    private static Format textFormat(String fileName, byte[] bytes, Optional<Format> named, MediaType content) {
        if (named.equals(Optional.of(Format.TEXT)) && looksLikeRest(bytes)) {
            return Format.RESTRUCTURED_TEXT; // a Sphinx page's source as served ("security.rst.txt")
        }
        if (named.isPresent() && named.get().textual()) {
            return named.get();
        }
        String kind = HTML.contains(content) ? "HTML" : "text";
        if (named.equals(Optional.of(Format.PDF))) {
            throw new RejectedFileException(fileName, "is not a PDF file (no %PDF header; it holds " + kind
                    + "); give it the right extension");
        }
        if (named.equals(Optional.of(Format.DOCX))) {
            throw new RejectedFileException(fileName, "is not a DOCX file (not a ZIP container; it holds " + kind
                    + "); give it the right extension");
        }
        MediaType withName = detect(bytes, fileName);
        if (HTML.contains(content) || HTML.contains(withName)) {
            return Format.HTML;
        }
        if (withName.equals(REST)) {
            return Format.RESTRUCTURED_TEXT;
        }
        if (!PLAIN.contains(withName)) {
            throw new RejectedFileException(fileName, "is " + describe(withName) + ", which the knowledge base does"
                    + " not read; supported: " + Format.supported());
        }
        // reST first: its "~~~~" underlines and "#" comments in indented code read as Markdown's fences and headings
        if (looksLikeRest(bytes)) {
            return Format.RESTRUCTURED_TEXT;
        }
        return looksLikeMarkdown(bytes) ? Format.MARKDOWN : Format.TEXT;
    }

    /**
     * The reason to refuse a file by its name alone, before its bytes are fetched: its extension names a known type
     * that is neither text nor a format the knowledge base reads ("tool.exe", "photo.png"). Empty when the name
     * says nothing decisive ("GPL-3", "MPL-2.0") or names a readable type; the content decides then.
     */
    static Optional<String> refusalByName(String fileName) {
        MediaType byName = typeByName(fileName);
        if (byName.equals(MediaType.OCTET_STREAM) || byName.equals(PDF) || WORD.contains(byName)
                || HTML.contains(byName) || REGISTRY.isSpecializationOf(byName, MediaType.TEXT_PLAIN)) {
            return Optional.empty();
        }
        return Optional.of(unsupported(fileName, byName));
    }

    private static String unsupported(String fileName, MediaType byName) {
        return "unsupported file type \"." + extension(fileName) + "\" (" + describe(byName) + "); supported: "
                + Format.supported();
    }

    /**
     * Bytes the detector does not recognise: a text extension or no telling name leaves it to the text decoder
     * (which refuses binary data with its own reason); a container extension or a name of another type is refused.
     */
    private static Format unrecognised(String fileName, Optional<Format> named) {
        if (named.equals(Optional.of(Format.PDF))) {
            throw new RejectedFileException(fileName, "is not a PDF file (no %PDF header)");
        }
        if (named.equals(Optional.of(Format.DOCX))) {
            throw new RejectedFileException(fileName, "is not a DOCX file (not a ZIP container)");
        }
        if (named.isPresent()) {
            return named.get();
        }
        MediaType byName = typeByName(fileName);
        if (!byName.equals(MediaType.OCTET_STREAM) && !REGISTRY.isSpecializationOf(byName, MediaType.TEXT_PLAIN)) {
            throw new RejectedFileException(fileName, unsupported(fileName, byName));
        }
        return Format.TEXT;
    }

    static boolean looksLikeMarkdown(byte[] bytes) {
        return MARKDOWN_MARK.matcher(head(bytes)).find();
    }

    /** Whether the start of a text file holds a mark only reStructuredText makes ({@link RestMarkup#looksLikeRest}). */
    static boolean looksLikeRest(byte[] bytes) {
        return RestMarkup.looksLikeRest(head(bytes));
    }

    /** The first {@value #SNIFF_CHARS} characters of a text file, with Windows line ends read as "\n". */
    private static String head(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_CHARS * 4), StandardCharsets.UTF_8);
        return head.substring(0, Math.min(head.length(), SNIFF_CHARS)).replace("\r\n", "\n");
    }

    /** The type a file name alone suggests (Tika's name patterns), or application/octet-stream. */
    private static MediaType typeByName(String fileName) {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        try {
            return MIME_TYPES.detect(null, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("type detection from a name read no bytes and failed", e);
        }
    }

    private static MediaType detect(byte[] bytes, String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        try (TikaInputStream in = TikaInputStream.get(bytes)) {
            return DETECTOR.detect(in, metadata);
        } catch (IOException e) {
            throw new UncheckedIOException("type detection read from memory and failed", e);
        }
    }

    /** "a PNG image (image/png)"-like words for a media type: Tika's description, else the type alone. */
    private static String describe(MediaType type) {
        try {
            String description = MIME_TYPES.forName(type.toString()).getDescription();
            return description == null || description.isBlank() ? "a file of type " + type
                    : "a file of type " + type + " (" + description + ")";
        } catch (MimeTypeException e) {
            return "a file of type " + type;
        }
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    static String extension(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot <= slash + 1 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
