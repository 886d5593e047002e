package org.policybot.bot.discord;

import java.util.List;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.message.component.LowLevelComponent;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.message.mention.AllowedMentionsBuilder;
import org.javacord.api.interaction.callback.ExtendedInteractionMessageBuilderBase;
import org.javacord.api.interaction.callback.InteractionMessageBuilderBase;
import org.policybot.bot.conversation.ReplyButton;
import org.policybot.bot.conversation.ReplyEmbed;
import org.policybot.bot.conversation.ReplyField;
import org.policybot.bot.conversation.ReplyFile;
import org.policybot.bot.conversation.ReplyMessage;

/**
 * Turns plain reply messages into Javacord builders. Every message gets empty allowed mentions, so no
 * text the bot sends (echoed questions, quotes) can ping anyone.
 */
final class JavacordMessages {
    private JavacordMessages() {
    }

    /** Nothing may be pinged: no users, roles, @everyone/@here, nor the author of a replied-to message. */
    static AllowedMentions noMentions() {
        return new AllowedMentionsBuilder()
                .setMentionUsers(false)
                .setMentionRoles(false)
                .setMentionEveryoneAndHere(false)
                .setMentionRepliedUser(false)
                .build();
    }

    static EmbedBuilder embed(ReplyEmbed e) {
        EmbedBuilder b = new EmbedBuilder();
        if (e.title() != null) {
            b.setTitle(e.title());
        }
        if (e.description() != null) {
            b.setDescription(e.description());
        }
        for (ReplyField f : e.fields()) {
            b.addField(f.name(), f.value());
        }
        if (e.footer() != null) {
            b.setFooter(e.footer());
        }
        return b;
    }

    static ActionRow buttons(List<ReplyButton> buttons) {
        LowLevelComponent[] row = buttons.stream()
                .map(b -> Button.secondary(b.customId(), b.label(), b.emoji()))
                .toArray(LowLevelComponent[]::new);
        return ActionRow.of(row);
    }

    /** Fills an interaction response, follow-up or update. */
    static void fill(InteractionMessageBuilderBase<?> builder, ReplyMessage m, boolean ephemeral) {
        builder.setAllowedMentions(noMentions());
        if (m.content() != null) {
            builder.setContent(m.content());
        }
        if (!m.embeds().isEmpty()) {
            builder.addEmbeds(m.embeds().stream().map(JavacordMessages::embed).toList());
        }
        if (!m.buttons().isEmpty()) {
            builder.addComponents(buttons(m.buttons()));
        }
        if (ephemeral) {
            builder.setFlags(MessageFlag.EPHEMERAL);
        }
    }

    /** Attaches a reply's files to an interaction response that can carry them (a deferred reply, a follow-up). */
    static void attach(ExtendedInteractionMessageBuilderBase<?> builder, ReplyMessage m) {
        for (ReplyFile f : m.files()) {
            builder.addAttachment(f.content(), f.name());
        }
    }

    /** A channel message, optionally a reply to another message (without pinging its author). */
    static MessageBuilder message(ReplyMessage m, Long replyToMessageId) {
        MessageBuilder b = new MessageBuilder();
        b.setAllowedMentions(noMentions());
        if (m.content() != null) {
            b.setContent(m.content());
        }
        for (ReplyEmbed e : m.embeds()) {
            b.addEmbed(embed(e));
        }
        if (!m.buttons().isEmpty()) {
            b.addComponents(buttons(m.buttons()));
        }
        if (replyToMessageId != null) {
            b.replyTo(replyToMessageId, false);
        }
        return b;
    }
}
