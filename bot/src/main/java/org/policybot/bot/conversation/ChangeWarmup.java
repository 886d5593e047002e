package org.policybot.bot.conversation;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.policybot.knowledge.model.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies a scope's documents for questions on a thread of its own, after each change and at start
 * ({@link org.policybot.knowledge.AnswerEngine#prepare}): the tables a question's unknown word is read against take
 * seconds on a large knowledge base, which a member would otherwise wait for. Scopes are readied one at a time, in
 * the order they changed, a scope once however often it changes before its turn; a failure is logged and left for
 * the answer path, which reads the same tables itself.
 */
public final class ChangeWarmup implements Consumer<Scope>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWarmup.class);

    private final Consumer<Scope> prepare;
    /** Scopes queued and not yet started. */
    private final Set<Scope> waiting = ConcurrentHashMap.newKeySet();
    private final ThreadPoolExecutor thread = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "policybot-prepare");
                t.setDaemon(true);
                t.setPriority(Thread.MIN_PRIORITY);
                return t;
            });

    /** Readies by {@code prepare} (the engine's {@code prepare}). */
    public ChangeWarmup(Consumer<Scope> prepare) {
        this.prepare = prepare;
    }

    /** Readies {@code scope}'s documents after those queued before; returns at once. */
    @Override
    public void accept(Scope scope) {
        offer(scope);
    }

    /**
     * Queues {@code scope}'s readying; false when it is already waiting (it will read the documents as they stand
     * when it runs, so several quick changes are readied once) or when the warm-up is closed.
     */
    boolean offer(Scope scope) {
        if (!waiting.add(scope)) {
            return false;
        }
        try {
            thread.execute(() -> {
                waiting.remove(scope); // a change from now on queues it again
                try {
                    prepare.accept(scope);
                } catch (RuntimeException e) {
                    if (!thread.isShutdown()) { // closing under way: the knowledge base may be closing too
                        LOG.warn("Readying the documents of scope {} for questions failed; the first question will"
                                + " read them: {}", scope, e.toString());
                    }
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            waiting.remove(scope); // closed: the bot is stopping, and no question will come
            return false;
        }
    }

    /**
     * Drops what is queued; the readying under way ends on its own, never interrupted (an interrupt in the middle of
     * an index read is no way to stop it), and its thread never holds the JVM up.
     */
    @Override
    public void close() {
        thread.getQueue().clear();
        thread.shutdown();
    }

    /** Waits up to {@code seconds} for a closed warm-up's thread to end; true when it has (for tests). */
    boolean awaitTermination(long seconds) throws InterruptedException {
        return thread.awaitTermination(seconds, TimeUnit.SECONDS);
    }
}
