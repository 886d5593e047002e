package org.policybot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Discord that runs on 127.0.0.1 inside the test: REST over HTTPS behind a CONNECT proxy, a
 * websocket gateway, one server ("guild") with a text channel, a moderator role and a few members.
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
    static final String TIME = "2026-01-01T00:00:00.000000+00:00";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WEBHOOK = Pattern.compile("/webhooks/(\\d+)/([^/]+)(/messages/@original)?");
    private static final Pattern CHANNEL_MESSAGES = Pattern.compile("/channels/(\\d+)/messages");
    private static final Pattern THREAD_FROM_MESSAGE = Pattern.compile("/channels/(\\d+)/messages/(\\d+)/threads");
    private static final Pattern COMMANDS = Pattern.compile("/applications/\\d+(/guilds/\\d+)?/commands");

    private final AtomicLong ids = new AtomicLong(300_000_000_000_000_000L);
    private final Map<String, Long> interactionChannels = new ConcurrentHashMap<>();
    private final Map<Long, ObjectNode> messages = new ConcurrentHashMap<>();
    private final Map<String, Long> originals = new ConcurrentHashMap<>();
    private final Set<Long> threads = ConcurrentHashMap.newKeySet();
    private final ConnectProxy proxy;
    private final FakeRest rest;
    private final FakeGateway gateway;
    private final ProxySelector previousSelector;
    private final Path trustStore;
    private final Map<String, String> previousProperties = new ConcurrentHashMap<>();

    private FakeDiscord(Path dir) throws Exception {
        TestCertificates certs = TestCertificates.create(dir);
        gateway = new FakeGateway(this::ready, this::guild);
        gateway.startAndWait();
        rest = new FakeRest(certs.serverContext(), this::route);
        proxy = new ConnectProxy(rest.port(), new HashSet<>(TestCertificates.HOSTS));
        trustStore = certs.trustStore();
        previousSelector = ProxySelector.getDefault();
        ProxySelector.setDefault(new DiscordOnlySelector(new InetSocketAddress("127.0.0.1", proxy.port())));
        setProperty("javax.net.ssl.trustStore", certs.trustStore().toString());
        setProperty("javax.net.ssl.trustStorePassword", TestCertificates.PASSWORD);
        setProperty("javax.net.ssl.trustStoreType", "PKCS12");
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

    // ---- what tests observe -------------------------------------------------------------------

    /**
     * JVM options that point another JVM at this fake the standard way: the JDK's proxy properties
     * (loopback stays direct by default) and its trust store properties.
     */
    public List<String> jvmOptions() {
        return List.of("-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=" + proxy.port(),
                "-Djavax.net.ssl.trustStore=" + trustStore, "-Djavax.net.ssl.trustStorePassword=" + TestCertificates.PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** From now on (until switched off) the gateway refuses every IDENTIFY as Discord refuses a bad token. */
    public void rejectTokens(boolean reject) {
        gateway.rejectIdentify(reject);
    }

    /** Forgets the calls recorded so far (each test looks at its own). */
    public void clearRequests() {
        rest.clear();
    }

    public List<RecordedRequest> requests() {
        return rest.requests();
    }

    public RecordedRequest await(Predicate<RecordedRequest> test, String what) throws InterruptedException {
        return rest.await(test, 20_000, what);
    }

    public List<JsonNode> identifies() {
        return gateway.identifies();
    }

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

    /** The id of the message that completed the interaction with this token (its @original). */
    public long originalMessageId(String interactionToken) {
        Long id = originals.get(interactionToken);
        if (id == null) {
            throw new IllegalStateException("no original response for " + interactionToken);
        }
        return id;
    }

    /** Waits up to 5 s for the bot to close its gateway connection; true when it did. */
    public boolean awaitGatewayClosed() throws InterruptedException {
        for (int i = 0; i < 100 && gateway.connected(); i++) {
            Thread.sleep(50);
        }
        return !gateway.connected();
    }

    /** A message the bot created (through REST), as the fake stored it. */
    public ObjectNode message(long id) {
        return messages.get(id);
    }

    // ---- what tests do ------------------------------------------------------------------------

    /** A user runs a slash command; returns the interaction token. */
    public String slashCommand(FakeUser user, long channelId, String name, ArrayNode options, ObjectNode resolved) {
        ObjectNode data = JSON.createObjectNode();
        data.put("id", "400000000000000001");
        data.put("name", name);
        data.put("type", 1);
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

    /** {@code /kb add file:<attachment>} with the attachment at {@code url}. */
    public String kbAdd(FakeUser user, String fileName, String url, int size) {
        long attachmentId = ids.incrementAndGet();
        ArrayNode options = JSON.createArrayNode();
        ObjectNode add = options.addObject().put("name", "add").put("type", 1);
        add.putArray("options").addObject().put("name", "file").put("type", 11).put("value", Long.toString(attachmentId));
        ObjectNode resolved = JSON.createObjectNode();
        resolved.putObject("attachments").putObject(Long.toString(attachmentId))
                .put("id", Long.toString(attachmentId)).put("filename", fileName).put("size", size)
                .put("url", url).put("proxy_url", url).put("content_type", "text/markdown; charset=utf-8");
        return slashCommand(user, CHANNEL, "kb", options, resolved);
    }

    /** A user posts a message; returns its id. */
    public long postMessage(FakeUser user, long channelId, String content, boolean mentionsBot, Long replyTo) {
        long id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", Long.toString(id));
        m.put("channel_id", Long.toString(channelId));
        m.put("guild_id", Long.toString(GUILD));
        m.set("author", user(user));
        m.set("member", member(user));
        m.put("content", content);
        m.put("timestamp", TIME);
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        ArrayNode mentions = m.putArray("mentions");
        if (mentionsBot) {
            mentions.add(user(BOT));
        }
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        m.put("pinned", false);
        m.put("type", replyTo == null ? 0 : 19);
        m.put("flags", 0);
        if (replyTo != null) {
            m.putObject("message_reference").put("message_id", Long.toString(replyTo))
                    .put("channel_id", Long.toString(channelId)).put("guild_id", Long.toString(GUILD));
            ObjectNode referenced = messages.get(replyTo);
            if (referenced != null) {
                m.set("referenced_message", referenced);
            }
        }
        gateway.dispatch("MESSAGE_CREATE", m);
        return id;
    }

    /** A user sends the bot a direct message (a DM channel the client has not seen before); returns its id. */
    public long directMessage(FakeUser user, long dmChannelId, String content) {
        long id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", Long.toString(id));
        m.put("channel_id", Long.toString(dmChannelId));
        m.set("author", user(user));
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
        gateway.dispatch("MESSAGE_CREATE", m);
        return id;
    }

    /** A user clicks a button under one of the bot's messages; returns the interaction token. */
    public String clickButton(FakeUser user, long messageId, String customId) {
        ObjectNode message = messages.get(messageId);
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
        long id = ids.incrementAndGet();
        String token = "interaction-token-" + id;
        interactionChannels.put(token, channelId);
        ObjectNode i = JSON.createObjectNode();
        i.put("id", Long.toString(id));
        i.put("application_id", Long.toString(BOT_ID));
        i.put("type", type);
        i.put("guild_id", Long.toString(GUILD));
        i.put("channel_id", Long.toString(channelId));
        ObjectNode member = member(user);
        member.put("permissions", user.equals(OWNER) ? "2199023255551" : "68608");
        i.set("member", member);
        i.put("token", token);
        i.put("version", 1);
        i.put("locale", "en-US");
        i.put("guild_locale", "en-US");
        i.put("app_permissions", "2199023255551");
        return i;
    }

    // ---- the fake's answers ----------------------------------------------------------------------

    private FakeRest.Response route(String method, String path, JsonNode body) {
        Matcher m;
        if (method.equals("GET") && path.equals("/gateway")) {
            return FakeRest.Response.json(Map.of("url", gateway.url()));
        }
        if (method.equals("GET") && path.equals("/gateway/bot")) {
            return FakeRest.Response.json(Map.of("url", gateway.url(), "shards", 1, "session_start_limit",
                    Map.of("total", 1000, "remaining", 1000, "reset_after", 0, "max_concurrency", 1)));
        }
        if (method.equals("GET") && path.equals("/oauth2/applications/@me")) {
            ObjectNode app = JSON.createObjectNode();
            app.put("id", Long.toString(BOT_ID)).put("name", "policybot").put("description", "")
                    .put("bot_public", false).put("bot_require_code_grant", false).put("verify_key", "00")
                    .put("flags", 0).putNull("icon").putNull("team");
            app.set("owner", user(OWNER));
            return FakeRest.Response.json(app);
        }
        if (method.equals("PUT") && COMMANDS.matcher(path).matches()) {
            ArrayNode out = JSON.createArrayNode();
            for (JsonNode command : body) {
                ObjectNode c = ((ObjectNode) command.deepCopy());
                c.put("id", Long.toString(ids.incrementAndGet()));
                c.put("application_id", Long.toString(BOT_ID));
                c.put("version", Long.toString(ids.incrementAndGet()));
                c.put("type", 1);
                out.add(c);
            }
            return FakeRest.Response.json(out);
        }
        if (method.equals("POST") && path.matches("/interactions/\\d+/[^/]+/callback")) {
            return FakeRest.Response.noContent();
        }
        if ((m = WEBHOOK.matcher(path)).matches() && (method.equals("PATCH") || method.equals("POST"))) {
            Long channel = interactionChannels.get(m.group(2));
            ObjectNode message = botMessage(channel == null ? CHANNEL : channel, body);
            if (m.group(3) != null) {
                originals.put(m.group(2), message.get("id").asLong());
            }
            return FakeRest.Response.json(message);
        }
        if ((m = THREAD_FROM_MESSAGE.matcher(path)).matches() && method.equals("POST")) {
            ObjectNode thread = thread(Long.parseLong(m.group(1)), body.path("name").asText("thread"));
            gateway.dispatch("THREAD_CREATE", thread);
            return FakeRest.Response.json(thread);
        }
        if ((m = CHANNEL_MESSAGES.matcher(path)).matches() && method.equals("POST")) {
            return FakeRest.Response.json(botMessage(Long.parseLong(m.group(1)), body));
        }
        return FakeRest.Response.notFound(method, path);
    }

    private ObjectNode botMessage(long channelId, JsonNode body) {
        long id = ids.incrementAndGet();
        ObjectNode m = JSON.createObjectNode();
        m.put("id", Long.toString(id));
        m.put("channel_id", Long.toString(channelId));
        m.put("guild_id", Long.toString(GUILD));
        m.set("author", user(BOT));
        m.put("content", body.path("content").asText(""));
        m.put("timestamp", TIME);
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.set("embeds", body.has("embeds") ? body.get("embeds") : JSON.createArrayNode());
        m.set("components", body.has("components") ? body.get("components") : JSON.createArrayNode());
        m.put("pinned", false);
        m.put("type", 0);
        m.put("flags", body.path("flags").asInt(0));
        if (body.has("message_reference")) {
            long referenced = body.at("/message_reference/message_id").asLong();
            m.put("type", 19);
            m.putObject("message_reference").put("message_id", Long.toString(referenced))
                    .put("channel_id", Long.toString(channelId)).put("guild_id", Long.toString(GUILD));
        }
        messages.put(id, m);
        return m;
    }

    private ObjectNode thread(long parent, String name) {
        long id = ids.incrementAndGet();
        threads.add(id);
        ObjectNode t = JSON.createObjectNode();
        t.put("id", Long.toString(id));
        t.put("type", 11);
        t.put("guild_id", Long.toString(GUILD));
        t.put("parent_id", Long.toString(parent));
        t.put("owner_id", Long.toString(BOT_ID));
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

    /** Thread ids the bot created, oldest first. */
    public List<Long> threads() {
        return threads.stream().sorted().toList();
    }

    private ObjectNode ready() {
        ObjectNode d = JSON.createObjectNode();
        d.put("v", 10);
        d.set("user", user(BOT));
        d.putArray("guilds").addObject().put("id", Long.toString(GUILD)).put("unavailable", true);
        d.put("session_id", "fake-session");
        d.put("resume_gateway_url", gateway.url());
        d.putObject("application").put("id", Long.toString(BOT_ID)).put("flags", 0);
        d.putArray("private_channels");
        return d;
    }

    private ObjectNode guild() {
        ObjectNode g = JSON.createObjectNode();
        g.put("id", Long.toString(GUILD));
        g.put("name", "Policy Test");
        g.put("region", "europe");
        g.put("large", false);
        g.put("member_count", 4);
        g.put("owner_id", OWNER.idString());
        g.put("verification_level", 0);
        g.put("explicit_content_filter", 0);
        g.put("default_message_notifications", 0);
        g.put("mfa_level", 0);
        g.put("premium_tier", 0);
        g.put("nsfw_level", 0);
        g.put("preferred_locale", "en-US");
        g.putNull("icon");
        g.putNull("splash");
        g.put("joined_at", TIME);
        g.put("unavailable", false);
        g.putArray("features");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("threads");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(GUILD, "@everyone", "68608", 0));
        roles.add(role(MOD_ROLE, "Policy moderators", "0", 1));
        ObjectNode channel = g.putArray("channels").addObject();
        channel.put("id", Long.toString(CHANNEL)).put("type", 0).put("guild_id", Long.toString(GUILD))
                .put("name", "general").put("position", 0).put("nsfw", false).put("rate_limit_per_user", 0)
                .putNull("parent_id").putNull("topic").putNull("last_message_id");
        channel.putArray("permission_overwrites");
        ArrayNode members = g.putArray("members");
        for (FakeUser u : List.of(OWNER, ALICE, MOD, BOT)) {
            members.add(member(u));
        }
        return g;
    }

    private static ObjectNode role(long id, String name, String permissions, int position) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", Long.toString(id)).put("name", name).put("color", 0).put("hoist", false).put("position", position)
                .put("permissions", permissions).put("managed", false).put("mentionable", false);
        return r;
    }

    static ObjectNode user(FakeUser u) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", u.idString()).put("username", u.name()).put("discriminator", "0").putNull("avatar")
                .put("bot", u.bot());
        return o;
    }

    private static ObjectNode member(FakeUser u) {
        ObjectNode o = JSON.createObjectNode();
        o.set("user", user(u));
        ArrayNode roles = o.putArray("roles");
        u.roleIds().forEach(r -> roles.add(Long.toString(r)));
        o.put("joined_at", TIME).put("deaf", false).put("mute", false).putNull("nick").put("pending", false);
        return o;
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

    /** Sends the Discord hosts through the proxy and everything else (loopback attachments, gateway) direct. */
    private static final class DiscordOnlySelector extends ProxySelector {
        private final Proxy proxy;

        DiscordOnlySelector(SocketAddress address) {
            this.proxy = new Proxy(Proxy.Type.HTTP, address);
        }

        @Override
        public List<Proxy> select(URI uri) {
            String host = uri.getHost();
            return host != null && TestCertificates.HOSTS.contains(host) ? List.of(proxy) : List.of(Proxy.NO_PROXY);
        }

        @Override
        public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            // nothing to learn: the proxy is local
        }
    }
}
