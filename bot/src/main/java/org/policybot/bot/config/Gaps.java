package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How long the bot keeps the record of questions it could not answer well (abstained, answered with
 * low confidence, or voted 👎), which moderators read with {@code /kb gaps}. Older records are dropped
 * when the bot starts and once a day; 0 keeps none and records nothing.
 *
 * @param days how long a record is kept
 */
public record Gaps(int days) {
    public static final int DEFAULT_DAYS = 30;

    public Gaps {
        Check.within(days, 0, 365, "gaps.days");
    }

    @JsonCreator
    static Gaps fromJson(@JsonProperty("days") Integer days) {
        return new Gaps(days == null ? DEFAULT_DAYS : days);
    }

    public static Gaps defaults() {
        return new Gaps(DEFAULT_DAYS);
    }
}
