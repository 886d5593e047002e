package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedbackTest {
    private static final Asker ALICE = new Asker("1001", "alice");
    private static final Asker BOB = new Asker("1002", "bob");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;

    private Feedback feedback(Instant now) throws IOException {
        return new Feedback(FeedbackStore.open(dataDir), Clock.fixed(now, ZoneOffset.UTC));
    }

    private List<JsonNode> lines() throws IOException {
        return Files.readAllLines(dataDir.resolve("feedback.jsonl")).stream().map(l -> {
            try {
                return JSON.readTree(l);
            } catch (IOException e) {
                throw new AssertionError(l, e);
            }
        }).toList();
    }

    @Test
    void aClickIsRecordedWithTimeUserAnswerQuestionAndVote() throws IOException {
        // GIVEN an answer the bot just gave
        Feedback feedback = feedback(Instant.parse("2026-01-02T03:04:05Z"));
        feedback.remember("a1", "How long is API data kept?");

        // WHEN alice clicks 👍
        var ack = feedback.click(Feedback.buttons("a1").get(0).customId(), ALICE);

        // THEN she is thanked and the file holds her vote
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
    void aSecondClickChangesTheVoteAndTheFileKeepsOneLinePerUserAndAnswer() throws IOException {
        // GIVEN alice voted 👍 and bob 👎 on the same answer
        Feedback feedback = feedback(Instant.parse("2026-01-02T03:04:05Z"));
        feedback.click("vote:up:a1", ALICE);
        feedback.click("vote:down:a1", BOB);

        // WHEN alice clicks 👎, then 👎 again
        var changed = feedback.click("vote:down:a1", ALICE);
        var again = feedback.click("vote:down:a1", ALICE);

        // THEN her vote is changed once and the file holds exactly one current line per voter
        assertThat(changed).contains("Changed your vote to 👎.");
        assertThat(again).contains("You already voted 👎 on this answer.");
        assertThat(lines()).hasSize(2).extracting(l -> l.get("userId").asText() + "=" + l.get("vote").asText())
                .containsExactlyInAnyOrder("1001=down", "1002=down");

        // AND a store opened afterwards (a restart) sees the same votes
        assertThat(FeedbackStore.open(dataDir).votes()).extracting(FeedbackEntry::vote).containsOnly("down").hasSize(2);
    }

    @Test
    void linesItCannotReadAreKeptAndButtonsThatAreNotFeedbackAreLeftAlone() throws IOException {
        // GIVEN a feedback file with a stray line
        Files.writeString(dataDir.resolve("feedback.jsonl"), "not json\n");
        Feedback feedback = feedback(Instant.parse("2026-01-02T03:04:05Z"));

        // WHEN a vote is recorded and foreign buttons are clicked
        feedback.click("vote:up:a9", ALICE);

        // THEN the stray line survives and foreign ids are not handled
        assertThat(Files.readAllLines(dataDir.resolve("feedback.jsonl"))).first().isEqualTo("not json");
        assertThat(Files.readAllLines(dataDir.resolve("feedback.jsonl"))).hasSize(2);
        assertThat(feedback.click("other:up:a9", ALICE)).isEmpty();
        assertThat(feedback.click("vote:sideways:a9", ALICE)).isEmpty();
        assertThat(feedback.click("vote:up:", ALICE)).isEmpty();
    }
}
