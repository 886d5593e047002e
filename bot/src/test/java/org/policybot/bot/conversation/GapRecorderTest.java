package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Limits;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.gaps.GapLog;
import org.policybot.bot.gaps.GapQuestion;
import org.policybot.bot.gaps.GapRecord;
import org.policybot.knowledge.KnowledgeBase;

/**
 * Knowledge gaps as members make them, on the real engine and the shipped document: a question it
 * weighed and did not answer, a 👎 on an answer (withdrawn by a 👍), each in its server, never with a
 * user id; moderators read their own server's with {@code /kb gaps}.
 */
class GapRecorderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Asker ALICE = new Asker("123456789012345678", "alice");
    private static final Asker BOB = new Asker("223456789012345678", "bob");
    private static final Asker MOD = new Asker("323456789012345678", "mod");
    private static final String NEAR_MISS = "How long is data retained?";

    @TempDir
    static Path kbDir;
    private static KnowledgeBase kb;

    @TempDir
    Path dataDir;
    private Conversation conversation;

    @BeforeAll
    static void openKnowledgeBase() throws IOException {
        kb = TestEngine.openKnowledgeBase(kbDir);
    }

    @AfterAll
    static void closeKnowledgeBase() throws IOException {
        kb.close();
    }

    @BeforeEach
    void conversation() throws IOException {
        BotConfig config = new BotConfig(dataDir, new DiscordSettings(List.of("3000"), null, List.of(), ThreadMode.REPLY,
                List.of()), new Limits(100, 500, 1000), null);
        conversation = Conversation.create(config, TestEngine.engine(kb)::answer, EnginePorts.admin(kb),
                TestEngine.embedder(), Ticker.systemTicker(), Clock.systemUTC());
    }

    private List<JsonNode> lines() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dataDir.resolve(GapLog.FILE_NAME))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    @Test
    void aQuestionTheKnowledgeBaseDidNotAnswerIsRecordedWithItsServerAndClosestPassageButNoUserId() throws IOException {
        // WHEN alice asks a near miss in server 42, bob one in a DM, and alice greets the bot
        Answered near = conversation.asking().answer(AskRequest.in("42", ALICE, NEAR_MISS));
        conversation.asking().answer(AskRequest.of(BOB, "Who won the 2022 FIFA football final?"));
        conversation.asking().answer(AskRequest.in("42", ALICE, "hi there!"));

        List<JsonNode> lines = lines();

        // THEN the two questions are recorded (the greeting was never weighed, so it is no gap), with their server,
        // the closest passage and the engine's probability, and no user id anywhere in the file
        assertThat(near.answer().abstained()).isTrue();
        assertThat(lines).hasSize(2);
        JsonNode first = lines.get(0);
        assertThat(first.get("server").asText()).isEqualTo("42");
        assertThat(first.get("question").asText()).isEqualTo(NEAR_MISS);
        assertThat(first.get("outcome").asText()).isEqualTo(GapRecord.ABSTAINED);
        assertThat(first.at("/passage/doc").asText()).isEqualTo("insights-from-global-conversations");
        assertThat(first.at("/passage/similarity").asDouble())
                .isGreaterThan(lines.get(1).at("/passage/similarity").asDouble()); // nearer than the football
        assertThat(first.get("probability").asDouble()).isBetween(0.0, 1.0);
        assertThat(lines.get(1).get("server").isNull()).isTrue();
        String file = Files.readString(dataDir.resolve(GapLog.FILE_NAME));
        assertThat(file).doesNotContain(ALICE.userId()).doesNotContain(BOB.userId()).doesNotContain("alice")
                .doesNotContain(near.answer().id());
    }

    @Test
    void aThumbsDownIsAGapAndChangingItToThumbsUpWithdrawsIt() throws IOException {
        // GIVEN an answer alice was given in server 42
        Answered answered = conversation.asking().answer(AskRequest.in("42", ALICE, "Do you train on API customer data?"));
        assertThat(answered.answer().abstained()).isFalse();
        GapLog log = conversation.gaps();
        assertThat(log.read(30)).isEmpty();

        // WHEN bob votes 👎 on it
        conversation.feedback().click("vote:down:" + answered.answer().id(), BOB);

        // THEN it is a gap of server 42, asked by alice (as a salted hash), with the answer's closest passage
        assertThat(log.read(30)).singleElement().satisfies(q -> {
            assertThat(q.outcomes()).containsExactly(GapRecord.VOTED_DOWN);
            assertThat(q.server()).isEqualTo("42");
            assertThat(q.asker()).isEqualTo(log.pseudonym(ALICE.userId()));
            assertThat(q.passage().passageId()).isEqualTo(answered.answer().closest().passageId());
        });

        // AND WHEN bob changes his vote to 👍  THEN it no longer counts
        conversation.feedback().click("vote:up:" + answered.answer().id(), BOB);
        assertThat(log.read(30)).isEmpty();
    }

    @Test
    void eachServersModeratorsSeeTheirOwnGapsOnly() {
        // GIVEN near misses asked in servers 42 and 43
        conversation.asking().answer(AskRequest.in("42", ALICE, NEAR_MISS));
        conversation.asking().answer(AskRequest.in("42", BOB, "how long is API customer data kept by OpenAI"));
        conversation.asking().answer(AskRequest.in("43", ALICE, "Which city did Sam Altman like best on the trip?"));

        // WHEN a moderator of server 42 runs /kb gaps, and an ordinary member tries
        MemberFacts moderator = new MemberFacts("42", Set.of("3000"), false);
        String reply = String.join("\n", conversation.kb().gaps(MOD, moderator, null).stream()
                .map(ReplyMessage::content).toList());
        String refused = conversation.kb().gaps(BOB, new MemberFacts("42", Set.of(), false), null).get(0).content();

        // THEN the moderator sees server 42's two questions as one group asked by two members, nothing of 43's
        assertThat(reply).contains("This server: 2 questions in 1 group").contains("2 questions from 2 members")
                .doesNotContain("Sam Altman").doesNotContain("server 43");
        assertThat(refused).isEqualTo(KbCommands.REFUSAL);
    }

    @Test
    void aRetentionOfZeroDaysRecordsNothing() throws IOException {
        // GIVEN a bot configured to keep no gaps
        BotConfig config = new BotConfig(dataDir, DiscordSettings.defaults(), Limits.defaults(), null,
                org.policybot.bot.config.Memory.defaults(), new org.policybot.bot.config.Gaps(0),
                org.policybot.bot.config.Versions.defaults(), org.policybot.bot.config.IndexSettings.defaults());
        Conversation none = Conversation.create(config, TestEngine.engine(kb)::answer, EnginePorts.admin(kb),
                TestEngine.embedder());

        // WHEN a near miss is asked  THEN nothing is written, and /kb gaps says gaps are not recorded
        none.asking().answer(AskRequest.in("42", ALICE, NEAR_MISS));
        assertThat(dataDir.resolve(GapLog.FILE_NAME)).doesNotExist();
        assertThat(none.kb().gaps(MOD, new MemberFacts("42", Set.of(), true), null).get(0).content())
                .contains("not recorded");
        List<GapQuestion> read = none.gaps().read(30);
        assertThat(read).isEmpty();
    }
}
