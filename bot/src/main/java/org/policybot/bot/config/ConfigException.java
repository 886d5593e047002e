package org.policybot.bot.config;

/**
 * The configuration cannot be used. The message is one line that names the bad field and why, e.g.
 * {@code limits.questionsPerMinute: must be >= 1, was 0}; it never quotes a secret.
 */
public class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }
}
