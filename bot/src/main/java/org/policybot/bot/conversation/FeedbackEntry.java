package org.policybot.bot.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * One line of {@code feedback.jsonl}: the latest vote of one user on one answer.
 *
 * @param time     when the vote was cast (ISO-8601 instant)
 * @param userId   the voter's Discord id
 * @param answerId the answer voted on
 * @param question the question that answer was for ("" when no longer known)
 * @param vote     "up" or "down"
 */
public record FeedbackEntry(String time, String userId, String answerId, String question, String vote) {
    @JsonCreator
    public FeedbackEntry(@JsonProperty(value = "time", required = true) String time,
                         @JsonProperty(value = "userId", required = true) String userId,
                         @JsonProperty(value = "answerId", required = true) String answerId,
                         @JsonProperty("question") String question,
                         @JsonProperty(value = "vote", required = true) String vote) {
        this.time = Objects.requireNonNull(time, "time");
        this.userId = Objects.requireNonNull(userId, "userId");
        this.answerId = Objects.requireNonNull(answerId, "answerId");
        this.question = question == null ? "" : question;
        this.vote = Vote.fromWire(vote).wire();
    }

    String key() {
        return userId + "\u0000" + answerId;
    }
}
