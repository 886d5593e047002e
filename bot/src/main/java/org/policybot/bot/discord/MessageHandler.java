package org.policybot.bot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.javacord.api.entity.channel.AutoArchiveDuration;
import org.javacord.api.entity.channel.ServerThreadChannel;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.message.MessageReference;
import org.javacord.api.entity.server.Server;
import org.javacord.api.event.message.MessageCreateEvent;
import org.javacord.api.listener.message.MessageCreateListener;
import org.policybot.bot.conversation.Admission;
import org.policybot.bot.conversation.Answered;
import org.policybot.bot.conversation.AskRequest;
import org.policybot.bot.conversation.Asker;
import org.policybot.bot.conversation.Asking;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.IncomingMessage;
import org.policybot.bot.conversation.ReplyMessage;
import org.policybot.bot.conversation.Route;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages: a mention in a channel, a DM, or a follow-up (in a thread the bot opened, or a reply to one
 * of its answers). The conversation decides whether to answer, to send a short notice (once; then it
 * stays silent), or to say nothing; this class reads the message and sends the answer as a reply, or
 * into a new thread when so configured.
 */
final class MessageHandler implements MessageCreateListener {
    private static final Logger LOG = LoggerFactory.getLogger(MessageHandler.class);

    private final Conversation conversation;
    private final Executor work;
    private final Outbox outbox;
    private final DiscordToken token;

    MessageHandler(Conversation conversation, Executor work, Outbox outbox, DiscordToken token) {
        this.conversation = conversation;
        this.work = work;
        this.outbox = outbox;
        this.token = token;
    }

    @Override
    public void onMessageCreate(MessageCreateEvent event) {
        Message message = event.getMessage();
        long botId = event.getApi().getYourself().getId();
        IncomingMessage incoming = incoming(message, botId);
        Asking asking = conversation.asking();
        Route route = asking.route(incoming);
        if (route == Route.IGNORE) {
            return;
        }
        AskRequest request = asking.request(incoming, String.valueOf(botId));
        Admission admission = asking.admit(request);
        if (admission.kind() == Admission.Kind.NOTICE) {
            outbox.send(message.getChannel(), admission.notice(), message).exceptionally(this::failed);
            return;
        }
        if (admission.kind() == Admission.Kind.SILENT) {
            LOG.debug("message {} not answered: the asker was already told why", message.getId());
            return;
        }
        try {
            work.execute(() -> answer(message, request, route));
        } catch (RejectedExecutionException e) {
            LOG.info("shutting down: message {} left unanswered", message.getId());
        }
    }

    private void answer(Message message, AskRequest request, Route route) {
        try {
            Answered answered = conversation.asking().answer(request);
            TextChannel target = message.getChannel();
            Message replyTo = message;
            String newThread = null;
            if (route == Route.NEW_THREAD) {
                Optional<ServerThreadChannel> thread = openThread(message, request);
                if (thread.isPresent()) {
                    target = thread.get();
                    replyTo = null;
                    newThread = thread.get().getIdAsString();
                    // known as a bot thread from now on, so a quick follow-up is not missed
                    conversation.asking().delivered(answered, List.of(), newThread);
                }
            }
            List<String> ids = new ArrayList<>();
            for (ReplyMessage m : answered.messages()) {
                ids.add(outbox.send(target, m, ids.isEmpty() ? replyTo : null).join().getIdAsString());
            }
            conversation.asking().delivered(answered, ids, newThread);
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /** A thread for the answer; when Discord refuses (permissions, archived channel) the answer becomes a reply. */
    private Optional<ServerThreadChannel> openThread(Message message, AskRequest request) {
        try {
            return Optional.of(message.createThread(Asking.threadName(request.text()), AutoArchiveDuration.ONE_DAY).join());
        } catch (CompletionException e) {
            LOG.warn("could not open a thread, replying instead: {}", Failures.describe(e, token));
            return Optional.empty();
        }
    }

    static IncomingMessage incoming(Message message, long botId) {
        MessageAuthor author = message.getAuthor();
        TextChannel channel = message.getChannel();
        Optional<ServerThreadChannel> thread = channel.asServerThreadChannel();
        String content = message.getContent();
        boolean mentionsBot = message.getMentionedUsers().stream().anyMatch(u -> u.getId() == botId)
                || content.contains("<@" + botId + ">") || content.contains("<@!" + botId + ">");
        return new IncomingMessage(new Asker(author.getIdAsString(), author.getName()),
                author.isYourself() || author.isBotUser() || author.isWebhook(),
                content,
                channel.getIdAsString(),
                thread.map(t -> t.getParent().getIdAsString()).orElse(null),
                message.getServer().map(Server::getIdAsString).orElse(null),
                channel.asPrivateChannel().isPresent(),
                mentionsBot,
                message.getMessageReference().flatMap(MessageReference::getMessageId).map(String::valueOf).orElse(null));
    }

    private Message failed(Throwable t) {
        LOG.error("answering a message failed: {}", Failures.describe(t, token));
        return null;
    }
}
