package org.policybot.bot.conversation;

import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/**
 * The bot's reply to a question, ready to send.
 *
 * @param request  what was asked
 * @param question the question as put to the engine, with earlier questions as context
 * @param answer   the engine's answer, or null when it could not answer (then the messages say why)
 * @param messages the messages to send, in order
 */
public record Answered(AskRequest request, Question question, Answer answer, List<ReplyMessage> messages) {
    public Answered {
        messages = List.copyOf(messages);
        if (messages.isEmpty()) {
            throw new IllegalArgumentException("an answer needs at least one message");
        }
    }

    public Optional<String> answerId() {
        return Optional.ofNullable(answer).map(Answer::id);
    }
}
