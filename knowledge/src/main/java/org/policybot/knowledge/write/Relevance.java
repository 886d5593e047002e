package org.policybot.knowledge.write;

import java.util.Set;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.text.Terms;

/**
 * How much of a question an answer text addresses: the weighted share of the question's content
 * words it contains. Used to refuse a generated answer that is supported by the passages but
 * answers something else than the extractive answer does.
 */
public final class Relevance {
    /** A generated answer must address at least this share of what the extractive answer addresses (set by hand, issue 5). */
    public static final float MIN_RATIO = 0.75f;

    private Relevance() {
    }

    public static float of(ReadQuestion q, String answer) {
        Set<String> stems = Terms.distinct(answer);
        float total = 0;
        float got = 0;
        for (QueryTerm t : q.terms()) {
            total += t.weight();
            got += t.in(stems) ? t.weight() : 0;
        }
        return total == 0 ? 0 : got / total;
    }

    /** True when {@code generated} addresses the question about as well as {@code extractive} or better. */
    public static boolean asGoodAs(ReadQuestion q, String generated, String extractive) {
        return of(q, generated) + 1e-6f >= MIN_RATIO * of(q, extractive);
    }
}
