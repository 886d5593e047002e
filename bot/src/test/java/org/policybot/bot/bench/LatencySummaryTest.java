package org.policybot.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LatencySummaryTest {
    @Test
    void percentilesByNearestRank() {
        // GIVEN 100 answer times of 1..100 ms, shuffled
        long[] nanos = new long[100];
        for (int i = 0; i < 100; i++) {
            nanos[i] = ((i * 37) % 100 + 1) * 1_000_000L;
        }

        // WHEN summarised  THEN p50 is the 50th fastest, p90 the 90th, p99 the 99th
        LatencySummary s = LatencySummary.ofNanos(nanos);
        assertThat(s.p50()).isEqualTo(50.0);
        assertThat(s.p90()).isEqualTo(90.0);
        assertThat(s.p99()).isEqualTo(99.0);
        assertThat(s.max()).isEqualTo(100.0);
        assertThat(s.mean()).isEqualTo(50.5);
        assertThat(s.samples()).isEqualTo(100);
    }

    @Test
    void oneSampleIsEveryPercentile() {
        // GIVEN one answer of 3 ms  WHEN summarised  THEN every figure is 3 ms
        LatencySummary s = LatencySummary.ofNanos(new long[] {3_000_000});
        assertThat(s.p50()).isEqualTo(3.0);
        assertThat(s.p99()).isEqualTo(3.0);
    }

    @Test
    void noSamplesIsAMistake() {
        assertThatThrownBy(() -> LatencySummary.ofNanos(new long[0])).hasMessage("no latency samples");
    }
}
