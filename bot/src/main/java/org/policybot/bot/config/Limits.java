package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Limits that protect the bot and the people around it.
 *
 * @param questionsPerMinute per user, across commands, mentions and DMs
 * @param maxQuestionLength  in characters
 * @param maxFileBytes       the largest file a moderator may add
 */
public record Limits(int questionsPerMinute, int maxQuestionLength, long maxFileBytes) {
    public static final int DEFAULT_QUESTIONS_PER_MINUTE = 5;
    public static final int DEFAULT_MAX_QUESTION_LENGTH = 500;
    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

    public Limits {
        Check.within(questionsPerMinute, 1, 10_000, "limits.questionsPerMinute");
        Check.within(maxQuestionLength, 1, 6_000, "limits.maxQuestionLength");
        Check.within(maxFileBytes, 1, 500L * 1024 * 1024, "limits.maxFileBytes");
    }

    @JsonCreator
    static Limits fromJson(@JsonProperty("questionsPerMinute") Integer questionsPerMinute,
                           @JsonProperty("maxQuestionLength") Integer maxQuestionLength,
                           @JsonProperty("maxFileBytes") Long maxFileBytes) {
        return new Limits(questionsPerMinute == null ? DEFAULT_QUESTIONS_PER_MINUTE : questionsPerMinute,
                maxQuestionLength == null ? DEFAULT_MAX_QUESTION_LENGTH : maxQuestionLength,
                maxFileBytes == null ? DEFAULT_MAX_FILE_BYTES : maxFileBytes);
    }

    public static Limits defaults() {
        return new Limits(DEFAULT_QUESTIONS_PER_MINUTE, DEFAULT_MAX_QUESTION_LENGTH, DEFAULT_MAX_FILE_BYTES);
    }
}
