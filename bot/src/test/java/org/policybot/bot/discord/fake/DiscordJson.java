package org.policybot.bot.discord.fake;

import static org.policybot.bot.discord.fake.FakeDiscord.BOT;
import static org.policybot.bot.discord.fake.FakeDiscord.OWNER;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Discord API v10 objects as the fake sends them: only the fields Javacord 3.8 reads, with plausible values. */
final class DiscordJson {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String TIME = "2026-01-01T00:00:00.000000+00:00";
    /** VIEW_CHANNEL, SEND_MESSAGES, READ_MESSAGE_HISTORY: what @everyone may do. */
    static final String EVERYONE_PERMISSIONS = "68608";
    static final String ALL_PERMISSIONS = "2199023255551";

    private DiscordJson() {
    }

    static ObjectNode user(FakeUser u) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", u.idString()).put("username", u.name()).put("discriminator", "0").putNull("avatar").put("bot", u.bot());
        return o;
    }

    static ObjectNode member(FakeUser u) {
        ObjectNode o = JSON.createObjectNode();
        o.set("user", user(u));
        ArrayNode roles = o.putArray("roles");
        u.roleIds().forEach(r -> roles.add(Long.toString(r)));
        o.put("joined_at", TIME).put("deaf", false).put("mute", false).putNull("nick").put("pending", false);
        return o;
    }

    /** A message with every field Javacord needs; {@code guildId} null for a DM. */
    static ObjectNode message(long id, long channelId, Long guildId, FakeUser author, String content) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", Long.toString(id));
        m.put("channel_id", Long.toString(channelId));
        if (guildId != null) {
            m.put("guild_id", Long.toString(guildId));
            m.set("member", member(author));
        }
        m.set("author", user(author));
        m.put("content", content);
        m.put("timestamp", TIME);
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        m.put("pinned", false);
        m.put("type", 0);
        m.put("flags", 0);
        return m;
    }

    static void reference(ObjectNode message, long referencedId, long channelId, long guildId) {
        message.put("type", 19);
        message.putObject("message_reference").put("message_id", Long.toString(referencedId))
                .put("channel_id", Long.toString(channelId)).put("guild_id", Long.toString(guildId));
    }

    /** An interaction in {@code server}'s channel {@code channelId}; the server's owner holds every permission. */
    static ObjectNode interaction(long id, String token, FakeUser user, long channelId, FakeServer server, int type) {
        ObjectNode i = JSON.createObjectNode();
        i.put("id", Long.toString(id));
        i.put("application_id", Long.toString(BOT.id()));
        i.put("type", type);
        i.put("guild_id", server.idString());
        i.put("channel_id", Long.toString(channelId));
        ObjectNode member = member(user);
        member.put("permissions", user.equals(server.owner()) ? ALL_PERMISSIONS : EVERYONE_PERMISSIONS);
        i.set("member", member);
        i.put("token", token);
        i.put("version", 1);
        i.put("locale", "en-US");
        i.put("guild_locale", "en-US");
        i.put("app_permissions", ALL_PERMISSIONS);
        return i;
    }

    static ObjectNode thread(long id, long parent, long guildId, String name) {
        ObjectNode t = JSON.createObjectNode();
        t.put("id", Long.toString(id));
        t.put("type", 11);
        t.put("guild_id", Long.toString(guildId));
        t.put("parent_id", Long.toString(parent));
        t.put("owner_id", BOT.idString());
        t.put("name", name);
        t.putNull("last_message_id");
        t.put("message_count", 0);
        t.put("member_count", 1);
        t.put("total_message_sent", 0);
        t.put("rate_limit_per_user", 0);
        t.put("flags", 0);
        t.putObject("thread_metadata").put("archived", false).put("auto_archive_duration", 1440)
                .put("archive_timestamp", TIME).put("locked", false);
        t.putArray("permission_overwrites");
        return t;
    }

    static ObjectNode ready(String gatewayUrl, List<FakeServer> servers) {
        ObjectNode d = JSON.createObjectNode();
        d.put("v", 10);
        d.set("user", user(BOT));
        ArrayNode guilds = d.putArray("guilds");
        servers.forEach(s -> guilds.addObject().put("id", s.idString()).put("unavailable", true));
        d.put("session_id", "fake-session");
        d.put("resume_gateway_url", gatewayUrl);
        d.putObject("application").put("id", BOT.idString()).put("flags", 0);
        d.putArray("private_channels");
        return d;
    }

    /** A server: @everyone and a moderator role (no permissions of its own), one text channel, its members. */
    static ObjectNode guild(FakeServer server) {
        List<FakeUser> members = server.members();
        ObjectNode g = JSON.createObjectNode();
        g.put("id", server.idString()).put("name", server.name()).put("region", "europe").put("large", false)
                .put("member_count", members.size()).put("owner_id", server.owner().idString()).put("verification_level", 0)
                .put("explicit_content_filter", 0).put("default_message_notifications", 0).put("mfa_level", 0)
                .put("premium_tier", 0).put("nsfw_level", 0).put("preferred_locale", "en-US").putNull("icon")
                .putNull("splash").put("joined_at", TIME).put("unavailable", false);
        for (String empty : List.of("features", "emojis", "stickers", "voice_states", "presences", "threads")) {
            g.putArray(empty);
        }
        ArrayNode roles = g.putArray("roles");
        roles.add(role(server.id(), "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(server.moderatorRoleId(), "Policy moderators", "0", 1));
        ObjectNode channel = g.putArray("channels").addObject();
        channel.put("id", Long.toString(server.channelId())).put("type", 0).put("guild_id", server.idString())
                .put("name", server.channelName()).put("position", 0).put("nsfw", false).put("rate_limit_per_user", 0)
                .putNull("parent_id").putNull("topic").putNull("last_message_id");
        channel.putArray("permission_overwrites");
        ArrayNode list = g.putArray("members");
        members.forEach(u -> list.add(member(u)));
        return g;
    }

    static ObjectNode application() {
        ObjectNode app = JSON.createObjectNode();
        app.put("id", BOT.idString()).put("name", "policybot").put("description", "").put("bot_public", false)
                .put("bot_require_code_grant", false).put("verify_key", "00").put("flags", 0).putNull("icon")
                .putNull("team");
        app.set("owner", user(OWNER));
        return app;
    }

    private static ObjectNode role(long id, String name, String permissions, int position) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", Long.toString(id)).put("name", name).put("color", 0).put("hoist", false).put("position", position)
                .put("permissions", permissions).put("managed", false).put("mentionable", false);
        return r;
    }
}
