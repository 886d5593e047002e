package org.policybot.bot.discord.fake;

import static org.policybot.bot.discord.fake.DiscordJson.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A Discord that runs on 127.0.0.1 inside the test: REST over HTTPS behind a CONNECT proxy, a
 * websocket gateway, and two servers ("guilds"), each with a text channel, a moderator role and a few
 * members: {@link #HOME} (owned by {@link #OWNER}, where {@link #ALICE} is an ordinary member) and
 * {@link #ZEPHYR} (owned by ALICE).
 * Production code is not told about it: {@link #start(Path)} points the JVM's default proxy selector
 * and trust store at it, exactly as an operator would point the bot at any Discord-compatible endpoint.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final long GUILD = 200_000_000_000_000_001L;
    public static final long CHANNEL = 200_000_000_000_000_010L;
    public static final long MOD_ROLE = 200_000_000_000_000_020L;
    public static final long BOT_ID = 200_000_000_000_000_100L;
    public static final FakeUser OWNER = new FakeUser(200_000_000_000_000_200L, "owner", List.of(), false);
    public static final FakeUser ALICE = new FakeUser(200_000_000_000_000_201L, "alice", List.of(), false);
    public static final FakeUser MOD = new FakeUser(200_000_000_000_000_202L, "mod", List.of(MOD_ROLE), false);
    public static final FakeUser BOT = new FakeUser(BOT_ID, "policybot", List.of(), true);
    /** Shard 1 of 2 by Discord's rule {@code (id >> 22) % 2}, where {@link #GUILD} is shard 0 of 2. */
    public static final long GUILD2 = 200_000_000_000_000_002L + (1L << 22);
    public static final long CHANNEL2 = 200_000_000_000_000_011L;
    public static final long MOD_ROLE2 = 200_000_000_000_000_021L;
    public static final FakeServer HOME = new FakeServer(GUILD, "Policy Test", OWNER, MOD_ROLE, CHANNEL, "general",
            List.of(OWNER, ALICE, MOD, BOT));
    public static final FakeServer ZEPHYR = new FakeServer(GUILD2, "Zephyr Quokka Club", ALICE, MOD_ROLE2, CHANNEL2,
            "lounge", List.of(ALICE, BOT));
    public static final List<FakeServer> SERVERS = List.of(HOME, ZEPHYR);

    private final FakeRoutes routes = new FakeRoutes();
    private final ConnectProxy proxy;
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final Path trustStore;
    private final ProxySelector previousSelector;
    private final Map<String, String> previousProperties = new ConcurrentHashMap<>();

    private FakeDiscord(Path dir) throws Exception {
        TestCertificates certs = TestCertificates.create(dir);
        trustStore = certs.trustStore();
        gateway = new FakeGateway((url, holds) -> DiscordJson.ready(url, serversOf(holds)),
                holds -> serversOf(holds).stream().map(DiscordJson::guild).toList());
        gateway.startAndWait();
        SERVERS.forEach(server -> routes.serverOfChannel.put(server.channelId(), server));
        routes.attach(gateway);
        rest = new FakeRest(certs.serverContext(), routes::route);
        proxy = new ConnectProxy(rest.port(), new HashSet<>(TestCertificates.HOSTS));
        previousSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new DiscordOnlySelector(new InetSocketAddress("127.0.0.1", proxy.port())));
        setProperty("javax.net.ssl.trustStore", trustStore.toString());
        setProperty("javax.net.ssl.trustStorePassword", TestCertificates.PASSWORD);
        setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    private static List<FakeServer> serversOf(java.util.function.LongPredicate shardHolds) {
        return SERVERS.stream().filter(s -> shardHolds.test(s.id())).toList();
    }

    /** Starts the fake and points this JVM's default proxy selector and trust store at it. */
    public static FakeDiscord start(Path dir) throws Exception {
        return new FakeDiscord(dir);
    }

    private void setProperty(String key, String value) {
        String old = System.getProperty(key);
        previousProperties.put(key, old == null ? "\u0000" : old);
        System.setProperty(key, value);
    }

    /**
     * JVM options that point another JVM at this fake the standard way: the JDK's proxy properties
     * (loopback stays direct by default) and its trust store properties.
     */
    public List<String> jvmOptions() {
        return List.of("-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + proxy.port(),
                "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + TestCertificates.PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    // ---- what tests observe -------------------------------------------------------------------

    public void clearRequests() {
        rest.clear();
    }

    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    public RecordedRequest await(Predicate<RecordedRequest> test, String what) throws InterruptedException {
        return rest.await(test, 20_000, what);
    }

    /** The IDENTIFY payloads the gateway received (with {@code "shard": [i, n]} when sharded), oldest first. */
    public List<JsonNode> identifies() {
        return gateway.identifies();
    }

    /** The CONNECT targets the proxy tunnelled, e.g. "discord.com:443". */
    public List<String> tunnels() {
        return proxy.tunnels();
    }

    /** The next call matching gets a 429 the way Discord sends it (Via header, retry_after in the body). */
    public void rateLimitNext(String method, String pathRegex) {
        rest.failNext(method, pathRegex, new FakeRest.Response(429,
                Map.of("Content-Type", "application/json", "Via", "1.1 google", "Retry-After", "1",
                        "X-RateLimit-Scope", "user"),
                "{\"message\": \"You are being rate limited.\", \"retry_after\": 0.25, \"global\": false}"));
    }

    /** From now on (until switched off) the gateway refuses every IDENTIFY as Discord refuses a bad token. */
    public void rejectTokens(boolean reject) {
        gateway.rejectIdentify(reject);
    }

    /** The id of the message that completed the interaction with this token (its @original). */
    public long originalMessageId(String interactionToken) {
        Long id = routes.originals.get(interactionToken);
        if (id == null) {
            throw new IllegalStateException("no original response for " + interactionToken);
        }
        return id;
    }

    /** Thread ids the bot created, oldest first. */
    public List<Long> threads() {
        return routes.threadIds();
    }

    /** Waits up to 5 s for the bot to close its gateway connections (every shard's); true when it did. */
    public boolean awaitGatewayClosed() throws InterruptedException {
        for (int i = 0; i < 100 && gateway.connected(); i++) {
            Thread.sleep(50);
        }
        return !gateway.connected();
    }

    // ---- what tests do ------------------------------------------------------------------------

    /** A user runs a slash command; returns the interaction token. */
    public String slashCommand(FakeUser user, long channelId, String name, ArrayNode options, ObjectNode resolved) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", "400000000000000001").put("name", name).put("type", 1);
        data.set("options", options);
        if (resolved != null) {
            data.set("resolved", resolved);
        }
        ObjectNode interaction = interaction(user, channelId, 2);
        interaction.set("data", data);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("token").asText();
    }

    public String ask(FakeUser user, long channelId, String question) {
        ArrayNode options = JSON.createArrayNode();
        options.addObject().put("name", "question").put("type", 3).put("value", question);
        return slashCommand(user, channelId, "ask", options, null);
    }

    /** {@code /kb add file:<attachment>} in the first server, with the attachment at {@code url}. */
    public String kbAdd(FakeUser user, String fileName, String url, int size) {
        return kbAdd(user, CHANNEL, fileName, url, size);
    }

    /** {@code /kb add file:<attachment>} in the server of {@code channelId}, with the attachment at {@code url}. */
    public String kbAdd(FakeUser user, long channelId, String fileName, String url, int size) {
        String attachmentId = Long.toString(routes.nextId());
        ArrayNode options = JSON.createArrayNode();
        ObjectNode add = options.addObject().put("name", "add").put("type", 1);
        add.putArray("options").addObject().put("name", "file").put("type", 11).put("value", attachmentId);
        ObjectNode resolved = JSON.createObjectNode();
        resolved.putObject("attachments").putObject(attachmentId).put("id", attachmentId).put("filename", fileName)
                .put("size", size).put("url", url).put("proxy_url", url).put("content_type", "text/markdown; charset=utf-8");
        return slashCommand(user, channelId, "kb", options, resolved);
    }

    /** {@code /kb <sub> [doc:<doc>]} (remove, list, reindex) in the server of {@code channelId}. */
    public String kb(FakeUser user, long channelId, String sub, String doc) {
        ArrayNode options = JSON.createArrayNode();
        ObjectNode command = options.addObject().put("name", sub).put("type", 1);
        ArrayNode args = command.putArray("options");
        if (doc != null) {
            args.addObject().put("name", "doc").put("type", 3).put("value", doc);
        }
        return slashCommand(user, channelId, "kb", options, null);
    }

    /**
     * {@code /kb <sub>} with options (text values as strings, whole numbers as longs) in the server of
     * {@code channelId}; returns the interaction token.
     */
    public String kb(FakeUser user, long channelId, String sub, Map<String, Object> values) {
        ArrayNode options = JSON.createArrayNode();
        ObjectNode command = options.addObject().put("name", sub).put("type", 1);
        ArrayNode args = command.putArray("options");
        values.forEach((name, value) -> {
            if (value instanceof Long n) {
                args.addObject().put("name", name).put("type", 4).put("value", n);
            } else {
                args.addObject().put("name", name).put("type", 3).put("value", value.toString());
            }
        });
        return slashCommand(user, channelId, "kb", options, null);
    }

    /** The id of the bot's message that replies to {@code messageId}, if it sent one. */
    public java.util.Optional<Long> botReplyTo(long messageId) {
        return routes.messages.values().stream()
                .filter(m -> m.at("/message_reference/message_id").asText("").equals(Long.toString(messageId)))
                .map(m -> m.get("id").asLong()).findFirst();
    }

    /** A user posts in a server channel or thread; returns the message id. */
    public long postMessage(FakeUser user, long channelId, String content, boolean mentionsBot, Long replyTo) {
        long guild = routes.serverOf(channelId).id();
        ObjectNode m = DiscordJson.message(routes.nextId(), channelId, guild, user, content);
        if (mentionsBot) {
            ((ArrayNode) m.get("mentions")).add(DiscordJson.user(BOT));
        }
        if (replyTo != null) {
            DiscordJson.reference(m, replyTo, channelId, guild);
            ObjectNode referenced = routes.messages.get(replyTo);
            if (referenced != null) {
                m.set("referenced_message", referenced);
            }
        }
        gateway.dispatch("MESSAGE_CREATE", m);
        return m.get("id").asLong();
    }

    /** A user sends the bot a direct message (in a DM channel the client has not seen before); returns its id. */
    public long directMessage(FakeUser user, long dmChannelId, String content) {
        ObjectNode m = DiscordJson.message(routes.nextId(), dmChannelId, null, user, content);
        gateway.dispatch("MESSAGE_CREATE", m);
        return m.get("id").asLong();
    }

    /** A user clicks a button under one of the bot's messages; returns the interaction token. */
    public String clickButton(FakeUser user, long messageId, String customId) {
        ObjectNode message = routes.messages.get(messageId);
        if (message == null) {
            throw new IllegalArgumentException("no bot message " + messageId);
        }
        ObjectNode interaction = interaction(user, message.get("channel_id").asLong(), 3);
        interaction.putObject("data").put("custom_id", customId).put("component_type", 2);
        interaction.set("message", message);
        gateway.dispatch("INTERACTION_CREATE", interaction);
        return interaction.get("token").asText();
    }

    private ObjectNode interaction(FakeUser user, long channelId, int type) {
        long id = routes.nextId();
        String token = "interaction-token-" + id;
        routes.interactionChannels.put(token, channelId);
        return DiscordJson.interaction(id, token, user, channelId, routes.serverOf(channelId), type);
    }

    @Override
    public void close() throws IOException {
        ProxySelector.setDefault(previousSelector);
        previousProperties.forEach((k, v) -> {
            if (v.equals("\u0000")) {
                System.clearProperty(k);
            } else {
                System.setProperty(k, v);
            }
        });
        proxy.close();
        rest.close();
        try {
            gateway.stop(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
