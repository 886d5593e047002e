package org.policybot.bot.conversation;

import java.util.Set;
import org.policybot.bot.config.DiscordSettings;

/** Decides who may change the knowledge base: a member of a configured moderator role, or a holder of the moderator permission. */
public final class ModeratorCheck {
    private final Set<String> roleIds;

    public ModeratorCheck(DiscordSettings discord) {
        this.roleIds = Set.copyOf(discord.moderatorRoleIds());
    }

    public boolean allows(MemberFacts member) {
        if (!member.inServer()) {
            return false;
        }
        return member.hasModeratorPermission() || member.roleIds().stream().anyMatch(roleIds::contains);
    }
}
