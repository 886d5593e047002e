package org.policybot.knowledge.model;

/**
 * A sentence's half-open character range [start, end) within a passage's text. {@code bodyStart} is where its
 * words begin after a leading list marker or clause number ("6.1 ", "(a) ", "- "): quotes keep the marker
 * (from {@code start}), while an answer that reuses the sentence starts at {@code bodyStart}, so it never
 * opens with "6.1 Moderators are…". Without a marker, {@code bodyStart == start}.
 */
public record Span(int start, int bodyStart, int end) {
    public Span {
        if (start < 0 || bodyStart < start || end < bodyStart) {
            throw new IllegalArgumentException("bad span [" + start + ", " + bodyStart + ", " + end + ")");
        }
    }

    /** A span without a leading marker. */
    public Span(int start, int end) {
        this(start, start, end);
    }

    /** The whole sentence, marker included (what a quote shows). */
    public String of(String text) {
        return text.substring(start, end);
    }

    /** The sentence from its first word after any leading marker (what an answer sentence starts with). */
    public String body(String text) {
        return text.substring(bodyStart, end);
    }

    /** Whether the sentence opens with a list marker or clause number. */
    public boolean hasMarker() {
        return bodyStart > start;
    }
}
