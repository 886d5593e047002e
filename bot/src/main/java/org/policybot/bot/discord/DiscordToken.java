package org.policybot.bot.discord;

import java.util.Map;

/**
 * The bot token, read only from {@code DISCORD_TOKEN}. It is never printed: {@link #toString()} hides it
 * and {@link #scrub(String)} removes it from any text bound for a log line or an exception message.
 */
public final class DiscordToken {
    public static final String ENV = "DISCORD_TOKEN";
    private static final String HIDDEN = "[DISCORD_TOKEN]";

    private final String value;

    private DiscordToken(String value) {
        this.value = value;
    }

    /** The token from the process environment. */
    public static DiscordToken fromEnvironment() {
        return from(System.getenv());
    }

    /**
     * The token from an environment map.
     *
     * @throws MissingTokenException when it is absent or blank
     */
    public static DiscordToken from(Map<String, String> env) {
        String token = env.get(ENV);
        if (token == null || token.isBlank()) {
            throw new MissingTokenException();
        }
        return new DiscordToken(token.strip());
    }

    String value() {
        return value;
    }

    /** {@code text} with every occurrence of the token replaced by a placeholder. */
    public String scrub(String text) {
        return text == null ? null : text.replace(value, HIDDEN);
    }

    @Override
    public String toString() {
        return "DiscordToken" + HIDDEN;
    }

    /** {@code DISCORD_TOKEN} is not set; the message is the one line to show. */
    public static final class MissingTokenException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        MissingTokenException() {
            super(ENV + " is not set: put the bot token in the " + ENV + " environment variable to run the bot");
        }
    }
}
