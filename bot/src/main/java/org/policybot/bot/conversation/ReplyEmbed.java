package org.policybot.bot.conversation;

import java.util.List;

/**
 * An embed as plain data. Null parts are absent. Discord's limits are checked on construction, so an
 * embed that exists can be sent.
 */
public record ReplyEmbed(String title, String description, List<ReplyField> fields, String footer) {
    public ReplyEmbed {
        title = SafeText.neutralise(title);
        description = SafeText.neutralise(description);
        footer = SafeText.neutralise(footer);
        fields = List.copyOf(fields);
        DiscordLimits.require(title, 0, DiscordLimits.TITLE, "embed title");
        DiscordLimits.require(description, 0, DiscordLimits.DESCRIPTION, "embed description");
        DiscordLimits.require(footer, 0, DiscordLimits.FOOTER, "embed footer");
        if (fields.size() > DiscordLimits.FIELDS) {
            throw new IllegalArgumentException("embed has " + fields.size() + " fields, limit " + DiscordLimits.FIELDS);
        }
        int size = size(title, description, fields, footer);
        if (size > DiscordLimits.EMBED_TOTAL) {
            throw new IllegalArgumentException("embed has " + size + " characters, limit " + DiscordLimits.EMBED_TOTAL);
        }
    }

    /** Characters as Discord counts them toward the 6000 limit. */
    public int size() {
        return size(title, description, fields, footer);
    }

    private static int size(String title, String description, List<ReplyField> fields, String footer) {
        int n = length(title) + length(description) + length(footer);
        for (ReplyField f : fields) {
            n += f.size();
        }
        return n;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }
}
