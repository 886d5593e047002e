package org.policybot.bot.conversation;

import java.util.Objects;

/**
 * A question put to the bot, from {@code /ask}, a mention, a DM or a follow-up.
 *
 * @param asker              who asks
 * @param text               the question, without the bot's mention
 * @param serverId           the server it was asked in, or null for a DM (then only shared documents answer)
 * @param threadId           the thread it was asked in, or null
 * @param repliedToMessageId the message it replies to, or null
 */
public record AskRequest(Asker asker, String text, String serverId, String threadId, String repliedToMessageId) {
    public AskRequest {
        Objects.requireNonNull(asker, "asker");
        text = text == null ? "" : text.strip();
    }

    /** A question asked directly (a DM), outside any thread or reply. */
    public static AskRequest of(Asker asker, String text) {
        return new AskRequest(asker, text, null, null, null);
    }

    /** A question asked in a server's channel, outside any thread or reply. */
    public static AskRequest in(String serverId, Asker asker, String text) {
        return new AskRequest(asker, text, serverId, null, null);
    }
}
