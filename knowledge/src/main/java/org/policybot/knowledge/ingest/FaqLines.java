package org.policybot.knowledge.ingest;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * An FAQ written as text, in any format: "Q: Can I bring a friend?" above "A: Yes, guests may climb…", or both
 * in one paragraph, labelled or not; "Q3." / "A3." and "Question 3:" too. The question is the heading of its answer
 * (as an HTML FAQ's {@code <summary>} is), so it is neither quoted as a claim nor left in the answer, and the labels
 * are not words of the text. A label is read only where it cannot be something else: "Q1: access logs" (a
 * quarter) asks nothing, and "A." or "A)" alone opens the first item of a list as often as an answer.
 */
final class FaqLines {
    /** A question and the answer the same paragraph gives after it (else empty). */
    record Asked(String question, String answer) {
    }

    /**
     * A label opening a paragraph: the label word ("Q", "Question", "A", "Answer"; its first letter a capital, which
     * the caller checks), perhaps a number, then a colon, a stop or a bracket, then the text.
     */
    private static final String LABELLED = """
            (?<label> (?i:%s) )          # the label word, from faq-labels.txt
            (?: \\x20? (?<number> \\d{1,3}) )?  # its number: "Q3", "Question 3"
            (?<mark> [:.)] )               # a colon, a stop or a bracket
            \\s+ (?<text> \\S.*)            # the text
            """;
    private static final Pattern QUESTION = label("question");
    private static final Pattern ANSWER = label("answer");
    /** The end of the question a paragraph asks, where its answer begins: a question mark before more text. */
    private static final Pattern QUESTION_END = Pattern.compile("""
            (?<=\\?) ["”’)]*    # the question mark, perhaps closing a quote or bracket
            \\s+ (?=\\S)         # the space before the answer's first word
            """, Pattern.COMMENTS);
    /** A topic named after "Q:" instead of a question ("Q: Lost property"): a short phrase, no sentence in it. */
    private static final Pattern TOPIC = Pattern.compile("[^.!?;]+");
    /**
     * A question written as a label line is short: about three times the longest (14 words) of the FAQ questions in
     * the tuning sets; a longer "Q:" paragraph is text. Set by hand.
     */
    private static final int MAX_QUESTION_WORDS = 40;
    /** A topic named after "Q:" is a few words: about the length of a heading of the tuning FAQs. Set by hand. */
    private static final int MAX_TOPIC_WORDS = 8;

    private FaqLines() {
    }

    /**
     * Whether a line opens with a question's label ("Q:", "Q3.", "Question 2:") and, when it is numbered, asks: it
     * may start a paragraph of its own. "Q1: access logs" is a quarter's line.
     */
    static boolean opensQuestion(String line) {
        return labelled(QUESTION, line).filter(m -> m.group("number") == null || line.contains("?")).isPresent();
    }

    /**
     * The question a paragraph asks under a label, and the answer it gives after the question mark (its own label,
     * if any, dropped). Without an answer in the paragraph, a question labelled with a stop, a bracket or a number
     * ("Q3.", "Q1:") must end with a question mark; "Q:" may name a short topic ("Q: Lost property").
     */
    static Optional<Asked> question(String paragraph) {
        Optional<Matcher> m = labelled(QUESTION, paragraph);
        if (m.isEmpty()) {
            return Optional.empty();
        }
        String text = m.get().group("text").strip();
        String[] parts = QUESTION_END.split(text, 2);
        if (HeadingRules.words(parts[0]) > MAX_QUESTION_WORDS) {
            return Optional.empty();
        }
        if (parts.length == 2) {
            String rest = parts[1].strip();
            Optional<String> labelled = answer(rest);
            if (labelled.isPresent() || !rest.endsWith("?") || !TOPIC.matcher(rest.substring(0, rest.length() - 1))
                    .matches()) {
                return Optional.of(new Asked(parts[0].strip(), labelled.orElse(rest)));
            }
            // "Are meet leaders instructors? Who is responsible if something goes wrong?": one heading, two questions
        }
        boolean topic = m.get().group("mark").equals(":") && m.get().group("number") == null
                && TOPIC.matcher(text).matches() && HeadingRules.words(text) <= MAX_TOPIC_WORDS;
        return text.endsWith("?") || topic ? Optional.of(new Asked(text, "")) : Optional.empty();
    }

    /**
     * The text of an answer after its label, when the paragraph opens with one: "A:", "Answer:", or a numbered "A3."
     * or "A3)"; never a bare "A." or "A)", which opens the first item of a list ("A. Full-time employees…").
     */
    static Optional<String> answer(String paragraph) {
        return labelled(ANSWER, paragraph).filter(m -> m.group("mark").equals(":") || m.group("number") != null)
                .map(m -> m.group("text").strip());
    }

    private static Optional<Matcher> labelled(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text.strip());
        return m.matches() && Character.isUpperCase(m.group("label").charAt(0)) ? Optional.of(m) : Optional.empty();
    }

    private static Pattern label(String kind) {
        List<String> labels = Lexicon.FAQ_LABELS.get(kind);
        if (labels == null) {
            throw new IllegalStateException("faq-labels.txt names no " + kind + " label");
        }
        String alternation = String.join("|", labels.stream().map(Pattern::quote).toList());
        return Pattern.compile(LABELLED.formatted(alternation), Pattern.COMMENTS | Pattern.DOTALL);
    }
}
