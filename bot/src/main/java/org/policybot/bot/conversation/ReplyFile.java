package org.policybot.bot.conversation;

/**
 * A file attached to a reply (a long comparison of two versions, for instance), as plain data.
 *
 * @param name    the file name shown in Discord
 * @param content its bytes, at most {@link DiscordLimits#FILE_BYTES}
 */
public record ReplyFile(String name, byte[] content) {
    public ReplyFile {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an attached file needs a name");
        }
        if (content.length > DiscordLimits.FILE_BYTES) {
            throw new IllegalArgumentException("attached file " + name + " has " + content.length + " bytes, limit "
                    + DiscordLimits.FILE_BYTES);
        }
    }
}
