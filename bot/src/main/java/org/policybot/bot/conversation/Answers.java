package org.policybot.bot.conversation;

import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/** The port through which the bot asks the knowledge engine; bound to {@code AnswerEngine::answer}. */
@FunctionalInterface
public interface Answers {
    /**
     * Answers a question.
     *
     * @throws org.policybot.knowledge.InvalidQuestionException for an empty or oversized question
     */
    Answer answer(Question question);
}
