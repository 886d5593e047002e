package org.policybot.knowledge.write.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Scope;

/** The calls-a-minute budget, on a clock the test moves. */
class CallBudgetTest {
    private final AtomicLong now = new AtomicLong(1_000);

    @Test
    void aBurstUpToTheCapPassesThenTheBudgetRefillsOverTheMinute() {
        // GIVEN 6 calls a minute, 6 for one server
        CallBudget budget = new CallBudget(6, 6, now::get);

        // WHEN 8 calls come at once, then 10 seconds pass, then a minute
        int first = 0;
        for (int i = 0; i < 8; i++) {
            first += budget.take(Scope.SHARED) ? 1 : 0;
        }
        now.addAndGet(Duration.ofSeconds(10).toNanos());
        boolean afterTen = budget.take(Scope.SHARED);
        boolean again = budget.take(Scope.SHARED);
        now.addAndGet(Duration.ofMinutes(1).toNanos());
        int afterMinute = 0;
        for (int i = 0; i < 8; i++) {
            afterMinute += budget.take(Scope.SHARED) ? 1 : 0;
        }

        // THEN 6 pass, one more after 10 s (a sixth of the minute), and a full minute's worth later
        assertThat(first).isEqualTo(6);
        assertThat(afterTen).isTrue();
        assertThat(again).isFalse();
        assertThat(afterMinute).isEqualTo(6);
        assertThat(budget.made()).isEqualTo(13);
        assertThat(budget.refused()).isEqualTo(5);
    }

    @Test
    void aServerOverItsShareLeavesTheRestOfTheGlobalBudgetToOthers() {
        // GIVEN 5 calls a minute in all, 2 a server
        CallBudget budget = new CallBudget(5, 2, now::get);
        Scope a = Scope.server("1");
        Scope b = Scope.server("2");

        // WHEN server a asks 4 times, then b 4 times, then direct messages 4 times
        int fromA = 0;
        int fromB = 0;
        int fromShared = 0;
        for (int i = 0; i < 4; i++) {
            fromA += budget.take(a) ? 1 : 0;
        }
        for (int i = 0; i < 4; i++) {
            fromB += budget.take(b) ? 1 : 0;
        }
        for (int i = 0; i < 4; i++) {
            fromShared += budget.take(Scope.SHARED) ? 1 : 0;
        }

        // THEN each server gets 2 and the global cap leaves 1 for the shared scope
        assertThat(fromA).isEqualTo(2);
        assertThat(fromB).isEqualTo(2);
        assertThat(fromShared).isEqualTo(1);
    }
}
