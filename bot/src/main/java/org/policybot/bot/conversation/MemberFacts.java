package org.policybot.bot.conversation;

import java.util.Set;

/**
 * What the adapter found out about the user of a moderator command, checked as the command arrives
 * (the command's default permission only hides it; it is no guarantee).
 *
 * @param serverId                the server the command came from, or null for a DM
 * @param roleIds                 the user's role ids in that server
 * @param hasModeratorPermission  the user holds the configured moderator permission (or is an administrator or the owner)
 */
public record MemberFacts(String serverId, Set<String> roleIds, boolean hasModeratorPermission) {
    public MemberFacts {
        roleIds = Set.copyOf(roleIds);
    }

    public static MemberFacts outsideServer() {
        return new MemberFacts(null, Set.of(), false);
    }

    /** The command came from a server (not a DM). */
    public boolean inServer() {
        return serverId != null;
    }
}
