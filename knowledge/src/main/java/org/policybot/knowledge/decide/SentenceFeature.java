package org.policybot.knowledge.decide;

/**
 * What is measured of one candidate sentence against the question. Every feature means the same on
 * any document: shares of the question's weight, cosines, ranks and scores relative to the best
 * candidate of the same question, flags; never a raw BM25 score, which depends on the corpus.
 */
enum SentenceFeature {
    /** Share of the question's weight the sentence holds (a same-meaning word counts part). */
    COVER,
    /** The same, counting the passage's section heading and document title as well. */
    COVER_CONTEXT,
    /** The same over the whole passage with its heading and title. */
    COVER_PASSAGE,
    /** Share of the question's adjacent content-word pairs the sentence holds together ("data retention"). */
    PHRASE,
    /** Cosine between question and sentence embeddings. */
    COSINE,
    /** That cosine minus the best cosine among all candidate sentences (0 for the best). */
    COSINE_GAP,
    /** Best sentence cosine within the sentence's passage. */
    PASSAGE_COSINE,
    /** The passage's fused retrieval score over the best candidate's. */
    FUSED,
    /** The passage's BM25 score over the best BM25 score among the candidates (0 when BM25 did not find it). */
    BM25,
    /** 1 / (1 + the passage's retrieval rank). */
    RANK,
    /** 1 when the question expects a kind of thing (a figure, a date, a name) and the sentence holds one. */
    KIND,
    /** 1 when the question expects a kind of thing and the sentence holds none. */
    KIND_MISSING,
    /**
     * 1 when the question asks for one particular thing and the sentence holds it: a figure next to
     * the noun "how many" counts ("7 directors"), or a name the question does not hold for "who is…".
     */
    SLOT,
    /** 1 when the question asks for one particular thing and the sentence does not hold it. */
    SLOT_MISSING,
    /** Weighted mean over the question's words of their best cosine with a word of the sentence. */
    SOFT_COVER,
    /** 1 when a figure the question states is matched by a figure of the same unit in the sentence. */
    FIGURE,
    /** 1 when the sentence is its passage's heading repeated as a lead sentence. */
    HEADING,
    /** 1 when the sentence has fewer than {@link Evidence#SHORT_WORDS} words. */
    SHORT,
    /** The sentence's length in words over {@link Evidence#LONG_WORDS}, at most 1. */
    LENGTH,
    /** 1 for the first sentence of its passage. */
    FIRST,
    /** The better {@link #COVER} of the sentences just before and after it in its passage. */
    NEIGHBOUR;

    static final int COUNT = values().length;
}
