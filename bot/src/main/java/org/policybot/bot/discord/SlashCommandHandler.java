package org.policybot.bot.discord;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.javacord.api.entity.Attachment;
import org.javacord.api.entity.channel.Channel;
import org.javacord.api.entity.server.Server;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.listener.interaction.SlashCommandCreateListener;
import org.policybot.bot.conversation.Admission;
import org.policybot.bot.conversation.Answered;
import org.policybot.bot.conversation.AskRequest;
import org.policybot.bot.conversation.Asker;
import org.policybot.bot.conversation.AttachmentInfo;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.DiscordLimits;
import org.policybot.bot.conversation.MemberFacts;
import org.policybot.bot.conversation.ReplyMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ask}: checks the home servers and the limits (a refusal is an ephemeral notice, or after one
 * notice a silent acknowledgement), defers, answers off Javacord's threads and fills in the deferred
 * reply, in the scope of the server it came from. {@code /kb}: checks the home servers and the
 * moderator on arrival (anyone else is refused ephemerally, nothing runs), then runs the subcommand on
 * the moderator's server's documents with an ephemeral deferred reply. Any other command gets an
 * ephemeral "I don't know that one" at once.
 */
final class SlashCommandHandler implements SlashCommandCreateListener {
    private static final Logger LOG = LoggerFactory.getLogger(SlashCommandHandler.class);

    private final Conversation conversation;
    private final Members members;
    private final Executor work;
    private final DiscordToken token;

    SlashCommandHandler(Conversation conversation, Members members, Executor work, DiscordToken token) {
        this.conversation = conversation;
        this.members = members;
        this.work = work;
        this.token = token;
    }

    @Override
    public void onSlashCommandCreate(SlashCommandCreateEvent event) {
        SlashCommandInteraction interaction = event.getSlashCommandInteraction();
        switch (interaction.getCommandName()) {
            case Commands.ASK -> ask(interaction);
            case Commands.KB -> kb(interaction);
            default -> {
                LOG.info("answering unknown command /{}", interaction.getCommandName());
                Interactions.respondNow(interaction, List.of(ReplyMessage.text(OtherInteractions.UNKNOWN)), true)
                        .exceptionally(this::failed);
            }
        }
    }

    /** Sends a refusal's notice ephemerally, or acknowledges silently; false when the request may go on. */
    private boolean refused(SlashCommandInteraction interaction, Admission admission) {
        switch (admission.kind()) {
            case NOTICE -> Interactions.respondNow(interaction, List.of(admission.notice()), true).exceptionally(this::failed);
            case SILENT -> Interactions.acknowledgeSilently(interaction).exceptionally(this::failed);
            case ANSWER -> {
                return false;
            }
        }
        return true;
    }

    private static String serverId(SlashCommandInteraction interaction) {
        return interaction.getServer().map(Server::getIdAsString).orElse(null);
    }

    private void ask(SlashCommandInteraction interaction) {
        String threadId = interaction.getChannel().flatMap(Channel::asServerThreadChannel)
                .map(t -> t.getIdAsString()).orElse(null);
        AskRequest request = new AskRequest(Members.asker(interaction.getUser()),
                interaction.getArgumentStringValueByName("question").orElse(""), serverId(interaction), threadId, null);
        if (refused(interaction, conversation.asking().admit(request))) {
            return;
        }
        Interactions.deferThenRun(interaction, false, work, original -> {
            StreamedEdits edits = new StreamedEdits(original);
            Answered answered;
            try {
                answered = conversation.asking().answer(request, edits);
            } finally {
                edits.close();
            }
            if (edits.edited() && answered.messages().get(0).content() == null) {
                original.setContent(StreamedEdits.CLEARED);
            }
            List<String> ids = Interactions.completeDeferred(interaction, original, answered.messages(), false);
            conversation.asking().delivered(answered, ids, null);
        }).exceptionally(this::failed);
    }

    private void kb(SlashCommandInteraction interaction) {
        if (refused(interaction, conversation.homeServers().admit(serverId(interaction)))) {
            return;
        }
        Asker moderator = Members.asker(interaction.getUser());
        MemberFacts member = members.facts(interaction.getServer(), interaction.getUser());
        Optional<SlashCommandInteractionOption> sub = interaction.getOptions().stream().findFirst();
        if (!conversation.kb().allows(member) || sub.isEmpty()) {
            // the command refuses without side effects; answer at once, only to the user
            List<ReplyMessage> reply = sub.map(s -> run(s, moderator, member))
                    .orElse(DiscordLimits.textMessages("Use /kb add, remove, list, reindex, history, diff, rollback or gaps.",
                            List.of()));
            Interactions.respondNow(interaction, reply, true).exceptionally(this::failed);
            return;
        }
        Interactions.deferThenRun(interaction, true, work, original -> Interactions.completeDeferred(interaction,
                original, run(sub.get(), moderator, member), true)).exceptionally(this::failed);
    }

    private List<ReplyMessage> run(SlashCommandInteractionOption sub, Asker moderator, MemberFacts member) {
        return switch (sub.getName()) {
            case "add" -> add(sub, moderator, member);
            case "remove" -> conversation.kb().remove(moderator, member, sub.getArgumentStringValueByName("doc").orElse(""));
            case "list" -> conversation.kb().list(moderator, member);
            case "reindex" -> conversation.kb().reindex(moderator, member);
            case "history" -> conversation.kb().history(moderator, member, sub.getArgumentStringValueByName("doc").orElse(""));
            case "diff" -> conversation.kb().diff(moderator, member, sub.getArgumentStringValueByName("doc").orElse(""),
                    version(sub, "from"), version(sub, "to"));
            case "rollback" -> conversation.kb().rollback(moderator, member,
                    sub.getArgumentStringValueByName("doc").orElse(""), sub.getArgumentLongValueByName("version").orElse(0L));
            case "gaps" -> conversation.kb().gaps(moderator, member, sub.getArgumentLongValueByName("days").orElse(null));
            default -> DiscordLimits.textMessages("Unknown subcommand /kb " + sub.getName() + ".", List.of());
        };
    }

    /** A version number option, or null when not given; a number out of range becomes 0, which the command refuses. */
    private static Integer version(SlashCommandInteractionOption sub, String name) {
        return sub.getArgumentLongValueByName(name).map(v -> v < 1 || v > Integer.MAX_VALUE ? 0 : v.intValue()).orElse(null);
    }

    private List<ReplyMessage> add(SlashCommandInteractionOption sub, Asker moderator, MemberFacts member) {
        Optional<Attachment> file = sub.getArgumentAttachmentValueByName("file");
        if (file.isEmpty()) {
            return DiscordLimits.textMessages("Attach the document as the file option.", List.of());
        }
        Attachment attachment = file.get();
        return conversation.kb().add(moderator, member,
                new AttachmentInfo(attachment.getFileName(), attachment.getSize(), null),
                () -> download(attachment),
                sub.getArgumentStringValueByName("id").orElse(null),
                sub.getArgumentStringValueByName("title").orElse(null),
                sub.getArgumentStringValueByName("url").orElse(null));
    }

    private static byte[] download(Attachment attachment) throws IOException {
        try {
            return attachment.asByteArray().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof IOException io ? io
                    : new IOException("download of " + attachment.getFileName() + " failed", e.getCause());
        }
    }

    private Void failed(Throwable t) {
        LOG.error("slash command handling failed: {}", Failures.describe(t, token));
        return null;
    }
}
