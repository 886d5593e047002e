package org.policybot.knowledge.model;

/** A half-open character range [start, end) within a passage's text; used for sentence boundaries. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public String of(String text) {
        return text.substring(start, end);
    }
}
