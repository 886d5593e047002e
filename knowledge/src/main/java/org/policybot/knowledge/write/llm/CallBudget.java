package org.policybot.knowledge.write.llm;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.policybot.knowledge.model.Scope;

/**
 * How many model calls may still be made: a token bucket for the whole process and one per server
 * (direct messages and the command line share the shared scope's bucket). A bucket holds a minute's
 * calls and refills evenly over the minute, so a burst up to the cap goes through and a steady
 * stream is held to the cap a minute. A call the budget refuses is not made: the member gets the
 * extractive answer. Thread-safe.
 */
final class CallBudget {
    private static final long MINUTE_NANOS = Duration.ofMinutes(1).toNanos();
    /**
     * Servers whose buckets are kept (set by hand: well above the 2,500 servers at which Discord makes a
     * bot shard, at about 100 bytes a bucket); a bucket idle for two minutes is full again anyway, so
     * it is dropped, and one evicted early only forgets calls of the last minute.
     */
    private static final int MAX_SERVERS = 100_000;
    private static final Duration IDLE = Duration.ofMinutes(2);

    private final int perServer;
    private final LongSupplier clock;
    private final Bucket global;
    private final Cache<Scope, Bucket> servers = Caffeine.newBuilder().maximumSize(MAX_SERVERS)
            .expireAfterAccess(IDLE).build();
    private final AtomicLong made = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    CallBudget(int perMinute, int perServerPerMinute) {
        this(perMinute, perServerPerMinute, System::nanoTime);
    }

    CallBudget(int perMinute, int perServerPerMinute, LongSupplier clock) {
        this.perServer = perServerPerMinute;
        this.clock = clock;
        this.global = new Bucket(perMinute, clock.getAsLong());
    }

    /** Takes one call from the server's and the global budget; false (taking nothing) when either is spent. */
    boolean take(Scope scope) {
        long now = clock.getAsLong();
        Bucket server = servers.get(scope, s -> new Bucket(perServer, now));
        if (!server.take(now)) {
            refused.incrementAndGet();
            return false;
        }
        if (!global.take(now)) {
            server.giveBack();
            refused.incrementAndGet();
            return false;
        }
        made.incrementAndGet();
        return true;
    }

    /** Calls allowed so far. */
    long made() {
        return made.get();
    }

    /** Calls refused so far. */
    long refused() {
        return refused.get();
    }

    /** A minute's worth of calls, refilled evenly. */
    private static final class Bucket {
        private final int capacity;
        private double tokens;
        private long last;

        Bucket(int capacity, long now) {
            this.capacity = capacity;
            this.tokens = capacity;
            this.last = now;
        }

        synchronized boolean take(long now) {
            if (now > last) {
                tokens = Math.min(capacity, tokens + (double) capacity * (now - last) / MINUTE_NANOS);
                last = now;
            }
            if (tokens < 1) {
                return false;
            }
            tokens -= 1;
            return true;
        }

        synchronized void giveBack() {
            tokens = Math.min(capacity, tokens + 1);
        }
    }
}
