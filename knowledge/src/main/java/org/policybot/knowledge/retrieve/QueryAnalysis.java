package org.policybot.knowledge.retrieve;

import java.util.List;
import java.util.Set;

/**
 * A question prepared for retrieval: the text with likely typos corrected, and its content terms
 * with their rarity in the knowledge base.
 *
 * @param asked     the question as asked (cleaned of control characters)
 * @param corrected the question with corrected words substituted
 * @param terms     distinct content terms in order of appearance
 * @param context   content terms from earlier questions of the conversation (follow-ups), weaker
 */
public record QueryAnalysis(String asked, String corrected, List<QueryTerm> terms, List<QueryTerm> context) {
    public QueryAnalysis {
        terms = List.copyOf(terms);
        context = List.copyOf(context);
    }

    /** This analysis with the terms whose stem is in {@code stems} weighing {@code factor} of their idf. */
    public QueryAnalysis discounting(Set<String> stems, float factor) {
        if (stems.isEmpty()) {
            return this;
        }
        java.util.function.UnaryOperator<QueryTerm> f = t -> stems.contains(t.stem())
                ? new QueryTerm(t.word(), t.asked(), t.stem(), t.idf() * factor, t.known(), t.corrected(), t.name(), t.focus())
                : t;
        return new QueryAnalysis(asked, corrected, terms.stream().map(f).toList(), context.stream().map(f).toList());
    }

    /** Sum of the idf of all content terms: the denominator of coverage. */
    public float totalIdf() {
        float s = 0;
        for (QueryTerm t : terms) {
            s += t.idf();
        }
        return s;
    }
}
