package org.policybot.bot.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.javacord.api.entity.message.Message;
import org.javacord.api.interaction.InteractionBase;
import org.javacord.api.interaction.callback.InteractionFollowupMessageBuilder;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.policybot.bot.conversation.ReplyMessage;

/** Sends reply messages as interaction responses: the first answers the interaction, the rest follow up. */
final class Interactions {
    /** The deferred reply to a command the bot could not take on because it is shutting down. */
    static final String SHUTTING_DOWN = "I am restarting and could not take this on. Please try again in a minute.";

    private Interactions() {
    }

    /** Responds at once (for quick replies such as notices and refusals). */
    static CompletableFuture<Void> respondNow(InteractionBase interaction, List<ReplyMessage> messages, boolean ephemeral) {
        InteractionImmediateResponseBuilder first = interaction.createImmediateResponder();
        JavacordMessages.fill(first, messages.get(0), ephemeral);
        CompletableFuture<?> done = first.respond();
        for (ReplyMessage m : messages.subList(1, messages.size())) {
            done = done.thenCompose(x -> followUp(interaction, m, ephemeral));
        }
        return done.thenApply(x -> null);
    }

    /**
     * Answers an interaction without saying anything: an ephemeral deferral whose placeholder is deleted
     * at once. For requests that were already told why they are not answered (a slash command cannot
     * simply be ignored: Discord would show the user a failure).
     */
    static CompletableFuture<Void> acknowledgeSilently(InteractionBase interaction) {
        return interaction.respondLater(true).thenCompose(InteractionOriginalResponseUpdater::delete);
    }

    /**
     * Defers, then runs the work on the executor. Should the executor refuse it (the bot is shutting down),
     * the deferred reply says so, instead of "thinking…" until Discord gives up on it a quarter of an hour later.
     */
    static CompletableFuture<Void> deferThenRun(InteractionBase interaction, boolean ephemeral, Executor work,
                                                Consumer<InteractionOriginalResponseUpdater> job) {
        return interaction.respondLater(ephemeral).thenCompose(original -> {
            try {
                return CompletableFuture.runAsync(() -> job.accept(original), work);
            } catch (RejectedExecutionException e) {
                JavacordMessages.fill(original, ReplyMessage.text(SHUTTING_DOWN), ephemeral);
                return original.update().thenApply(m -> null);
            }
        });
    }

    /**
     * Completes a deferred response: the first message replaces the "thinking…" placeholder, the rest
     * are follow-ups. Blocks until all are sent (call it off Javacord's threads).
     *
     * @return the ids of the messages sent, in order
     */
    static List<String> completeDeferred(InteractionBase interaction, InteractionOriginalResponseUpdater original,
                                         List<ReplyMessage> messages, boolean ephemeral) {
        List<String> ids = new ArrayList<>();
        JavacordMessages.fill(original, messages.get(0), ephemeral);
        JavacordMessages.attach(original, messages.get(0));
        ids.add(original.update().join().getIdAsString());
        for (ReplyMessage m : messages.subList(1, messages.size())) {
            ids.add(followUp(interaction, m, ephemeral).join().getIdAsString());
        }
        return ids;
    }

    private static CompletableFuture<Message> followUp(InteractionBase interaction, ReplyMessage m, boolean ephemeral) {
        InteractionFollowupMessageBuilder builder = interaction.createFollowupMessageBuilder();
        JavacordMessages.fill(builder, m, ephemeral);
        JavacordMessages.attach(builder, m);
        return builder.send();
    }
}
