package org.policybot.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.InvalidQuestionException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/**
 * Stands in for the engine port in tests of the bot's own rules (limits, routing, context): records
 * every question and answers with the question's own text, so tests see exactly what reached the engine.
 */
final class RecordingAnswers implements Answers {
    final List<Question> questions = new ArrayList<>();
    private int count;

    @Override
    public synchronized Answer answer(Question question) {
        questions.add(question);
        if (question.text().equals("boom")) {
            throw new IllegalStateException("engine failure");
        }
        if (question.text().equals("?")) {
            throw new InvalidQuestionException("question has no words to search for");
        }
        return new Answer("answer-" + (++count), question.text(), "About: " + question.text() + " [1]", false,
                List.of(AnswerFixtures.citation(1, "Doc", "Sec", "https://example.org", "Quote.")),
                Answer.EXTRACTIVE, null, 1);
    }
}
