package org.policybot.knowledge.decide;

/**
 * What is measured of a question against its best candidates, for the decision to answer. Shares
 * and flags only, so they mean the same on any document.
 */
enum QuestionFeature {
    /** The sentence model's log-odds for the best sentence. */
    BEST_LOGIT,
    /** Cover of the best sentence (with its heading). */
    BEST_COVER,
    /** Cover of the best sentence's passage. */
    BEST_PASSAGE_COVER,
    /** Cosine of the best sentence. */
    BEST_COSINE,
    /**
     * Share of the question's weight in focus words the knowledge base has never seen (typos, and words with a
     * same-meaning word in the best passage, excepted).
     */
    UNKNOWN,
    /** The same for the other words (verbs and modifiers around the focus). */
    UNKNOWN_LOOSE,
    /** The largest share of one such word. */
    UNKNOWN_MAX,
    /** Share of the question's weight in focus words the best passage lacks, even by a same-meaning word. */
    MISSING,
    /** The same for the other words. */
    MISSING_LOOSE,
    /** The largest share of one such word. */
    MISSING_MAX,
    /** 1 when the question expects a kind of thing that none of the best sentences holds. */
    KIND_MISSING,
    /** 1 when the question asks for one particular thing ("how many directors") that the best sentence does not hold. */
    SLOT_MISSING,
    /** 1 when a figure the question states meets a figure of the same unit in one of the best sentences. */
    FIGURE,
    /** {@link SentenceFeature#SOFT_COVER} of the best sentence. */
    BEST_SOFT_COVER,
    /** 1 when the question names something (a capitalised word) the knowledge base has never seen. */
    UNKNOWN_NAME,
    /** 1 / the number of content words: a one-word question says little about what it wants. */
    INVERSE_TERMS;

    static final int COUNT = values().length;
}
