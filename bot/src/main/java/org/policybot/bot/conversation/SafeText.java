package org.policybot.bot.conversation;

/**
 * Makes text unable to mass-ping: {@code @everyone} and {@code @here} get a zero-width space after the
 * {@code @}. Every outgoing message also carries empty allowed mentions; this is the second lock, so
 * echoed user text stays harmless even where allowed mentions do not apply.
 */
public final class SafeText {
    public static final char ZERO_WIDTH_SPACE = '\u200B';

    private SafeText() {
    }

    public static String neutralise(String text) {
        if (text == null || text.indexOf('@') < 0) {
            return text;
        }
        return text.replace("@everyone", "@" + ZERO_WIDTH_SPACE + "everyone")
                .replace("@here", "@" + ZERO_WIDTH_SPACE + "here");
    }
}
