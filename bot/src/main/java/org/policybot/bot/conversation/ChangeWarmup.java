package org.policybot.bot.conversation;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import org.policybot.knowledge.model.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Readies a scope's documents for questions on a thread of its own, after each change and at start
 * ({@link org.policybot.knowledge.AnswerEngine#prepare}): the tables a question's unknown word is read against take
 * seconds on a large knowledge base, which a member would otherwise wait for. Scopes are readied one at a time, in
 * the order they changed; a failure is logged and left for the answer path, which reads the same tables itself.
 */
public final class ChangeWarmup implements Consumer<Scope>, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ChangeWarmup.class);

    private final Consumer<Scope> prepare;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
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
        try {
            thread.execute(() -> {
                try {
                    prepare.accept(scope);
                } catch (RuntimeException e) {
                    LOG.warn("Readying the documents of scope {} for questions failed; the first question will read"
                            + " them: {}", scope, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            // closed: the bot is stopping, and no question will come
        }
    }

    /** Drops what is queued; the readying under way ends on its own (its thread never holds the JVM up). */
    @Override
    public void close() {
        thread.shutdownNow();
    }
}
