package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Discord side of the configuration. The token is not here: it comes only from {@code DISCORD_TOKEN}.
 *
 * @param moderatorRoleIds     roles whose members may change the knowledge base
 * @param moderatorPermission  a server permission that also makes a moderator (default MANAGE_SERVER)
 * @param answerChannelIds     channels where @mentions are answered; empty means every channel
 * @param threadMode           whether an answer to a mention is a reply or opens a thread
 * @param guildIds             servers to register the commands in (instant); empty means global registration
 * @param homeServerIds        the only servers the bot serves; empty means every server it is in
 * @param shards               the gateway shards this process runs (default: the only one)
 */
public record DiscordSettings(List<String> moderatorRoleIds, String moderatorPermission,
                              List<String> answerChannelIds, ThreadMode threadMode, List<String> guildIds,
                              List<String> homeServerIds, Shards shards) {
    /** Discord permissions that make sense as "is a moderator"; names as Discord and Javacord spell them. */
    public static final Set<String> MODERATOR_PERMISSIONS = Set.of("ADMINISTRATOR", "MANAGE_SERVER",
            "MANAGE_CHANNELS", "MANAGE_MESSAGES", "MANAGE_ROLES", "MANAGE_THREADS", "KICK_MEMBERS", "BAN_MEMBERS",
            "MODERATE_MEMBERS", "VIEW_AUDIT_LOG");
    public static final String DEFAULT_PERMISSION = "MANAGE_SERVER";

    public DiscordSettings {
        moderatorRoleIds = Check.snowflakes(moderatorRoleIds, "discord.moderatorRoleIds");
        moderatorPermission = moderatorPermission == null ? DEFAULT_PERMISSION
                : moderatorPermission.strip().toUpperCase(Locale.ROOT);
        if (!MODERATOR_PERMISSIONS.contains(moderatorPermission)) {
            throw new ConfigException("discord.moderatorPermission: must be one of "
                    + MODERATOR_PERMISSIONS.stream().sorted().toList() + " (the value is not repeated here)");
        }
        answerChannelIds = Check.snowflakes(answerChannelIds, "discord.answerChannelIds");
        threadMode = threadMode == null ? ThreadMode.REPLY : threadMode;
        guildIds = Check.snowflakes(guildIds, "discord.guildIds");
        homeServerIds = Check.snowflakes(homeServerIds, "discord.homeServerIds");
        if (!homeServerIds.isEmpty()) {
            for (int i = 0; i < guildIds.size(); i++) {
                if (!homeServerIds.contains(guildIds.get(i))) {
                    throw new ConfigException("discord.guildIds[" + i + "]: " + guildIds.get(i)
                            + " is not one of discord.homeServerIds; the bot would register commands where it answers nothing");
                }
            }
        }
        shards = shards == null ? Shards.single() : shards;
    }

    /** Settings for a bot that runs the only shard. */
    public DiscordSettings(List<String> moderatorRoleIds, String moderatorPermission, List<String> answerChannelIds,
                           ThreadMode threadMode, List<String> guildIds, List<String> homeServerIds) {
        this(moderatorRoleIds, moderatorPermission, answerChannelIds, threadMode, guildIds, homeServerIds, null);
    }

    /** Settings that serve every server the bot is in. */
    public DiscordSettings(List<String> moderatorRoleIds, String moderatorPermission, List<String> answerChannelIds,
                           ThreadMode threadMode, List<String> guildIds) {
        this(moderatorRoleIds, moderatorPermission, answerChannelIds, threadMode, guildIds, null, null);
    }

    @JsonCreator
    static DiscordSettings fromJson(@JsonProperty("moderatorRoleIds") List<String> moderatorRoleIds,
                                    @JsonProperty("moderatorPermission") String moderatorPermission,
                                    @JsonProperty("answerChannelIds") List<String> answerChannelIds,
                                    @JsonProperty("threadMode") String threadMode,
                                    @JsonProperty("guildIds") List<String> guildIds,
                                    @JsonProperty("homeServerIds") List<String> homeServerIds,
                                    @JsonProperty("shards") Shards shards) {
        return new DiscordSettings(moderatorRoleIds, moderatorPermission, answerChannelIds,
                ThreadMode.parse(threadMode, "discord.threadMode"), guildIds, homeServerIds, shards);
    }

    public static DiscordSettings defaults() {
        return new DiscordSettings(null, null, null, null, null, null, null);
    }

    /** The same settings, running these shards. */
    public DiscordSettings withShards(Shards shards) {
        return new DiscordSettings(moderatorRoleIds, moderatorPermission, answerChannelIds, threadMode, guildIds,
                homeServerIds, shards);
    }

    /** True when the bot serves this server: it is a home server, or no home servers are set. */
    public boolean serves(String serverId) {
        return homeServerIds.isEmpty() || homeServerIds.contains(serverId);
    }

    /**
     * The servers to register the slash commands in: {@code guildIds}, else the home servers, else
     * none (global registration).
     */
    public List<String> commandServers() {
        return guildIds.isEmpty() ? homeServerIds : guildIds;
    }

    /** True when mentions in this channel (or a thread under it) are answered. */
    public boolean answersIn(String channelId) {
        return answerChannelIds.isEmpty() || answerChannelIds.contains(channelId);
    }
}
