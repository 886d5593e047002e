package org.policybot.bot.discord;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a model's checked answer in the deferred reply while it streams in: each text it is given
 * (only sentences that passed the support check) replaces the reply's content, at most once a
 * second; texts that come faster are merged, the latest wins. {@link #close()} stops it and waits for
 * an edit in flight, so the final reply (sources and buttons) is always the last edit.
 */
final class StreamedEdits implements Consumer<String> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamedEdits.class);
    /**
     * Between two edits of one reply (set by hand, as issue 14 asks): Discord allows about five edits
     * of an interaction's messages in two seconds, and a reader gains nothing from more than one a second.
     */
    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** Shown after the text while more is coming. */
    static final String MORE = " …";
    /** Room in a message's content (Discord allows 2,000 characters). */
    private static final int MAX_CONTENT = 1_900;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "streamed-edits-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final InteractionOriginalResponseUpdater original;
    private final ReentrantLock editing = new ReentrantLock();
    private String pending;
    private long lastEdit;
    private ScheduledFuture<?> scheduled;
    private boolean closed;
    private int edits;

    StreamedEdits(InteractionOriginalResponseUpdater original) {
        this.original = original;
    }

    @Override
    public synchronized void accept(String text) {
        if (closed || text == null || text.isBlank()) {
            return;
        }
        pending = text;
        if (scheduled == null) {
            long wait = Math.max(0, lastEdit + INTERVAL.toNanos() - System.nanoTime());
            scheduled = TIMER.schedule(this::edit, wait, TimeUnit.NANOSECONDS);
        }
    }

    private void edit() {
        editing.lock();
        try {
            String text;
            synchronized (this) {
                scheduled = null;
                if (closed || pending == null) {
                    return;
                }
                text = pending;
                pending = null;
                lastEdit = System.nanoTime();
                edits++;
            }
            String shown = text.length() > MAX_CONTENT ? text.substring(0, MAX_CONTENT) : text;
            original.setAllowedMentions(JavacordMessages.noMentions());
            original.setContent(shown + MORE).update().join();
        } catch (RuntimeException e) {
            LOG.debug("a streamed edit failed; the final reply follows anyway", e);
        } finally {
            editing.unlock();
        }
    }

    /** True once the reply was edited: the final reply must then clear the content it does not set. */
    synchronized boolean edited() {
        return edits > 0;
    }

    /** Stops editing; waits for an edit in flight. */
    void close() {
        synchronized (this) {
            closed = true;
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
        }
        editing.lock();
        editing.unlock();
    }
}
