package org.policybot.bot.discord;

/** One-line descriptions of failures for log lines, with the token scrubbed. */
final class Failures {
    private Failures() {
    }

    static String describe(Throwable t, DiscordToken token) {
        Throwable root = t;
        while ((root instanceof java.util.concurrent.CompletionException
                || root instanceof java.util.concurrent.ExecutionException) && root.getCause() != null) {
            root = root.getCause();
        }
        String message = root.getMessage();
        String text = root.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        return token == null ? text : token.scrub(text);
    }
}
