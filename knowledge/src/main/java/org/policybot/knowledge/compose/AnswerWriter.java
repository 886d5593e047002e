package org.policybot.knowledge.compose;

import java.util.List;
import java.util.function.Function;
import org.policybot.knowledge.retrieve.QueryAnalysis;

/**
 * Writes the chosen sentences as an answer: a direct lead where the question invites one ("Yes."
 * / "No." for a yes/no question the cited sentence decides; a correction when the question assumes
 * what the text contradicts), the document's first person rewritten for the reader, and a marker
 * on every sentence.
 */
final class AnswerWriter {
    static final String CORRECTION = "Not according to the source.";

    private AnswerWriter() {
    }

    /**
     * @param chosen   the sentences in answer order
     * @param best     the sentence that scored best (it decides yes/no and premises)
     * @param authorOf document id to its author, for rewriting "we"
     */
    static Composition write(List<ScoredSentence> chosen, ScoredSentence best, QueryAnalysis query, QuestionType type,
                             Function<String, String> authorOf) {
        Citations citations = new Citations();
        boolean attributed = false;
        boolean listing = false;
        StringBuilder body = new StringBuilder();
        for (ScoredSentence s : chosen) {
            String original = Connectives.strip(s.text());
            String author = authorOf.apply(s.passage().docId());
            String text = FirstPersonRewriter.rewrite(original, author);
            if (!attributed && author != null && !author.isBlank() && startsWithWe(original)) {
                text = author + " says " + lowerFirst(FirstPersonRewriter.rewrite(original.strip(), author, true));
                attributed = true;
            }
            String marked = Citations.mark(text, citations.use(s.passage(), s.index()));
            boolean item = listing && s.isHeading();
            if (body.length() > 0) {
                body.append(item ? "\n• " : listing ? "\n" : " ");
            }
            body.append(marked);
            listing = item || marked.endsWith(":");
        }
        String lead = lead(best, query, type);
        return new Composition(lead.isEmpty() ? body.toString() : lead + " " + body, citations.list());
    }

    static String lead(ScoredSentence best, QueryAnalysis query, QuestionType type) {
        Polarity.Verdict v = Polarity.judge(best.text(), query);
        boolean questionNegated = Polarity.isNegated(query.asked());
        if (type == QuestionType.YES_NO) {
            if (v.figureMismatch()) {
                return "No.";
            }
            if (v.figureMatch() && !v.negative()) {
                return "Yes.";
            }
            if (v.decisive()) {
                return v.negative() ? "No." : "Yes.";
            }
            return "";
        }
        if (v.figureMismatch() || v.decisive() && v.negative() != questionNegated) {
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
