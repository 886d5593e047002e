package org.policybot.bot.discord.fake;

/** A server ("guild") of the fake Discord: its owner, its moderator role, its one text channel and its members. */
public record FakeServer(long id, String name, FakeUser owner, long moderatorRoleId, long channelId, String channelName,
                         java.util.List<FakeUser> members) {
    public String idString() {
        return Long.toString(id);
    }
}
