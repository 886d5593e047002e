package org.policybot.knowledge.write;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.policybot.knowledge.decide.Decision;
import org.policybot.knowledge.decide.RankedSentence;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.question.QuestionType;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.text.Terms;

/**
 * Writes the decided sentences as an answer, the default composer (no network): a direct lead
 * where the question invites one ("Yes." / "No." for a yes/no question the cited sentence decides;
 * a correction when the question assumes what the text contradicts), the document's first person
 * rewritten for the reader, list markers and leading links dropped, and a marker on every
 * sentence. A low-confidence answer says first that the documents may not answer exactly this.
 */
public final class ExtractiveWriter {
    static final String CORRECTION = "Not according to the source.";
    static final String UNSURE = "The documents may not answer exactly this; the closest they come:";
    /** Before the further passages a low-confidence answer points to. */
    static final String ALSO = "Also close:";

    /** A run-in title is a few words: "Annual subscription.", "Meals.", "Leaving early."; a sentence is longer. */
    private static final int MAX_RUN_IN_WORDS = 4;
    /** How a list item ends, and a run-in title never does: a semicolon or comma. */
    private static final Pattern ITEM_END = Pattern.compile("[;,]$");
    /** A sentence's end: a stop, a question or exclamation mark, a colon or semicolon, perhaps before a closing quote. */
    private static final Pattern ENDED = Pattern.compile("(?s).*[.!?:;][)\"”’]*");

    private ExtractiveWriter() {
    }

    /**
     * @param decision an answering decision (its chosen sentences in answer order)
     * @param authorOf document id to its author, for rewriting "we"
     */
    public static Composition write(Decision decision, ReadQuestion q, Function<String, String> authorOf) {
        if (!decision.answers()) {
            throw new IllegalArgumentException("nothing to write for a question the knowledge base does not cover");
        }
        Composition body = body(decision.chosen(), decision.closest(), authorOf);
        String lead = lead(decision.bestQuoted(), decision.chosen(), q, decision.outcome() == Decision.Outcome.HIGH);
        String text = lead.isEmpty() ? body.text() : lead + (body.text().startsWith("• ") ? "\n" : " ") + body.text();
        if (decision.outcome() == Decision.Outcome.LOW) {
            text = UNSURE + "\n" + text;
        }
        return new Composition(text, body.citations());
    }

    /**
     * The sentences, each marked with its citation; a list's items one a line: those after a sentence that
     * announces them with a colon, and fragments without a full stop ("Ban records: 2 years"), which would
     * otherwise run into the next sentence; then under {@link #ALSO} the sentences of the further passages a
     * low-confidence answer points to, one a line, cited in the same numbering.
     */
    static Composition body(List<RankedSentence> chosen, List<RankedSentence> closest, Function<String, String> authorOf) {
        Citations citations = new Citations();
        boolean attributed = false;
        boolean listing = false;
        boolean fragment = false;
        StringBuilder out = new StringBuilder();
        List<RankedSentence> said = chosen.stream().filter(s -> !isRunInTitle(s)).toList();
        List<RankedSentence> written = said.isEmpty() ? chosen : said;
        for (RankedSentence s : written) {
            String original = Connectives.strip(s.passage().sentenceBody(s.index()));
            String author = authorOf.apply(s.passage().docId());
            String text = FirstPersonRewriter.rewrite(original, author);
            if (!attributed && author != null && !author.isBlank() && startsWithWe(original)) {
                text = author + " says " + lowerFirst(FirstPersonRewriter.rewrite(original, author, true));
                attributed = true;
            }
            String marked = Citations.mark(text, citations.use(s.passage(), s.index()));
            boolean unfinished = !ENDED.matcher(text.strip()).matches();
            if (out.length() > 0) {
                out.append(listing || unfinished ? "\n• " : fragment ? "\n" : " ");
            } else if (unfinished && written.size() > 1) {
                out.append("• ");
            }
            out.append(marked);
            listing = listing || marked.endsWith(":");
            fragment = unfinished;
        }
        if (!closest.isEmpty()) {
            out.append('\n').append(ALSO);
            for (RankedSentence s : closest) {
                String text = Connectives.strip(s.passage().sentenceBody(s.index()));
                out.append("\n• ").append(Citations.mark(FirstPersonRewriter.rewrite(text, authorOf.apply(
                        s.passage().docId())), citations.use(s.passage(), s.index())));
            }
        }
        return new Composition(out.toString(), citations.list());
    }

    /**
     * A clause's run-in title ("2.4 Annual subscription. An annual subscription can be refunded…", "Meals.
     * Volunteers receive three meals…"): a sentence of at most {@value #MAX_RUN_IN_WORDS} words whose content
     * words all recur in the sentence after it, not ending as a list item does, with a semicolon or comma ("(a) the
     * President;" before "(b) the Vice-President Education;") and holding no verb ("Dogs are not allowed." is a
     * rule). Written alone it says nothing ("Annual subscription [1]."), so
     * neither the answer nor its quote holds it, unless it is all the answer has.
     */
    static boolean isRunInTitle(RankedSentence s) {
        var p = s.passage();
        if (s.index() + 1 >= p.sentences().size()) {
            return false;
        }
        String body = p.sentenceBody(s.index());
        if (body.split("\\s+").length > MAX_RUN_IN_WORDS || ITEM_END.matcher(body.strip()).find()
                || holdsVerb(body)) {
            return false;
        }
        var own = Terms.distinct(body);
        return !own.isEmpty() && Terms.distinct(p.sentenceBody(s.index() + 1)).containsAll(own);
    }

    /**
     * Whether a short sentence says something rather than names it: a title is a noun phrase, and a negation or an
     * auxiliary makes a claim ("Dogs are not allowed.", "Refunds are available.").
     */
    private static boolean holdsVerb(String sentence) {
        for (String w : sentence.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("[^\\p{L}']+")) {
            if (w.equals("not") || w.endsWith("n't") || Lexicon.NEGATIONS.contains(w) || Lexicon.AUXILIARIES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Yes." / "No." for a yes/no question, a correction for a statement the text contradicts, or nothing. A figure
     * the question states decides first (the best quoted sentence confirms or contradicts it, which a member sees even
     * in a low-confidence answer); without one, the polarity of the clause holding the question decides, but only
     * when the engine is confident and the question states no figure the sentence leaves open. A figure that
     * differs contradicts only when the quoted sentences do not state values on both sides of it: tiers ("in full
     * within the first 30 days… not after the first six months") leave a figure between them ("2 months in") to the
     * reader.
     */
    static String lead(RankedSentence best, List<RankedSentence> quoted, ReadQuestion q, boolean confident) {
        Polarity.Verdict v = Polarity.judge(best.text(), q);
        // a word read by its meaning ("weekends" as the documents' "weekdays") may be near, not the same, a rule for
        // everyone may not hold for a person of the asker's story ("can my dad be my proxy?"), and a vague amount ("a
        // bit late") may fall on either side of a rule's bound: no verdict
        boolean byPolarity = confident && v.decisive() && (q.figures().isEmpty() || v.figureMatch()) && !q.vague()
                && q.terms().stream().noneMatch(t -> t.meaning() || t.story());
        boolean contradicted = v.figureMismatch()
                && !Polarity.brackets(quoted.stream().map(RankedSentence::text).toList(), q);
        if (q.type() == QuestionType.YES_NO) {
            if (contradicted) {
                return "No.";
            }
            if (v.figureMatch() && !v.negative()) {
                return "Yes.";
            }
            return byPolarity ? (v.negative() != q.negated() ? "No." : "Yes.") : "";
        }
        // a figure a question asking "how much" or "how many" states is the asker's own case ("for me and my 12 year
        // old"), no claim the text may contradict, unless the question states it as one
        boolean presumes = q.asserts() || q.type() != QuestionType.COUNT && q.type() != QuestionType.AMOUNT
                && q.type() != QuestionType.PRICE;
        if (presumes && contradicted || q.asserts() && byPolarity && v.negative() != q.negated()) {
            return CORRECTION;
        }
        return "";
    }

    private static boolean startsWithWe(String sentence) {
        String s = sentence.strip();
        return s.startsWith("We ") && !s.startsWith("We’re") && !s.startsWith("We're");
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
}
