package org.policybot.knowledge.index;

/**
 * What a snapshot's words say, for term rarity and spelling correction: the counts cover exactly the
 * documents the snapshot reads.
 */
public interface TermStatistics {
    /** Passages read. */
    int passages();

    /** Passages whose text, section or title holds {@code stem} (summed over the three fields). */
    int docFreq(String stem);

    /** True when an unstemmed word of the passages is {@code word}. */
    boolean hasWord(String word);

    /**
     * The unstemmed word Lucene's {@code DirectSpellChecker} suggests for {@code word} with {@code maxEdits}
     * edits, the same first letter and at least {@code accuracy} similarity (its defaults otherwise: the
     * most similar first, then the most frequent; the word lower-cased; null when {@code word} itself is
     * one of the passages' words), or null. A backend suggests as that checker does, or corrections differ.
     */
    String closestWord(String word, int maxEdits, float accuracy);

    /** Equal for two statistics of the same generation of the same documents (a cache key). */
    Object generation();
}
