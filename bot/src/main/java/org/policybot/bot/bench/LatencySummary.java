package org.policybot.bot.bench;

import java.util.Arrays;

/**
 * Latency percentiles of a run, in milliseconds, by the nearest-rank method (p99 of 2,000 samples
 * is the 1,980th fastest).
 */
public record LatencySummary(double p50, double p90, double p99, double mean, double max, int samples) {

    /** Summarises answer times given in nanoseconds; at least one sample. */
    public static LatencySummary ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            throw new IllegalArgumentException("no latency samples");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (long n : sorted) {
            sum += n;
        }
        return new LatencySummary(ms(rank(sorted, 0.50)), ms(rank(sorted, 0.90)), ms(rank(sorted, 0.99)),
                sum / sorted.length / 1e6, ms(sorted[sorted.length - 1]), sorted.length);
    }

    private static long rank(long[] sorted, double quantile) {
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
