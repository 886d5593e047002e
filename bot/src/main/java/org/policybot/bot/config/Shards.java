package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which gateway shards this process runs. Discord requires a bot in 2,500 servers or more to split its
 * gateway connection into shards (Discord's gateway documentation, "Sharding"); each server's events go
 * to shard {@code (server_id >> 22) % total} and direct messages to shard 0, so the bot's state for a server (conversation memory, votes, gaps)
 * stays in the one process that runs that server's shard. Absent from the config: one process, one shard.
 *
 * @param total how many shards the whole bot runs, across all its processes
 * @param ids   the shards this process runs, each in {@code [0, total)}, no duplicates, in the order given
 */
public record Shards(int total, List<Integer> ids) {
    public Shards {
        Check.within(total, 1, Integer.MAX_VALUE, "discord.shards.total");
        if (ids == null || ids.isEmpty()) {
            throw new ConfigException("discord.shards.ids: must list at least one shard this process runs (e.g. [0])");
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer id = ids.get(i);
            String field = "discord.shards.ids[" + i + "]";
            if (id == null) {
                throw new ConfigException(field + ": expected a whole number, was null");
            }
            if (id < 0 || id >= total) {
                throw new ConfigException(field + ": must be in [0, " + total + ") (discord.shards.total is "
                        + total + "), was " + id);
            }
            if (!seen.add(id)) {
                throw new ConfigException(field + ": shard " + id + " is listed twice");
            }
        }
        ids = List.copyOf(ids);
    }

    @JsonCreator
    static Shards fromJson(@JsonProperty("total") Integer total, @JsonProperty("ids") List<Integer> ids) {
        if (total == null) {
            throw new ConfigException("discord.shards.total: required (how many shards the whole bot runs)");
        }
        return new Shards(total, ids);
    }

    /** One process running the only shard: the bot as it runs without a {@code shards} section. */
    public static Shards single() {
        return new Shards(1, List.of(0));
    }

    /**
     * True when this process runs shard 0: it receives the direct messages, and it alone registers the
     * slash commands (see the Discord adapter's {@code DiscordBot}).
     */
    public boolean runsShardZero() {
        return ids.contains(0);
    }
}
