package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * How many older versions of each document the knowledge base keeps (for {@code kb history}, {@code kb
 * diff} and {@code kb rollback}); older ones are dropped with their source files at the next change.
 *
 * @param keep how many older versions per document (0: none, a replaced version is gone)
 */
public record Versions(int keep) {
    public static final int DEFAULT_KEEP = 10;

    public Versions {
        Check.within(keep, 0, 1_000, "versions.keep");
    }

    @JsonCreator
    static Versions fromJson(@JsonProperty("keep") Integer keep) {
        return new Versions(keep == null ? DEFAULT_KEEP : keep);
    }

    public static Versions defaults() {
        return new Versions(DEFAULT_KEEP);
    }
}
