package org.policybot.knowledge.write.llm;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.UnresolvedModelServerException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.PartialResponse;
import dev.langchain4j.model.chat.response.PartialResponseContext;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One bounded call to the chat server. The whole call, retry included, ends by the deadline; a
 * retry happens at most once, only after a quick HTTP 5xx; every failure becomes a reason code.
 * Logging: one WARN line when a kind of failure starts (no stack trace), DEBUG while it repeats,
 * one INFO line when the server answers again. The key, if known, is scrubbed from what is logged.
 */
final class GuardedChat {
    private static final Logger LOG = LoggerFactory.getLogger(GuardedChat.class);
    private static final int MAX_DETAIL = 200;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "llm-call-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final ChatModel model;
    private final StreamingChatModel streaming;
    private final Duration deadline;
    private final String server;
    private final String secret;
    private final AtomicReference<String> failing = new AtomicReference<>();

    /**
     * @param server how to name the server in logs (its base URL)
     * @param secret the API key to scrub from log lines, or {@code null}
     */
    GuardedChat(ChatModel model, Duration deadline, String server, String secret) {
        this(model, null, deadline, server, secret);
    }

    /** @param streaming the same model served token by token, or {@code null} when replies are not streamed */
    GuardedChat(ChatModel model, StreamingChatModel streaming, Duration deadline, String server, String secret) {
        this.streaming = streaming;
        if (deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("deadline must be positive, was " + deadline);
        }
        this.model = model;
        this.deadline = deadline;
        this.server = server;
        this.secret = secret == null || secret.isEmpty() ? null : secret;
    }

    /** The reply text; never null or blank. */
    String ask(List<ChatMessage> messages) throws ChatFailure {
        long end = System.nanoTime() + deadline.toNanos();
        ChatFailure failure;
        try {
            return answered(attempt(messages, end));
        } catch (ChatFailure first) {
            failure = first;
        }
        long left = end - System.nanoTime();
        if (failure.status() >= 500 && left > deadline.toNanos() / 2) {
            LOG.debug("LLM server {} answered HTTP {}; retrying once", server, failure.status());
            try {
                return answered(attempt(messages, end));
            } catch (ChatFailure second) {
                failure = second;
            }
        }
        logFailure(failure);
        throw failure;
    }

    /**
     * The reply text, as {@link #ask}, while {@code soFar} gets the text received so far each time more
     * arrives (on the HTTP client's thread; never after this method returned). Without a streaming
     * model, one ordinary call. Not retried: part of the reply may already have been shown. A stream
     * still running at the deadline is cancelled at its next token.
     */
    String askStreaming(List<ChatMessage> messages, Consumer<String> soFar) throws ChatFailure {
        if (streaming == null) {
            return ask(messages);
        }
        CompletableFuture<String> done = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        // guards the text and the listener: once the call is over (answered, failed or timed out) no
        // listener call starts, and one under way finishes before this method returns
        Object lock = new Object();
        boolean[] over = {false};
        try {
            streaming.chat(ChatRequest.builder().messages(messages).build(), new StreamingChatResponseHandler() {
                @Override
                public void onPartialResponse(PartialResponse partial, PartialResponseContext context) {
                    synchronized (lock) {
                        if (over[0]) {
                            // abandoned (a timeout): stop the stream, so no more tokens are generated and billed
                            context.streamingHandle().cancel();
                            return;
                        }
                        text.append(partial.text());
                        soFar.accept(text.toString());
                    }
                }

                @Override
                public void onCompleteResponse(ChatResponse response) {
                    AiMessage message = response == null ? null : response.aiMessage();
                    synchronized (lock) {
                        done.complete(message != null && message.text() != null ? message.text() : text.toString());
                    }
                }

                @Override
                public void onError(Throwable error) {
                    done.completeExceptionally(error);
                }
            });
            String reply = done.get(deadline.toNanos(), TimeUnit.NANOSECONDS);
            if (reply == null || reply.isBlank()) {
                throw new ChatFailure(LlmOutcome.OUT_OF_FORMAT, "the reply has no text", 0);
            }
            return answered(reply);
        } catch (TimeoutException e) {
            ChatFailure failure = new ChatFailure(LlmOutcome.TIMEOUT, "no answer within " + deadline.toSeconds() + " s", 0);
            logFailure(failure);
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatFailure(LlmOutcome.INTERRUPTED, "interrupted while waiting", 0);
        } catch (ExecutionException | RuntimeException e) {
            ChatFailure failure = classify(e instanceof ExecutionException ? e.getCause() : e);
            logFailure(failure);
            throw failure;
        } finally {
            synchronized (lock) {
                over[0] = true;
            }
        }
    }

    private String answered(String reply) {
        String was = failing.getAndSet(null);
        if (was != null) {
            LOG.info("LLM server {} is answering again", server);
        }
        return reply;
    }

    private String attempt(List<ChatMessage> messages, long end) throws ChatFailure {
        ChatRequest request = ChatRequest.builder().messages(messages).build();
        Future<ChatResponse> call = POOL.submit(() -> model.chat(request));
        ChatResponse response;
        try {
            response = call.get(Math.max(1, end - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new ChatFailure(LlmOutcome.TIMEOUT, "no answer within " + deadline.toSeconds() + " s", 0);
        } catch (InterruptedException e) {
            call.cancel(true);
            Thread.currentThread().interrupt();
            throw new ChatFailure(LlmOutcome.INTERRUPTED, "interrupted while waiting", 0);
        } catch (ExecutionException e) {
            throw classify(e.getCause());
        }
        AiMessage message = response == null ? null : response.aiMessage();
        String text = message == null ? null : message.text();
        if (text == null || text.isBlank()) {
            throw new ChatFailure(LlmOutcome.OUT_OF_FORMAT, "the reply has no text", 0);
        }
        return text;
    }

    static ChatFailure classify(Throwable error) {
        for (Throwable c = error; c != null; c = c.getCause()) {
            if (c instanceof dev.langchain4j.exception.TimeoutException || c instanceof HttpTimeoutException
                    || c instanceof SocketTimeoutException || c instanceof TimeoutException) {
                return new ChatFailure(LlmOutcome.TIMEOUT, c.getClass().getSimpleName(), 0);
            }
            if (c instanceof ConnectException || c instanceof UnknownHostException
                    || c instanceof NoRouteToHostException || c instanceof UnresolvedAddressException
                    || c instanceof UnresolvedModelServerException) {
                return new ChatFailure(LlmOutcome.UNREACHABLE, c.getClass().getSimpleName()
                        + (c.getMessage() == null ? "" : ": " + c.getMessage()), 0);
            }
            if (c instanceof HttpException http) {
                return new ChatFailure(LlmOutcome.SERVER_ERROR, "HTTP " + http.statusCode(), http.statusCode());
            }
        }
        return new ChatFailure(LlmOutcome.OUT_OF_FORMAT, error.getClass().getSimpleName()
                + (error.getMessage() == null ? "" : ": " + error.getMessage()), 0);
    }

    private void logFailure(ChatFailure failure) {
        String detail = scrub(failure.getMessage());
        String what = switch (failure.reason()) {
            case LlmOutcome.UNREACHABLE -> "is unreachable";
            case LlmOutcome.TIMEOUT -> "timed out";
            case LlmOutcome.SERVER_ERROR -> "failed";
            case LlmOutcome.INTERRUPTED -> "call was interrupted";
            default -> "sent a reply that is not a chat completion";
        };
        if (failure.reason().equals(failing.getAndSet(failure.reason()))) {
            LOG.debug("LLM server {} {} again ({}); answering extractively", server, what, detail);
        } else {
            LOG.warn("LLM server {} {} ({}); answering extractively", server, what, detail);
        }
    }

    private String scrub(String detail) {
        String d = detail == null ? "" : detail.replaceAll("\\s+", " ");
        if (secret != null) {
            d = d.replace(secret, "***");
        }
        return d.length() > MAX_DETAIL ? d.substring(0, MAX_DETAIL) + "…" : d;
    }
}
