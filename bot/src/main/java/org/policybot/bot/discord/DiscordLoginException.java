package org.policybot.bot.discord;

/**
 * Logging in to Discord (or registering the commands right after) failed. Built from the failure with the token scrubbed from every message and
 * without chaining the original exceptions (whose messages could carry it); their stack trace is kept.
 */
public final class DiscordLoginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private DiscordLoginException(String message) {
        super(message);
    }

    static DiscordLoginException of(Throwable failure, DiscordToken token) {
        return of("login to Discord failed", failure, token);
    }

    static DiscordLoginException of(String what, Throwable failure, DiscordToken token) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        DiscordLoginException e = new DiscordLoginException(what + ": " + Failures.describe(root, token));
        e.setStackTrace(root.getStackTrace());
        return e;
    }
}
