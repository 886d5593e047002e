package org.policybot.knowledge.index;

/** The schema of a passage document: one place for every field name, whichever backend stores it. */
public final class Fields {
    /** Passage id (exact, stored). */
    public static final String ID = "id";
    /** Document id (exact, stored): deletes and "show" go by it. */
    public static final String DOC = "doc";
    /** Document title (analysed, stored). */
    public static final String TITLE = "title";
    /** Section path joined with " › " (analysed, stored). */
    public static final String SECTION = "section";
    /** Each section path element in order (stored only). */
    public static final String SECTION_PART = "section_part";
    /** Passage text (analysed, stored, with term vectors off). */
    public static final String TEXT = "text";
    /** Title, section and text as unstemmed words: the vocabulary for spelling correction. */
    public static final String WORDS = org.policybot.knowledge.text.Terms.WORDS_FIELD;
    /** Document URL (stored only). */
    public static final String URL = "url";
    /** Ordinal within the document (stored and sortable). */
    public static final String POSITION = "position";
    /** Sentence boundaries, encoded start/end pairs (stored only). */
    public static final String SENTENCES = "sentences";
    /** Passage embedding for kNN (normalised mean of its sentence embeddings). */
    public static final String VECTOR = "vector";
    /** Sentence embeddings, int8-quantised, concatenated (stored only). */
    public static final String SENTENCE_VECTORS = "sentence_vectors";

    /**
     * Weight of a query term's match in the section path and in the title against one in the text:
     * set by hand when hybrid retrieval was built (not fitted); both backends use them.
     */
    public static final float SECTION_WEIGHT = 0.6f;
    public static final float TITLE_WEIGHT = 0.3f;

    private Fields() {
    }
}
