package org.policybot.bot.conversation;

import java.util.Objects;

/**
 * A file a moderator attached, as announced by Discord (before anything is downloaded).
 *
 * @param fileName    the file name
 * @param sizeBytes   the announced size
 * @param contentType the announced MIME type, or null
 */
public record AttachmentInfo(String fileName, long sizeBytes, String contentType) {
    public AttachmentInfo {
        Objects.requireNonNull(fileName, "fileName");
    }
}
