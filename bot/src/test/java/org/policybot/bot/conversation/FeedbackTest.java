package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.gaps.GapLog;

class FeedbackTest {
    private static final Asker ALICE = new Asker("1001", "alice");
    private static final Asker BOB = new Asker("1002", "bob");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    @TempDir
    Path dataDir;

    /** Feedback over a memory in which the bot gave answers a1 and a2. */
    private Feedback feedback() throws IOException {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        ConversationMemory memory = ConversationMemory.open(dataDir, 100, Duration.ofDays(7), clock);
        memory.answered("a1", "1001", "42", List.of(), "How long is API data kept?", List.of("m1"), null);
        memory.answered("a2", "1002", null, List.of(), "Who did OpenAI meet?", List.of("m2"), null);
        return new Feedback(FeedbackStore.open(dataDir), memory, gaps(clock), clock);
    }

    private GapRecorder gaps(Clock clock) {
        return new GapRecorder(GapLog.open(dataDir, 30, clock), clock);
    }

    private List<String> rawLines() throws IOException {
        return Files.readAllLines(dataDir.resolve(FeedbackStore.FILE_NAME));
    }

    private List<JsonNode> lines() throws IOException {
        return rawLines().stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    @Test
    void aClickIsRecordedWithTimeUserAnswerQuestionAndVote() throws IOException {
        // GIVEN an answer the bot gave
        Feedback feedback = feedback();

        // WHEN alice clicks 👍
        var ack = feedback.click(Feedback.buttons("a1").get(0).customId(), ALICE);

        // THEN she is thanked and the log holds her vote with the answer's question
        assertThat(ack).contains("Thanks for the feedback! 👍 recorded.");
        assertThat(lines()).singleElement().satisfies(line -> {
            assertThat(line.get("time").asText()).isEqualTo("2026-01-02T03:04:05Z");
            assertThat(line.get("userId").asText()).isEqualTo("1001");
            assertThat(line.get("answerId").asText()).isEqualTo("a1");
            assertThat(line.get("question").asText()).isEqualTo("How long is API data kept?");
            assertThat(line.get("vote").asText()).isEqualTo("up");
        });
    }

    @Test
    void aVoteOnAnAnswerTheBotNeverGaveIsRefusedAndNothingIsWritten() throws IOException {
        // GIVEN feedback over the bot's answers
        Feedback feedback = feedback();

        // WHEN alice's click names an answer id the bot never gave
        var reply = feedback.click("vote:up:never-given", ALICE);

        // THEN she is told so, and no feedback file exists
        assertThat(reply).contains(Feedback.UNKNOWN_ANSWER);
        assertThat(dataDir.resolve(FeedbackStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void aChangedVoteIsAppendedAndTheLatestWinsWhenRead() throws IOException {
        // GIVEN alice voted 👍 and bob 👎 on the same answer
        Feedback feedback = feedback();
        feedback.click("vote:up:a1", ALICE);
        feedback.click("vote:down:a1", BOB);

        // WHEN alice clicks 👎, then 👎 again
        var changed = feedback.click("vote:down:a1", ALICE);
        var again = feedback.click("vote:down:a1", ALICE);

        // THEN her vote is changed once: the log only grew by one line, and reading it gives one vote per voter
        assertThat(changed).contains("Changed your vote to 👎.");
        assertThat(again).contains("You already voted 👎 on this answer.");
        assertThat(lines()).extracting(l -> l.get("userId").asText() + "=" + l.get("vote").asText())
                .containsExactly("1001=up", "1002=down", "1001=down");
        assertThat(FeedbackStore.open(dataDir).votes()).extracting(e -> e.userId() + "=" + e.vote())
                .containsExactly("1001=down", "1002=down");

        // AND after a restart, the same vote again is still recognised as unchanged
        Feedback restarted = new Feedback(FeedbackStore.open(dataDir),
                ConversationMemory.open(dataDir, 100, Duration.ofDays(7), Clock.fixed(NOW, ZoneOffset.UTC)),
                gaps(Clock.fixed(NOW, ZoneOffset.UTC)), Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(restarted.click("vote:down:a1", ALICE)).contains("You already voted 👎 on this answer.");
        assertThat(rawLines()).hasSize(3);
    }

    @Test
    void aLargeLogIsCompactedOnOpenToTheLatestVotePerUserAndAnswer() throws IOException {
        // GIVEN a log of many changed votes, a stray line among them
        FeedbackStore store = FeedbackStore.open(dataDir);
        for (int i = 0; i < 50; i++) {
            store.record("1001", "a1", "q1", i % 2 == 0 ? Vote.UP : Vote.DOWN, NOW);
            store.record("1002", "a2", "q2", i % 2 == 0 ? Vote.DOWN : Vote.UP, NOW);
        }
        Files.writeString(dataDir.resolve(FeedbackStore.FILE_NAME), "not json\n", StandardOpenOption.APPEND);
        List<FeedbackEntry> before = store.votes();

        // WHEN it is opened with a size limit the log exceeds
        FeedbackStore compacted = FeedbackStore.open(dataDir, 1024);

        // THEN the file holds the stray line and the latest vote per (user, answer), and reads the same
        assertThat(rawLines()).hasSize(3).first().isEqualTo("not json");
        assertThat(compacted.votes()).isEqualTo(before);
        assertThat(before).extracting(e -> e.userId() + "=" + e.vote()).containsExactly("1001=down", "1002=up");
        assertThat(dataDir).isDirectoryNotContaining("glob:**.tmp");
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextVoteStartsOnItsOwnLine() throws IOException {
        // GIVEN a log whose last write was cut short
        Feedback feedback = feedback();
        feedback.click("vote:up:a1", ALICE);
        Files.writeString(dataDir.resolve(FeedbackStore.FILE_NAME), "{\"time\":\"2026-01-02T03:0", StandardOpenOption.APPEND);

        // WHEN bob votes
        feedback.click("vote:down:a2", BOB);

        // THEN his vote is a whole line of its own, and reading skips the torn one
        assertThat(rawLines()).hasSize(3);
        assertThat(FeedbackStore.open(dataDir).votes()).extracting(e -> e.userId() + "=" + e.vote())
                .containsExactly("1001=up", "1002=down");
    }

    @Test
    void buttonsThatAreNotFeedbackAreLeftToTheCaller() throws IOException {
        Feedback feedback = feedback();
        assertThat(feedback.click("other:up:a1", ALICE)).isEmpty();
        assertThat(feedback.click("vote:sideways:a1", ALICE)).isEmpty();
        assertThat(feedback.click("vote:up:", ALICE)).isEmpty();
        assertThat(feedback.click(null, ALICE)).isEmpty();
    }
}
