package org.policybot.knowledge.write.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.Sentences;
import org.policybot.knowledge.text.Terms;

/**
 * A loopback server speaking {@code POST /v1/chat/completions} in the OpenAI JSON format, on port 0.
 * It records every request and serves scripted behaviours in order: a reply, a hang (until
 * {@link #close()}), an HTTP error, or a body that is not a completion. When the script is empty it
 * uses the fallback responder (by default HTTP 500). Reusable by any test of the LLM path:
 * point {@code llm.baseUrl} at {@link #baseUrl()}.
 */
public final class FakeOpenAiServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PASSAGE = Pattern.compile("(?m)^\\[(\\d+)] [^\\n]*\\n(.*?)\\n\\n", Pattern.DOTALL);
    private static final Pattern QUESTION = Pattern.compile("<question>(.*?)</question>", Pattern.DOTALL);

    private final HttpServer server;
    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Deque<Function<Request, Response>> script = new ArrayDeque<>();
    private final List<Request> requests = new ArrayList<>();
    private Function<Request, Response> fallback = r -> new Response(500, "{\"error\":\"no scripted reply\"}");
    private volatile long chunkDelayMillis;

    /** One recorded request. */
    public record Request(String method, String path, String authorization, String body) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Content of the first message with {@code role}, or "". */
        public String message(String role) {
            for (JsonNode m : json().path("messages")) {
                if (role.equals(m.path("role").asText())) {
                    return m.path("content").asText();
                }
            }
            return "";
        }

        public String system() {
            return message("system");
        }

        public String user() {
            return message("user");
        }
    }

    private record Response(int status, String body) {
    }

    private FakeOpenAiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(pool);
        server.createContext("/", this::handle);
        server.start();
    }

    public static FakeOpenAiServer start() {
        try {
            return new FakeOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base URL to configure, ending in /v1. */
    public String baseUrl() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/v1";
    }

    /** Next request: a completion whose message content is {@code content}. */
    public synchronized FakeOpenAiServer reply(String content) {
        script.add(r -> new Response(200, completion(content)));
        return this;
    }

    /**
     * A request asking to stream ({@code "stream": true}) gets its reply as server-sent events, a word
     * at a time, {@code delay} apart: as the OpenAI API streams.
     */
    public FakeOpenAiServer streamDelay(java.time.Duration delay) {
        chunkDelayMillis = delay.toMillis();
        return this;
    }

    /** Next request: never answered (until the server closes). */
    public synchronized FakeOpenAiServer hang() {
        script.add(r -> {
            try {
                closing.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new Response(503, "{}");
        });
        return this;
    }

    /** Next request: HTTP {@code status} with {@code body}. */
    public synchronized FakeOpenAiServer status(int status, String body) {
        script.add(r -> new Response(status, body));
        return this;
    }

    /** Next request: HTTP 200 with a body that is not a chat completion. */
    public synchronized FakeOpenAiServer garbage(String body) {
        script.add(r -> new Response(200, body));
        return this;
    }

    /** When the script is empty: reply with {@code responder}'s content for the request. */
    public synchronized FakeOpenAiServer otherwise(Function<Request, String> responder) {
        fallback = r -> new Response(200, completion(responder.apply(r)));
        return this;
    }

    /**
     * A responder that behaves like a faithful model: it answers with the passage sentence sharing the
     * most content words with the question, cited, or says the passages do not answer. Handy for
     * running {@code eval} end to end against this server.
     */
    public static Function<Request, String> citingBestSentence() {
        return r -> {
            String user = r.user();
            Matcher q = QUESTION.matcher(user);
            Set<String> asked = q.find() ? Terms.distinct(q.group(1)) : Set.of();
            String best = null;
            int bestOverlap = 0;
            Matcher p = PASSAGE.matcher(user);
            while (p.find()) {
                for (String sentence : Sentences.texts(p.group(2))) {
                    Set<String> shared = new HashSet<>(Terms.distinct(sentence));
                    shared.retainAll(asked);
                    if (shared.size() > bestOverlap) {
                        bestOverlap = shared.size();
                        best = sentence.replaceAll("[.!?]+$", "") + " [" + p.group(1) + "].";
                    }
                }
            }
            return best == null ? "The passages do not answer this." : best;
        };
    }

    /**
     * A responder that writes {@code claim}, cited, from the first passage it was given that contains
     * {@code phrase}, or declines when none does.
     */
    public static Function<Request, String> citing(String phrase, String claim) {
        return r -> {
            Matcher p = PASSAGE.matcher(r.user());
            while (p.find()) {
                if (p.group(2).contains(phrase)) {
                    return claim + " [" + p.group(1) + "].";
                }
            }
            return "The passages do not answer this.";
        };
    }

    public synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    public Request lastRequest() {
        List<Request> all = requests();
        if (all.isEmpty()) {
            throw new IllegalStateException("no request was received");
        }
        return all.get(all.size() - 1);
    }

    /** A chat-completion body carrying {@code content}. */
    public static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake").put("object", "chat.completion").put("created", 0).put("model", "fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", content);
        root.putObject("usage").put("prompt_tokens", 1).put("completion_tokens", 1).put("total_tokens", 2);
        return root.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("Authorization"), body);
            Function<Request, Response> behaviour;
            synchronized (this) {
                requests.add(request);
                behaviour = script.isEmpty() ? fallback : script.poll();
            }
            Response response = request.method().equals("POST") && request.path().endsWith("/chat/completions")
                    ? behaviour.apply(request)
                    : new Response(404, "{\"error\":\"not found\"}");
            if (response.status() == 200 && request.json().path("stream").asBoolean(false)) {
                stream(exchange, JSON.readTree(response.body()).path("choices").path(0).path("message").path("content")
                        .asText());
                return;
            }
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(response.status(), bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        } catch (IOException e) {
            // the client gave up (timeout): nothing to answer
        }
    }

    /**
     * Sends {@code content} as chat-completion chunks, a word (with its following space) each, and a
     * marker split after its first digit ("[4", "] "), as a model's tokens may split it.
     */
    private void stream(HttpExchange exchange, String content) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String piece : content.split("(?<=\\s)|(?<=\\[\\d)")) {
                out.write(event(chunk(piece, null)));
                out.flush();
                if (chunkDelayMillis > 0) {
                    try {
                        Thread.sleep(chunkDelayMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            }
            out.write(event(chunk(null, "stop")));
            out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static String chunk(String content, String finish) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-fake").put("object", "chat.completion.chunk").put("created", 0).put("model", "fake");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (content != null) {
            delta.put("content", content);
        }
        if (finish == null) {
            choice.putNull("finish_reason");
        } else {
            choice.put("finish_reason", finish);
        }
        return root.toString();
    }

    private static byte[] event(String json) {
        return ("data: " + json + "\n\n").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        pool.shutdownNow();
    }
}
