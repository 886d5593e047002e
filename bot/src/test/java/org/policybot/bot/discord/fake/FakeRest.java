package org.policybot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Discord's REST API as a JDK {@code HttpsServer} on 127.0.0.1: records every call and lets a router
 * answer it, except calls a test scripted to fail first (e.g. a 429 with {@code Via} and {@code retry_after}).
 */
final class FakeRest implements AutoCloseable {
    static final String PREFIX = "/api/v10";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The boundary parameter of a multipart Content-Type, quoted or not. */
    private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
    /** The file name in a part's Content-Disposition header. */
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

    /** What the fake answers. */
    record Response(int status, Map<String, String> headers, String body) {
        static Response json(Object body) {
            try {
                return new Response(200, Map.of("Content-Type", "application/json"), JSON.writeValueAsString(body));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        static Response noContent() {
            return new Response(204, Map.of(), "");
        }

        static Response notFound(String method, String path) {
            return new Response(404, Map.of("Content-Type", "application/json"),
                    "{\"message\": \"Unknown route " + method + " " + path + "\", \"code\": 0}");
        }
    }

    /** Answers a call: method, path (without prefix), JSON body. */
    @FunctionalInterface
    interface Router {
        Response route(String method, String path, JsonNode body) throws IOException;
    }

    private record Failure(String method, String pathRegex, Response response) {
    }

    private final HttpsServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-discord-rest");
        t.setDaemon(true);
        return t;
    });
    private final List<RecordedRequest> recorded = new ArrayList<>();
    private final List<Failure> failures = new ArrayList<>();
    private final Router router;

    FakeRest(SSLContext tls, Router router) throws IOException {
        this.router = router;
        this.server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The next call matching method and path gets {@code response} instead of the router's answer. */
    synchronized void failNext(String method, String pathRegex, Response response) {
        failures.add(new Failure(method, pathRegex, response));
    }

    synchronized void clear() {
        recorded.clear();
    }

    synchronized List<RecordedRequest> requests() {
        return List.copyOf(recorded);
    }

    /** Waits (up to {@code millis}) for a recorded call matching {@code test}; the first match is returned. */
    synchronized RecordedRequest await(Predicate<RecordedRequest> test, long millis, String what) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000L;
        while (true) {
            for (RecordedRequest r : recorded) {
                if (test.test(r)) {
                    return r;
                }
            }
            long left = (deadline - System.nanoTime()) / 1_000_000L;
            if (left <= 0) {
                throw new AssertionError("timed out waiting for " + what + "; calls seen:\n" + String.join("\n",
                        recorded.stream().map(RecordedRequest::toString).toList()));
            }
            wait(left);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            path = path.startsWith(PREFIX) ? path.substring(PREFIX.length()) : path;
            byte[] raw = exchange.getRequestBody().readAllBytes();
            Map<String, byte[]> files = new LinkedHashMap<>();
            JsonNode body = raw.length == 0 ? MissingNode.getInstance() : parse(raw, exchange, files);
            Response response = scriptedFailure(method, path);
            if (response == null) {
                response = router.route(method, path, body);
            }
            Map<String, List<String>> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
            synchronized (this) {
                recorded.add(new RecordedRequest(method, path, body, headers, response.status(), files));
                notifyAll();
            }
            response.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            byte[] out = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(response.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        } catch (IOException | RuntimeException e) {
            System.err.println("fake Discord REST failed: " + e);
            throw e;
        }
    }

    /**
     * The JSON body of a request. A multipart request (Javacord sends one when files are attached) carries
     * the JSON in its "payload_json" part and each file in a part of its own, named by a filename in its
     * Content-Disposition; the files go to {@code files}.
     */
    private static JsonNode parse(byte[] raw, HttpExchange exchange, Map<String, byte[]> files) throws IOException {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null || !type.startsWith("multipart/")) {
            return JSON.readTree(raw);
        }
        Matcher b = BOUNDARY.matcher(type);
        if (!b.find()) {
            throw new IOException("multipart request without a boundary: " + type);
        }
        // ISO-8859-1 maps every byte to one char, so positions in the text are positions in the bytes
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        String delimiter = "--" + b.group(1);
        JsonNode payload = MissingNode.getInstance();
        int at = text.indexOf(delimiter);
        while (at >= 0) {
            int partStart = at + delimiter.length();
            if (text.startsWith("--", partStart)) {
                break;
            }
            int headersEnd = text.indexOf("\r\n\r\n", partStart);
            int next = text.indexOf("\r\n" + delimiter, headersEnd);
            String partHeaders = text.substring(partStart, headersEnd);
            byte[] content = Arrays.copyOfRange(raw, headersEnd + 4, next);
            Matcher file = FILE_NAME.matcher(partHeaders);
            if (file.find()) {
                files.put(file.group(1), content);
            } else if (partHeaders.contains("name=\"payload_json\"")) {
                payload = JSON.readTree(content);
            }
            at = next + 2;
        }
        return payload;
    }

    private synchronized Response scriptedFailure(String method, String path) {
        for (Iterator<Failure> it = failures.iterator(); it.hasNext(); ) {
            Failure f = it.next();
            if (f.method().equals(method) && path.matches(f.pathRegex())) {
                it.remove();
                return f.response();
            }
        }
        return null;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }
}
