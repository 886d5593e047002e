package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How much conversation memory the bot keeps in its data folder (which answer went to whom, after
 * which questions), so that follow-ups and votes work across restarts. Whatever is older or beyond
 * the count is forgotten.
 *
 * @param entries the most answers remembered
 * @param days    how long an answer is remembered
 */
public record Memory(int entries, int days) {
    public static final int DEFAULT_ENTRIES = 10_000;
    public static final int DEFAULT_DAYS = 7;

    public Memory {
        Check.within(entries, 1, 1_000_000, "memory.entries");
        Check.within(days, 1, 365, "memory.days");
    }

    @JsonCreator
    static Memory fromJson(@JsonProperty("entries") Integer entries, @JsonProperty("days") Integer days) {
        return new Memory(entries == null ? DEFAULT_ENTRIES : entries, days == null ? DEFAULT_DAYS : days);
    }

    public static Memory defaults() {
        return new Memory(DEFAULT_ENTRIES, DEFAULT_DAYS);
    }
}
