package org.policybot.bot.conversation;

import java.util.List;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;

/** Builds engine answers for renderer tests, where the shape of the answer (length, citations) is the point. */
final class AnswerFixtures {
    private AnswerFixtures() {
    }

    static Citation citation(int n, String title, String section, String url, String quote) {
        return new Citation(n, "doc-" + n, title, section, url, quote, quote, "doc-" + n + "#p" + n);
    }

    static Answer answer(String question, String text, List<Citation> citations) {
        return new Answer("a-" + Math.abs(text.hashCode()), question, text, false, Answer.HIGH, citations, Answer.EXTRACTIVE, null, 3);
    }

    static Answer lowConfidence(String question, String text, List<Citation> citations) {
        return new Answer("a-low", question, text, false, Answer.LOW, citations, Answer.EXTRACTIVE, null, 3);
    }

    static Answer abstention(String question, String text) {
        return new Answer("a-abstain", question, text, true, Answer.NONE, List.of(), Answer.EXTRACTIVE, null, 2);
    }

    /** Prose of about {@code chars} characters: sentences grouped into paragraphs, each sentence citing [1]. */
    static String prose(int chars) {
        StringBuilder sb = new StringBuilder();
        int sentence = 0;
        while (sb.length() < chars) {
            sb.append("Sentence ").append(++sentence).append(" says the policy keeps data for thirty days [1]. ");
            if (sentence % 6 == 0) {
                sb.append("\n\n");
            }
        }
        return sb.toString().strip();
    }
}
