package org.policybot.bot.discord.fake;

import static org.policybot.bot.discord.fake.DiscordJson.JSON;
import static org.policybot.bot.discord.fake.FakeDiscord.BOT;
import static org.policybot.bot.discord.fake.FakeDiscord.CHANNEL;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST answers of the fake and the state they create: messages the bot sent, interaction
 * responses, threads. Anything else is a 404, which a test would see in the recorded calls.
 */
final class FakeRoutes {
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)(/messages/@original)?");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern COMMANDS = Pattern.compile("/applications/\\d+(/guilds/\\d+)?/commands");

    final AtomicLong ids = new AtomicLong(300_000_000_000_000_000L);
    final Map<String, Long> interactionChannels = new ConcurrentHashMap<>();
    final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
    final Map<String, Long> originals = new ConcurrentHashMap<>();
    final Set<Long> threads = ConcurrentHashMap.newKeySet();
    /** The server of each channel and thread; anything else (a DM channel) counts as the first server's. */
    final Map<Long, FakeServer> serverOfChannel = new ConcurrentHashMap<>();
    private FakeGateway gateway;

    FakeServer serverOf(long channelId) {
        return serverOfChannel.getOrDefault(channelId, FakeDiscord.HOME);
    }

    void attach(FakeGateway gateway) {
        this.gateway = gateway;
    }

    long nextId() {
        return ids.incrementAndGet();
    }

    FakeRest.Response route(String method, String path, JsonNode body) {
        Matcher m;
        if (method.equals("GET") && path.equals("/gateway")) {
            return FakeRest.Response.json(Map.of("url", gateway.url()));
        }
        if (method.equals("GET") && path.equals("/gateway/bot")) {
            return FakeRest.Response.json(Map.of("url", gateway.url(), "shards", 1, "session_start_limit",
                    Map.of("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 1)));
        }
        if (method.equals("GET") && path.equals("/oauth2/applications/@me")) {
            return FakeRest.Response.json(DiscordJson.application());
        }
        if (method.equals("PUT") && COMMANDS.matcher(path).matches()) {
            return FakeRest.Response.json(registered(body));
        }
        if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
            return FakeRest.Response.noContent();
        }
        if ((m = WEBHOOK.matcher(path)).matches() && (method.equals("PATCH") || method.equals("POST"))) {
            ObjectNode message = botMessage(interactionChannels.getOrDefault(m.group(2), CHANNEL), body);
            if (m.group(3) != null) {
                originals.put(m.group(2), message.get("id").asLong());
            }
            return FakeRest.Response.json(message);
        }
        if ((m = THREAD_FROM_MESSAGE.matcher(path)).matches() && method.equals("POST")) {
            long id = nextId();
            threads.add(id);
            long parent = Long.parseLong(m.group(1));
            serverOfChannel.put(id, serverOf(parent));
            ObjectNode thread = DiscordJson.thread(id, parent, serverOf(parent).id(), body.path("name").asText("thread"));
            gateway.dispatch("THREAD_CREATE", thread);
            return FakeRest.Response.json(thread);
        }
        if ((m = CHANNEL_MESSAGES.matcher(path)).matches() && method.equals("POST")) {
            return FakeRest.Response.json(botMessage(Long.parseLong(m.group(1)), body));
        }
        return FakeRest.Response.notFound(method, path);
    }

    private ArrayNode registered(JsonNode commands) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode command : commands) {
            ObjectNode c = command.deepCopy();
            c.put("id", Long.toString(nextId()));
            c.put("application_id", BOT.idString());
            c.put("version", Long.toString(nextId()));
            c.put("type", 1);
            out.add(c);
        }
        return out;
    }

    private ObjectNode botMessage(long channelId, JsonNode body) {
        ObjectNode m = DiscordJson.message(nextId(), channelId, serverOf(channelId).id(), BOT, body.path("content").asText(""));
        m.remove("member");
        if (body.has("embeds")) {
            m.set("embeds", body.get("embeds"));
        }
        if (body.has("components")) {
            m.set("components", body.get("components"));
        }
        m.put("flags", body.path("flags").asInt(0));
        if (body.has("message_reference")) {
            DiscordJson.reference(m, body.at("/message_reference/message_id").asLong(), channelId, serverOf(channelId).id());
        }
        messages.put(m.get("id").asLong(), m);
        return m;
    }

    List<Long> threadIds() {
        return threads.stream().sorted().toList();
    }
}
