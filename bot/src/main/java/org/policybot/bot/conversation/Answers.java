package org.policybot.bot.conversation;

import java.util.function.Consumer;
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

    /**
     * Answers a question; {@code progress} (when not null) gets the checked answer so far while a
     * model's reply streams in. Without streaming, the same as {@link #answer(Question)}.
     */
    default Answer answer(Question question, Consumer<String> progress) {
        return answer(question);
    }
}
