package org.policybot.knowledge.model;

import java.util.List;

/**
 * The unit of retrieval and citation: a paragraph or a few sentences that never crosses a heading.
 *
 * @param id        stable id: document id + section + ordinal, identical when an unchanged document is re-added
 * @param docId     the owning document's id
 * @param title     the owning document's title
 * @param section   the heading path, outermost first (may be empty)
 * @param url       the document URL, or ""
 * @param position  0-based ordinal of the passage within its document
 * @param text      the passage text
 * @param sentences sentence boundaries within {@code text}, in order
 */
public record Passage(String id, String docId, String title, List<String> section, String url,
                      int position, String text, List<Span> sentences) {
    public static final String SECTION_SEPARATOR = " › ";

    public Passage {
        section = List.copyOf(section);
        sentences = List.copyOf(sentences);
    }

    /** The section path joined for display, e.g. "What we learned › People want to know more…". */
    public String sectionLabel() {
        return String.join(SECTION_SEPARATOR, section);
    }

    /** Sentence {@code i} as written, with any leading list marker or clause number (for quotes). */
    public String sentence(int i) {
        return sentences.get(i).of(text);
    }

    /** Sentence {@code i} from its first word after a leading list marker or clause number (for answers). */
    public String sentenceBody(int i) {
        return sentences.get(i).body(text);
    }
}
