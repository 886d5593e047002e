package org.policybot.knowledge.compose;

import java.util.Set;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.text.Terms;

/**
 * How much of a question an answer text addresses: the rarity-weighted share of the question's
 * content words it contains. Used to refuse a generated answer that is supported by the passages
 * but answers something else than the extractive answer does.
 */
public final class Relevance {
    /** A generated answer must address at least this share of what the extractive answer addresses. */
    public static final float MIN_RATIO = 0.75f;

    private Relevance() {
    }

    public static float of(QueryAnalysis query, String answer) {
        Set<String> stems = Terms.distinct(answer);
        return SentenceScorer.coverage(query, stems, Set.of());
    }

    /** True when {@code generated} addresses the question about as well as {@code extractive} or better. */
    public static boolean asGoodAs(QueryAnalysis query, String generated, String extractive) {
        return of(query, generated) + 1e-6f >= MIN_RATIO * of(query, extractive);
    }
}
