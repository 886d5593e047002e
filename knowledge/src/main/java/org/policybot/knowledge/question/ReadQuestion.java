package org.policybot.knowledge.question;

import java.util.List;
import org.policybot.knowledge.text.AnswerKind;
import org.policybot.knowledge.text.Figures;

/**
 * A question read once, the one value every later stage reads (retrieval, decision, writing);
 * nothing downstream parses the question text again.
 *
 * @param asked      the question as asked, safe to echo
 * @param text       the question cleaned for searching (control characters and mentions removed), its phrasal verbs
 *                   read as plain ones ({@link PhrasalVerbs})
 * @param corrected  {@code text} with likely typos and chat abbreviations replaced
 * @param intent     a question, or a greeting, small talk, a writing request…
 * @param type       the kind of answer it invites
 * @param terms      its distinct content terms, in order
 * @param context    content terms of the question it follows up, when it is a follow-up; else empty
 * @param figures    the figures it states ("14 days" in "is it 14 days?")
 * @param negated    whether it is asked in the negative ("can't I…", "is it not…")
 * @param counted    the stem of what "how many" / "number of" counts ("director" in "how many directors…"), or null
 * @param asserts    whether it states something rather than asking ("so refunds take 30 days, right?",
 *                   "you only refund as store credit?", or "why…", which takes its clause for granted):
 *                   what it says is a premise the text may contradict
 * @param identity   whether it asks who someone is or what something is called ("who is the chair",
 *                   "the name of…"): only a name answers it
 * @param nameAsked  whether it asks for a name in words ("what's the name of the person who…", "their name",
 *                   "names pls", "by name"): where it asks for a person, only someone's name answers it, not a body
 *                   or a thing a determiner introduces ("the Conduct Committee", "the Sprout Patch")
 * @param named      the noun whose name it asks for, in lower case ("founder" in "whats the name of the sqlite
 *                   founder", "treasurer" in "what's the treasurer's name", "newsletter" in "the name of the newsletter
 *                   for parents"), or null
 * @param present    whether it asks how things stand now ("right now", "currently", "these days"), or, asking a
 *                   date, a dated occasion ("the next AGM", "this year's dinner"): a policy's rule does not say who
 *                   holds an office, how many there are today, nor the date of this year's meeting
 * @param years      the years it names as the time of what it asks about ("the 2027 tickets"), not of the asker's
 *                   own story ("I joined in 2023")
 * @param past       whether it asks about a yearly time gone by ("who won last year?"): what happened then is a
 *                   record, answered only by a sentence that states how things stood
 * @param payment    whether it asks whether money changes hands ("do directors get paid?", "is there a fee for…";
 *                   {@link QuestionReader#asksPayment}): a yes/no answer to it must speak of money
 * @param measure    the dimension of the physical measure it asks for ("length" for "how deep is the pool?",
 *                   {@link QuestionType#measure}), or null
 * @param vague      whether it says an amount vaguely ("a bit late", "a couple of fixes"; QuestionReader's
 *                   VAGUE_AMOUNT): a rule's bound may fall on either side of it, so no yes or no is read from the text
 * @param searchText what its embedding is made from: the corrected question, after the one it follows up
 * @param parts      each thing it asks, read on its own (one that points back as a follow-up of the one before:
 *                   "…and whats her number"), where it asks two or more ("how long do you take to answer,
 *                   and who do I go to then?"); else empty. The answer quotes what answers each.
 */
public record ReadQuestion(String asked, String text, String corrected, Intent intent, QuestionType type,
                           List<QueryTerm> terms, List<QueryTerm> context, List<Figures.Figure> figures,
                           boolean negated, boolean asserts, String counted, boolean identity,
                           boolean nameAsked, String named, boolean present, List<String> years, boolean past, boolean payment,
                           String measure, boolean vague, String searchText,
                           List<ReadQuestion> parts) {
    public ReadQuestion {
        years = List.copyOf(years);
        terms = List.copyOf(terms);
        parts = List.copyOf(parts);
        context = List.copyOf(context);
        figures = List.copyOf(figures);
    }

    /** This reading with the things it asks, each read on its own. */
    public ReadQuestion withParts(List<ReadQuestion> things) {
        return new ReadQuestion(asked, text, corrected, intent, type, terms, context, figures, negated, asserts,
                counted, identity, nameAsked, named, present, years, past, payment, measure, vague, searchText, things);
    }

    /** The kind of thing an answer holds (a figure for "how many"…). */
    public AnswerKind expects() {
        return type.expects();
    }

    public boolean isFollowUp() {
        return !context.isEmpty();
    }

    /** Sum of the terms' weights: the denominator of every coverage. */
    public float totalWeight() {
        float s = 0;
        for (QueryTerm t : terms) {
            s += t.weight();
        }
        return s;
    }
}
