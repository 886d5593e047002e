package org.policybot.bot.conversation;

import java.util.List;

/**
 * One message the bot sends, as plain data; the Discord adapter turns it into a Javacord builder and
 * always adds empty allowed mentions. Limits are checked on construction.
 *
 * @param content text above the embeds, or null
 * @param embeds  at most 10, together at most 6000 characters
 * @param buttons one row of at most 5 buttons
 * @param files   attached files (only on replies to commands)
 */
public record ReplyMessage(String content, List<ReplyEmbed> embeds, List<ReplyButton> buttons, List<ReplyFile> files) {
    public ReplyMessage {
        content = SafeText.neutralise(content);
        embeds = List.copyOf(embeds);
        buttons = List.copyOf(buttons);
        files = List.copyOf(files);
        DiscordLimits.require(content, 0, DiscordLimits.CONTENT, "message content");
        if (embeds.size() > DiscordLimits.EMBEDS_PER_MESSAGE) {
            throw new IllegalArgumentException("message has " + embeds.size() + " embeds, limit "
                    + DiscordLimits.EMBEDS_PER_MESSAGE);
        }
        int total = embeds.stream().mapToInt(ReplyEmbed::size).sum();
        if (total > DiscordLimits.EMBED_TOTAL) {
            throw new IllegalArgumentException("message embeds hold " + total + " characters, limit "
                    + DiscordLimits.EMBED_TOTAL);
        }
        if (buttons.size() > DiscordLimits.BUTTONS_PER_ROW) {
            throw new IllegalArgumentException("message has " + buttons.size() + " buttons, limit "
                    + DiscordLimits.BUTTONS_PER_ROW);
        }
        if ((content == null || content.isEmpty()) && embeds.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException("message has neither content nor embeds nor files");
        }
    }

    /** A message without attached files. */
    public ReplyMessage(String content, List<ReplyEmbed> embeds, List<ReplyButton> buttons) {
        this(content, embeds, buttons, List.of());
    }

    /** A plain text message (the text must already fit; use {@link DiscordLimits#splitContent}). */
    public static ReplyMessage text(String content) {
        return new ReplyMessage(content, List.of(), List.of());
    }

    public ReplyMessage withButtons(List<ReplyButton> newButtons) {
        return new ReplyMessage(content, embeds, newButtons, files);
    }

    /** A text message with a file attached (the text must already fit). */
    public static ReplyMessage withFile(String content, ReplyFile file) {
        return new ReplyMessage(content, List.of(), List.of(), List.of(file));
    }
}
