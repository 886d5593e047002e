package org.policybot.knowledge.index;

/**
 * One term of a BM25 query: an analysed (stemmed) word as {@link org.policybot.knowledge.text.Terms}
 * makes it, and its weight. Every backend scores it over a passage's text, section and title with
 * the field weights of {@link Fields}.
 */
public record LexicalTerm(String stem, float weight) {
}
