package org.policybot.knowledge.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The file formats the knowledge base reads; {@link FileTypes} decides which one a file is. */
enum Format {
    MARKDOWN("Markdown", true, "md", "markdown"),
    TEXT("plain text", true, "txt", "text"),
    RESTRUCTURED_TEXT("reStructuredText", true, "rst", "rest"),
    HTML("HTML", true, "html", "htm"),
    PDF("PDF", false, "pdf"),
    DOCX("DOCX", false, "docx");

    private final String label;
    private final boolean textual;
    private final List<String> extensions;

    Format(String label, boolean textual, String... extensions) {
        this.label = label;
        this.textual = textual;
        this.extensions = List.of(extensions);
    }

    static Optional<Format> byExtension(String extension) {
        return Arrays.stream(values()).filter(f -> f.extensions.contains(extension)).findFirst();
    }

    /** "Markdown (.md, .markdown), plain text (.txt, .text), ..." for messages. */
    static String supported() {
        return Arrays.stream(values()).map(f -> f.label + " (" + f.extensions.stream().map(e -> "." + e)
                .collect(Collectors.joining(", ")) + ")").collect(Collectors.joining(", "));
    }

    String label() {
        return label;
    }

    /** Whether the bytes are characters (decoded and checked for binary garbage) rather than a container. */
    boolean textual() {
        return textual;
    }
}
