package org.policybot.bot.discord;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.policybot.bot.conversation.DiscordLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a model's checked answer in the deferred reply while it streams in: each text it is given
 * (only sentences that passed the support check) replaces the reply's content, at most once a
 * second; texts that come faster are merged, the latest wins. An edit is sent without waiting for
 * it (one timer thread serves every reply); the next waits until it is done. {@link #close()} stops
 * it and waits, a bounded time, for an edit in flight, so the final reply is the last edit.
 */
final class StreamedEdits implements Consumer<String> {
    private static final Logger LOG = LoggerFactory.getLogger(StreamedEdits.class);
    /**
     * Between two edits of one reply (set by hand, as issue 14 asks): Discord allows about five edits
     * of an interaction's messages in two seconds, and a reader gains nothing from more than one a second.
     */
    static final Duration INTERVAL = Duration.ofSeconds(1);
    /** How long the final reply waits for an edit in flight (set by hand: a stalled edit must not hold the answer). */
    static final Duration IN_FLIGHT_WAIT = Duration.ofSeconds(5);
    /**
     * The content the final reply sets when it has none of its own but the streamed text must go. Javacord
     * 3.8.0 leaves an empty content out of the edit request, and Discord keeps a field the request leaves
     * out, so "" would leave the streamed text above the final embed; a zero-width space replaces it and
     * shows nothing.
     */
    static final String CLEARED = "\u200B";
    /** Shown after the text while more is coming. */
    static final String MORE = " …";
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "streamed-edits-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final InteractionOriginalResponseUpdater original;
    private String pending;
    private long lastEdit;
    private boolean editedOnce;
    private ScheduledFuture<?> scheduled;
    private CompletableFuture<?> inFlight = CompletableFuture.completedFuture(null);
    private boolean closed;

    StreamedEdits(InteractionOriginalResponseUpdater original) {
        this.original = original;
    }

    @Override
    public synchronized void accept(String text) {
        if (closed || text == null || text.isBlank()) {
            return;
        }
        pending = text;
        schedule();
    }

    /** Schedules the next edit, a second after the last one started and once it is done. */
    private void schedule() {
        if (scheduled != null || pending == null || closed) {
            return;
        }
        long wait = editedOnce ? Math.max(0, lastEdit + INTERVAL.toNanos() - System.nanoTime()) : 0;
        scheduled = TIMER.schedule(this::edit, wait, TimeUnit.NANOSECONDS);
    }

    private synchronized void edit() {
        scheduled = null;
        if (closed || pending == null) {
            return;
        }
        if (!inFlight.isDone()) {
            inFlight.whenComplete((r, e) -> {
                synchronized (this) {
                    schedule();
                }
            });
            return;
        }
        String text = pending;
        pending = null;
        lastEdit = System.nanoTime();
        editedOnce = true;
        String shown = text;
        int room = DiscordLimits.CONTENT - MORE.length();
        if (shown.length() > room) {
            int cut = Character.isHighSurrogate(shown.charAt(room - 1)) ? room - 1 : room;
            shown = shown.substring(0, cut);
        }
        original.setAllowedMentions(JavacordMessages.noMentions());
        inFlight = original.setContent(shown + MORE).update().exceptionally(e -> {
            LOG.debug("a streamed edit failed; the final reply follows anyway", e);
            return null;
        });
    }

    /** True once the reply was edited: the final reply must then replace the content it does not set ({@link #CLEARED}). */
    synchronized boolean edited() {
        return editedOnce;
    }

    /** Stops editing; waits, at most {@link #IN_FLIGHT_WAIT}, for an edit in flight. */
    void close() {
        CompletableFuture<?> last;
        synchronized (this) {
            closed = true;
            if (scheduled != null) {
                scheduled.cancel(false);
                scheduled = null;
            }
            last = inFlight;
        }
        try {
            last.get(IN_FLIGHT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            LOG.warn("a streamed edit is still in flight after {} s; sending the final reply", IN_FLIGHT_WAIT.toSeconds());
        } catch (ExecutionException e) {
            LOG.debug("a streamed edit failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
