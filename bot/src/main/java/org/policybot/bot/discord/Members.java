package org.policybot.bot.discord;

import java.util.Optional;
import java.util.stream.Collectors;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.policybot.bot.conversation.Asker;
import org.policybot.bot.conversation.MemberFacts;

/** Reads who a Discord user is: their id and name, and what makes them a moderator in a server. */
final class Members {
    private final PermissionType moderatorPermission;

    Members(String moderatorPermission) {
        this.moderatorPermission = PermissionType.valueOf(moderatorPermission);
    }

    static Asker asker(User user) {
        return new Asker(user.getIdAsString(), user.getName());
    }

    /** Roles and permission as the server knows them now (the command's default permission is only a hint). */
    MemberFacts facts(Optional<Server> server, User user) {
        if (server.isEmpty()) {
            return MemberFacts.outsideServer();
        }
        Server s = server.get();
        return new MemberFacts(s.getIdAsString(),
                s.getRoles(user).stream().map(Role::getIdAsString).collect(Collectors.toSet()),
                s.hasPermission(user, moderatorPermission) || s.isAdmin(user) || s.isOwner(user));
    }
}
