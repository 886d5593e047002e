package org.policybot.bot.conversation;

import java.util.Objects;

/**
 * A message the bot can see, reduced to what decides whether and how it answers.
 *
 * @param author             who wrote it
 * @param fromBot            written by a bot (the bot itself included): never answered
 * @param text               the raw content
 * @param channelId          where it was posted (a thread's own id when in a thread)
 * @param threadParentId     the parent channel when posted in a thread, else null
 * @param serverId           the server it was posted in, or null for a DM
 * @param direct             a direct message
 * @param mentionsBot        it mentions the bot
 * @param repliedToMessageId the message it replies to, or null
 */
public record IncomingMessage(Asker author, boolean fromBot, String text, String channelId, String threadParentId,
                              String serverId, boolean direct, boolean mentionsBot, String repliedToMessageId) {
    public IncomingMessage {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(channelId, "channelId");
        text = text == null ? "" : text;
    }

    public boolean inThread() {
        return threadParentId != null;
    }
}
