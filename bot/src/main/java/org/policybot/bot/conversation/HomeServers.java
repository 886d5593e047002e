package org.policybot.bot.conversation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.policybot.bot.config.DiscordSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's pin ({@code discord.homeServerIds}): the bot serves its home servers and DMs, and in
 * any other server it answers nothing. The first request from such a server is told why, once; every
 * later one meets silence, so the pin cannot be turned into a way to make the bot talk.
 */
public final class HomeServers {
    private static final Logger LOG = LoggerFactory.getLogger(HomeServers.class);
    static final String NOT_HOME = "I only answer in the servers I was set up for, so I will not answer in this one."
            + " Whoever runs me can add this server to my home servers, or a server admin can remove me.";

    private final DiscordSettings discord;
    /** Servers already told; bounded by the servers the bot is in. */
    private final Set<String> told = ConcurrentHashMap.newKeySet();

    public HomeServers(DiscordSettings discord) {
        this.discord = discord;
    }

    /** Whether a request from {@code serverId} (null for a DM) may go on. */
    public Admission admit(String serverId) {
        if (serverId == null || discord.serves(serverId)) {
            return Admission.answer();
        }
        if (told.add(serverId)) {
            LOG.warn("server {} is not one of discord.homeServerIds: told it once, answering nothing there", serverId);
            return Admission.notice(NOT_HOME);
        }
        return Admission.silent();
    }
}
