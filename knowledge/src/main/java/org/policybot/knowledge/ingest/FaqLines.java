package org.policybot.knowledge.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * An FAQ written as text, in any format: "Q: Can I bring a friend?" above "A: Yes, guests may climb…", or both
 * on one line; "Q3." and "Question 3:" too. The question is the heading of its answer (as an HTML FAQ's
 * {@code <summary>} is), so it is neither quoted as a claim nor left in the answer, and the labels are not words
 * of the text.
 */
final class FaqLines {
    /** A question and, when the same paragraph holds it, its answer (else empty). */
    record Asked(String question, String answer) {
    }

    /**
     * A label, perhaps its number, then a colon, a stop or a bracket ("Q:", "Q3.", "Question 3:", "A)"), then the
     * text (group "text"). The label opens with a capital letter, which the caller checks.
     */
    private static final String LABELLED = """
            (?<label> (?i:%s) ) \\x20? \\d{0,3} (?<mark> [:.)] ) \\s+ (?<text> \\S.*)
            """;
    private static final Pattern QUESTION = label("question");
    private static final Pattern ANSWER = label("answer");
    /** The end of an asked question inside a paragraph, where the answer's label follows ("…a friend? A: Yes"). */
    private static final Pattern ANSWER_INSIDE = Pattern.compile("""
            (?<=\\?) \\s+ (?=(?i:%s) \\x20? \\d{0,3} [:.)] \\s)
            """.formatted(alternation("answer")), Pattern.COMMENTS);
    /** A question written as a label line is short; a longer "Q:" paragraph is text. */
    private static final int MAX_QUESTION_WORDS = 40;

    private FaqLines() {
    }

    /** Whether a line opens with a question's label: it starts a paragraph of its own. */
    static boolean opensQuestion(String line) {
        return labelled(QUESTION, line).isPresent();
    }

    /**
     * The question a paragraph asks under a label, and the answer the same paragraph gives after its own label. A
     * question labelled with a stop or bracket ("Q3.") must end with a question mark, as must one the paragraph
     * answers; "Q:" may name a topic ("Q: Lost property").
     */
    static Optional<Asked> question(String paragraph) {
        Optional<Matcher> m = labelled(QUESTION, paragraph);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String text = m.get().group("text").strip();
        String[] parts = ANSWER_INSIDE.split(text, 2);
        if (parts.length == 2) {
            return Optional.of(new Asked(parts[0].strip(), answer(parts[1]).orElse(parts[1]).strip()));
        }
        boolean asks = text.endsWith("?") || m.get().group("mark").equals(":");
        return asks && HeadingRules.words(text) <= MAX_QUESTION_WORDS ? Optional.of(new Asked(text, ""))
                : Optional.empty();
    }

    /** The text of an answer after its label ("A: Yes, …"), when the paragraph opens with one. */
    static Optional<String> answer(String paragraph) {
        return labelled(ANSWER, paragraph).map(m -> m.group("text").strip());
    }

    private static Optional<Matcher> labelled(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.strip());
        return m.matches() && Character.isUpperCase(m.group("label").charAt(0)) ? Optional.of(m) : Optional.empty();
    }

    private static Pattern label(String kind) {
        return Pattern.compile(LABELLED.formatted(alternation(kind)), Pattern.COMMENTS | Pattern.DOTALL);
    }

    private static String alternation(String kind) {
        List<String> labels = Lexicon.FAQ_LABELS.get(kind);
        if (labels == null) {
            throw new IllegalStateException("faq-labels.txt names no " + kind + " label");
        }
        return String.join("|", labels.stream().map(Pattern::quote).toList());
    }
}
