package org.policybot.knowledge.model;

import java.util.Objects;

/**
 * A file offered to the knowledge base, as it arrived: bytes plus what the moderator said about it.
 * Optional overrides are {@code null} when not given; the parser's findings fill them in.
 *
 * @param fileName the original file name (the content decides the type; the extension only chooses among text
 *                 formats, and names the document id)
 * @param content  the raw bytes
 * @param docId    the document id to use, or {@code null} to derive one from the file name
 * @param title    a title overriding the one found in the file, or {@code null}
 * @param url      a URL overriding the one found in the file, or {@code null}
 */
public record Source(String fileName, byte[] content, String docId, String title, String url) {
    public Source {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(content, "content");
    }

    public static Source of(String fileName, byte[] content) {
        return new Source(fileName, content, null, null, null);
    }

    /** The lower-case extension without the dot, or "" when there is none. */
    public String extension() {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
