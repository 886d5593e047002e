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
import java.util.function.Function;
import java.util.function.Supplier;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;

/**
 * Discord's gateway on ws://127.0.0.1: HELLO on connect, READY (given the gateway URL) and a GUILD_CREATE per server after IDENTIFY,
 * heartbeat acks, and dispatches the test pushes (INTERACTION_CREATE, MESSAGE_CREATE, THREAD_CREATE).
 */
final class FakeGateway extends WebSocketServer {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final CountDownLatch started = new CountDownLatch(1);
    private final AtomicInteger sequence = new AtomicInteger();
    private final List<JsonNode> identifies = new CopyOnWriteArrayList<>();
    private final Function<String, ObjectNode> ready;
    private final Supplier<List<ObjectNode>> guildCreates;
    private volatile WebSocket current;
    private volatile boolean rejectIdentify;
    private volatile CountDownLatch identified = new CountDownLatch(1);

    FakeGateway(Function<String, ObjectNode> ready, Supplier<List<ObjectNode>> guildCreates) {
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

    /** The IDENTIFY payloads received (token, intents), oldest first. */
    List<JsonNode> identifies() {
        return List.copyOf(identifies);
    }

    /** Sends a dispatch (op 0) to the connected client. */
    void dispatch(String type, JsonNode data) {
        WebSocket ws = current;
        if (ws == null || !ws.isOpen()) {
            throw new IllegalStateException("no client connected to the gateway");
        }
        ObjectNode frame = JSON.createObjectNode();
        frame.put("op", 0);
        frame.put("t", type);
        frame.put("s", sequence.incrementAndGet());
        frame.set("d", data);
        ws.send(frame.toString());
    }

    boolean connected() {
        WebSocket ws = current;
        return ws != null && ws.isOpen();
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
        current = conn;
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
                case 2 -> {
                    identifies.add(frame.get("d"));
                    if (rejectIdentify) {
                        conn.close(4004, "Authentication failed.");
                        return;
                    }
                    sequence.set(0);
                    current = conn;
                    dispatch("READY", ready.apply(url()));
                    guildCreates.get().forEach(g -> dispatch("GUILD_CREATE", g));
                    identified.countDown();
                }
                default -> {
                    // presence updates and the like: nothing to answer
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("bad gateway frame: " + message, e);
        }
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        if (conn == current) {
            current = null;
        }
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        System.err.println("fake gateway: " + ex);
    }
}
