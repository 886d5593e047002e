package org.policybot.bot.discord.fake;

import java.util.List;

/** A member of the fake server. */
public record FakeUser(long id, String name, List<Long> roleIds, boolean bot) {
    public String idString() {
        return Long.toString(id);
    }
}
