package org.policybot.bot.conversation;

import java.util.List;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.ClosestPassage;

/**
 * What an answer rested on, remembered with it: the version of each section it cited (so that a
 * follow-up can say a section changed since), and the passage closest to the question with the engine's
 * probability (so that a 👎 on it can be recorded as a knowledge gap).
 *
 * @param cited       the cited sections, each with the version its text dated from
 * @param closest     the passage closest in meaning to the question, or null
 * @param probability the engine's probability that the knowledge base answers it, or null
 * @param abstained   whether the answer was an abstention
 */
public record AnswerFacts(List<Cited> cited, ClosestPassage closest, Double probability, boolean abstained) {
    public static final AnswerFacts NONE = new AnswerFacts(List.of(), null, null, false);

    public AnswerFacts {
        cited = cited == null ? List.of() : List.copyOf(cited);
    }

    /**
     * A cited section.
     *
     * @param doc     the document id (as in citations)
     * @param title   the document title
     * @param section the section path
     * @param version the document version the cited text dated from (0 when unknown)
     */
    public record Cited(String doc, String title, String section, int version) {
    }

    static AnswerFacts of(Answer a) {
        List<Cited> cited = a.citations().stream().map(AnswerFacts::cited).distinct().toList();
        return new AnswerFacts(cited, a.closest(), a.probability(), a.abstained());
    }

    private static Cited cited(Citation c) {
        return new Cited(c.doc(), c.title(), c.section(), c.origin() == null ? 0 : c.origin().version());
    }
}
