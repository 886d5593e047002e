package org.policybot.bot.conversation;

import java.util.Objects;

/**
 * Who is talking to the bot.
 *
 * @param userId the Discord user id
 * @param name   the user's name as shown (for the audit log)
 */
public record Asker(String userId, String name) {
    public Asker {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(name, "name");
    }

    /** The actor written to the knowledge base's audit log: {@code discord:<id>:<name>}. */
    public String actor() {
        return "discord:" + userId + ":" + name;
    }
}
