package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConversationMemoryTest {
    private static final Duration WEEK = Duration.ofDays(7);

    @TempDir
    Path dataDir;

    private final MovingClock clock = new MovingClock(Instant.parse("2026-01-02T03:04:05Z"));

    private List<String> lines() throws IOException {
        return Files.readAllLines(dataDir.resolve(ConversationMemory.FILE_NAME));
    }

    @Test
    void whatWasAnsweredIsRememberedAcrossARestart() throws IOException {
        // GIVEN an answer in a bot thread, and its follow-up in the same thread
        ConversationMemory memory = ConversationMemory.open(dataDir, 100, WEEK, clock);
        memory.answered("a1", "1001", "42", List.of(), "How long is API data kept?", List.of("m1"), "t1");
        memory.answered("a2", "1001", "42", List.of("How long is API data kept?"), "and ChatGPT users?",
                List.of("m2", "m3"), "t1");

        // WHEN the memory is opened again (a restart)
        ConversationMemory restarted = ConversationMemory.open(dataDir, 100, WEEK, clock);

        // THEN the thread, the answer messages and the answers are all known, with their conversations
        assertThat(restarted.isBotThread("t1")).isTrue();
        assertThat(restarted.isBotAnswer("m3")).isTrue();
        assertThat(restarted.contextFor("t1", null)).containsExactly("How long is API data kept?", "and ChatGPT users?");
        assertThat(restarted.contextFor(null, "m1")).containsExactly("How long is API data kept?");
        assertThat(restarted.answer("a2")).get().satisfies(e -> {
            assertThat(e.userId()).isEqualTo("1001");
            assertThat(e.serverId()).isEqualTo("42");
            assertThat(e.question()).isEqualTo("and ChatGPT users?");
        });
        assertThat(restarted.answer("a3")).isEmpty();
    }

    @Test
    void theOldestAnswersBeyondTheCountAreForgottenAndTheLogStaysBounded() throws IOException {
        // GIVEN a memory of three answers
        ConversationMemory memory = ConversationMemory.open(dataDir, 3, WEEK, clock);

        // WHEN ten answers are given
        for (int i = 1; i <= 10; i++) {
            memory.answered("a" + i, "1001", null, List.of(), "q" + i, List.of("m" + i), null);
        }

        // THEN only the last three are remembered, and the log never holds more than twice that
        assertThat(memory.size()).isEqualTo(3);
        assertThat(memory.answer("a7")).isEmpty();
        assertThat(memory.isBotAnswer("m7")).isFalse();
        assertThat(memory.answer("a8")).isPresent();
        assertThat(lines().size()).isLessThanOrEqualTo(6);
        assertThat(ConversationMemory.open(dataDir, 3, WEEK, clock).answer("a10")).isPresent();
    }

    @Test
    void answersOlderThanTheAgeLimitAreForgottenAndDroppedFromTheLogOnOpen() throws IOException {
        // GIVEN an answer given eight days ago and one given today
        ConversationMemory memory = ConversationMemory.open(dataDir, 100, WEEK, clock);
        memory.answered("old", "1001", null, List.of(), "q", List.of("m1"), "t1");
        clock.advance(Duration.ofDays(8));
        memory.answered("new", "1002", null, List.of(), "q2", List.of("m2"), null);

        // THEN the old one is no longer known, in this process or after a restart, nor kept on disk
        assertThat(memory.answer("old")).isEmpty();
        assertThat(memory.isBotThread("t1")).isFalse();
        assertThat(memory.contextFor("t1", "m1")).isEmpty();
        ConversationMemory restarted = ConversationMemory.open(dataDir, 100, WEEK, clock);
        assertThat(restarted.answer("old")).isEmpty();
        assertThat(restarted.answer("new")).isPresent();
        assertThat(lines()).singleElement().asString().contains("\"new\"");
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextAnswerIsWrittenWhole() throws IOException {
        // GIVEN a log whose last write was cut short by a crash
        ConversationMemory memory = ConversationMemory.open(dataDir, 100, WEEK, clock);
        memory.answered("a1", "1001", null, List.of(), "q1", List.of("m1"), null);
        Files.writeString(dataDir.resolve(ConversationMemory.FILE_NAME), "{\"time\":\"2026-01-0",
                StandardOpenOption.APPEND);

        // WHEN the bot restarts and answers again
        ConversationMemory restarted = ConversationMemory.open(dataDir, 100, WEEK, clock);
        restarted.answered("a2", "1001", null, List.of(), "q2", List.of("m2"), null);

        // THEN both answers are remembered after another restart, and every line on disk is whole
        ConversationMemory again = ConversationMemory.open(dataDir, 100, WEEK, clock);
        assertThat(again.answer("a1")).isPresent();
        assertThat(again.answer("a2")).isPresent();
        assertThat(lines()).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
        assertThat(dataDir).isDirectoryNotContaining("glob:**.tmp");
    }

    /** A clock the test moves forward. */
    private static final class MovingClock extends Clock {
        private Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
