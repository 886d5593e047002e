package org.policybot.bot.discord;

import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.policybot.bot.conversation.ReplyMessage;

/**
 * Sends a channel message. The seam exists because Javacord's concrete {@code MessageBuilder} cannot
 * send through a mocked channel; the real one is {@link #JAVACORD}.
 */
@FunctionalInterface
interface Outbox {
    /**
     * @param replyTo the message this one answers (shown as a reply, nobody pinged), or null
     */
    CompletableFuture<Message> send(TextChannel channel, ReplyMessage message, Message replyTo);

    Outbox JAVACORD = (channel, message, replyTo) ->
            JavacordMessages.message(message, replyTo == null ? null : replyTo.getId()).send(channel);
}
