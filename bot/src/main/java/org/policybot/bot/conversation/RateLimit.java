package org.policybot.bot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A token bucket per user: {@code perMinute} questions at once, refilled evenly over a minute. Buckets
 * live in a bounded Caffeine cache and vanish once full again, so idle users cost nothing.
 *
 * <p>Over the limit, only the first refusal in a window of one minute asks for a notice: however fast
 * someone keeps asking, the bot says "slow down" at most once a minute to them, and is silent
 * otherwise, so the limit itself cannot be turned into a way to make the bot spam a channel.
 */
public final class RateLimit {
    private static final long MINUTE_NANOS = TimeUnit.MINUTES.toNanos(1);

    private final int perMinute;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    public RateLimit(int perMinute, Ticker ticker) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("perMinute must be >= 1, was " + perMinute);
        }
        this.perMinute = perMinute;
        this.ticker = ticker;
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofMinutes(2)) // past a full refill and a notice window
                .maximumSize(100_000)
                .ticker(ticker)
                .build();
    }

    public int perMinute() {
        return perMinute;
    }

    /** Takes one question from the user's bucket; the result says whether it was allowed and if not, for how long to wait. */
    public Permit tryAcquire(String userId) {
        Bucket bucket = buckets.get(userId, id -> new Bucket(perMinute, ticker.read()));
        synchronized (bucket) {
            long now = ticker.read();
            double refill = (double) (now - bucket.updated) * perMinute / MINUTE_NANOS;
            bucket.tokens = Math.min(perMinute, bucket.tokens + refill);
            bucket.updated = now;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Permit(true, 0, false);
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) * MINUTE_NANOS / perMinute);
            boolean notice = !bucket.noticed || now - bucket.noticedAt >= MINUTE_NANOS;
            if (notice) {
                bucket.noticed = true;
                bucket.noticedAt = now;
            }
            return new Permit(false, Math.max(1, TimeUnit.NANOSECONDS.toSeconds(waitNanos + 999_999_999L)), notice);
        }
    }

    /**
     * The outcome of asking for a question's worth of the limit.
     *
     * @param allowed           the question may be answered
     * @param retryAfterSeconds when refused: how long until one more question is allowed
     * @param notice            when refused: whether to tell the user (the first refusal in a minute) or stay silent
     */
    public record Permit(boolean allowed, long retryAfterSeconds, boolean notice) {
    }

    private static final class Bucket {
        double tokens;
        long updated;
        boolean noticed;
        long noticedAt;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }
}
