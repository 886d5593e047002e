package org.policybot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.LongPredicate;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on ws://127.0.0.1: HELLO on connect, READY (given the gateway URL) and a GUILD_CREATE per server after IDENTIFY,
 * heartbeat acks, and dispatches the test pushes (INTERACTION_CREATE, MESSAGE_CREATE, THREAD_CREATE).
 *
 * <p>Sharded as Discord shards: an IDENTIFY with {@code "shard": [i, n]} opens a session for shard i of n, whose READY
 * carries that {@code shard} and lists, like its GUILD_CREATEs, only the servers with {@code (id >> 22) % n == i}; a
 * dispatch about a server goes to that server's shard, any other (a direct message) to shard 0. An IDENTIFY without
 * {@code shard} is shard 0 of 1.
 */
final class FakeGateway extends WebSocketServer {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Discord's rule: a server's events go to shard {@code (server_id >> 22) % num_shards} (gateway docs, "Sharding"). */
    private static final int SHARD_SHIFT = 22;

    /** One identified connection: the shard it runs and its own sequence numbers. */
    private record Session(WebSocket ws, int shard, int total, AtomicInteger sequence) {
        boolean holds(long guildId) {
            return (guildId >> SHARD_SHIFT) % total == shard;
        }
    }

    private final CountDownLatch started = new CountDownLatch(1);
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    /** Identified sessions, oldest first; a closed one is removed. */
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final BiFunction<String, LongPredicate, ObjectNode> ready;
    private final Function<LongPredicate, List<ObjectNode>> guildCreates;
    private volatile boolean rejectIdentify;
    private volatile CountDownLatch identified = new CountDownLatch(1);

    /**
     * @param ready        the READY payload for a gateway URL and the servers a session holds
     * @param guildCreates the GUILD_CREATE payloads of the servers a session holds
     */
    FakeGateway(BiFunction<String, LongPredicate, ObjectNode> ready, Function<LongPredicate, List<ObjectNode>> guildCreates) {
        super(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        this.ready = ready;
        this.guildCreates = guildCreates;
        setReuseAddr(true);
        setDaemon(true);
    }

    void startAndWait() throws InterruptedException {
        start();
        if (!started.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("gateway did not start");
        }
    }

    String url() {
        return "ws://127.0.0.1:" + getPort();
    }

    /** The IDENTIFY payloads received (token, intents, shard), oldest first. */
    List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    /**
     * Sends a dispatch (op 0) to the session that Discord would send it to: the shard of its {@code guild_id}, else
     * shard 0; when several sessions hold that shard, the newest.
     */
    void dispatch(String type, JsonNode data) {
        JsonNode guild = data.path("guild_id");
        Session target = null;
        for (Session s : sessions) {
            if (s.ws().isOpen() && (guild.isMissingNode() || guild.isNull() ? s.shard() == 0 : s.holds(guild.asLong()))) {
                target = s;
            }
        }
        if (target == null) {
            throw new IllegalStateException("no client connected to the gateway for " + type
                    + (guild.isMissingNode() || guild.isNull() ? " (shard 0)" : " in server " + guild.asText()));
        }
        send(target, type, data);
    }

    private static void send(Session session, String type, JsonNode data) {
        ObjectNode frame = JSON.createObjectNode();
        frame.put("op", 0);
        frame.put("t", type);
        frame.put("s", session.sequence().incrementAndGet());
        frame.set("d", data);
        session.ws().send(frame.toString());
    }

    /** True while any client connection is open. */
    boolean connected() {
        return sessions.stream().anyMatch(s -> s.ws().isOpen());
    }

    /** Whether IDENTIFY is answered with close code 4004 (a bad token), as Discord does. */
    void rejectIdentify(boolean reject) {
        rejectIdentify = reject;
    }

    /** A latch released at the next IDENTIFY. */
    CountDownLatch expectIdentify() {
        identified = new CountDownLatch(1);
        return identified;
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        ObjectNode hello = JSON.createObjectNode();
        hello.put("op", 10);
        hello.putNull("s");
        hello.putNull("t");
        hello.putObject("d").put("heartbeat_interval", 41_250);
        conn.send(hello.toString());
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        try {
            JsonNode frame = JSON.readTree(message);
            switch (frame.path("op").asInt(-1)) {
                case 1 -> conn.send("{\"op\": 11, \"d\": null, \"s\": null, \"t\": null}");
                case 2 -> identify(conn, frame.get("d"));
                default -> {
                    // presence updates and the like: nothing to answer
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad gateway frame: " + message, e);
        }
    }

    private void identify(WebSocket conn, JsonNode d) {
        identifies.add(d);
        if (rejectIdentify) {
            conn.close(4004, "Authentication failed.");
            return;
        }
        JsonNode shard = d.path("shard");
        Session session = shard.isArray()
                ? new Session(conn, shard.get(0).asInt(), shard.get(1).asInt(), new AtomicInteger())
                : new Session(conn, 0, 1, new AtomicInteger());
        sessions.removeIf(s -> s.ws() == conn);
        sessions.add(session);
        ObjectNode readyData = ready.apply(url(), session::holds);
        if (shard.isArray()) {
            readyData.putArray("shard").add(session.shard()).add(session.total());
        }
        send(session, "READY", readyData);
        guildCreates.apply(session::holds).forEach(g -> send(session, "GUILD_CREATE", g));
        identified.countDown();
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        sessions.removeIf(s -> s.ws() == conn);
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        System.err.println("fake gateway: " + ex);
    }
}
