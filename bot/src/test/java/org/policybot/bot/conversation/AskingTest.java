package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
import org.policybot.knowledge.InvalidQuestionException;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.question.QuestionText;

class AskingTest {
    private static final Asker ALICE = new Asker("1001", "alice");
    private static final Asker BOB = new Asker("1002", "bob");
    private static final String BOT = "9000";

    @TempDir
    static Path kbDir;
    private static KnowledgeBase kb;

    @TempDir
    Path dataDir;

    private final AtomicLong nanos = new AtomicLong();
    private final Ticker ticker = nanos::get;
    private RecordingAnswers engine;
    private Asking asking;

    @BeforeAll
    static void openKnowledgeBase() throws IOException {
        kb = TestEngine.openKnowledgeBase(kbDir);
    }

    @AfterAll
    static void closeKnowledgeBase() throws IOException {
        kb.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        engine = new RecordingAnswers(TestEngine.engine(kb)::answer);
        asking = conversation(new DiscordSettings(List.of(), null, List.of("500"), ThreadMode.REPLY, List.of()),
                new Limits(3, 40, 1000)).asking();
    }

    private Conversation conversation(DiscordSettings discord, Limits limits) throws IOException {
        return conversation(discord, limits, engine);
    }

    private Conversation conversation(DiscordSettings discord, Limits limits, Answers answers) throws IOException {
        BotConfig config = new BotConfig(dataDir, discord, limits, null);
        return Conversation.create(config, answers, EnginePorts.admin(kb), TestEngine.embedder(), ticker, Clock.systemUTC());
    }

    @Test
    void aQuestionOverTheLengthLimitGetsAPoliteNoticeAndNeverReachesTheEngine() {
        // GIVEN a 41-character question with a 40-character limit
        AskRequest r = AskRequest.of(ALICE, "x".repeat(41));

        // WHEN checked
        Admission admission = asking.admit(r);

        // THEN the notice says both numbers, and does not repeat the question
        assertThat(admission.kind()).isEqualTo(Admission.Kind.NOTICE);
        assertThat(admission.notice().content()).contains("41 characters").contains("40 characters or fewer")
                .doesNotContain("xxxx");
        assertThat(engine.questions).isEmpty();
        assertThat(asking.admit(AskRequest.of(BOB, "x".repeat(40))).answers()).isTrue();
    }

    @Test
    void aLimitAboveWhatTheEngineReadsIsHeldToTheEnginesLimit() throws IOException {
        // GIVEN a configured limit of 6,000 characters, above the 4,000 the engine reads
        Asking generous = conversation(new DiscordSettings(List.of(), null, List.of("500"), ThreadMode.REPLY, List.of()),
                new Limits(3, 6_000, 1000)).asking();

        // WHEN a question of 4,001 characters is checked
        Admission admission = generous.admit(AskRequest.of(ALICE, "x".repeat(QuestionText.MAX_CHARS + 1)));

        // THEN the notice names the engine's limit, not a missing question
        assertThat(admission.notice().content()).contains("4001 characters").contains("4000 characters or fewer");
    }

    @Test
    void anEmptyQuestionGetsAnExample() {
        assertThat(asking.admit(AskRequest.of(ALICE, "   ")).notice().content()).startsWith("Please include a question");
    }

    @Test
    void theRateLimitIsPerUserAndRefillsOverTheMinute() {
        // GIVEN a limit of 3 a minute; alice asks 3 times at once
        for (int i = 0; i < 3; i++) {
            assertThat(asking.admit(AskRequest.of(ALICE, "q" + i)).answers()).isTrue();
        }

        // WHEN she asks a 4th time, and bob asks once
        Admission fourth = asking.admit(AskRequest.of(ALICE, "q4"));
        Admission bobs = asking.admit(AskRequest.of(BOB, "q"));

        // THEN she is asked to wait 20 s (one question's worth of refill), bob is not limited
        assertThat(fourth.notice().content()).contains("3 questions a minute").contains("try again in 20 s");
        assertThat(bobs.answers()).isTrue();

        // AND 20 s later she may ask once more; a second time she is not told again within the minute
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(20));
        assertThat(asking.admit(AskRequest.of(ALICE, "q5")).answers()).isTrue();
        assertThat(asking.admit(AskRequest.of(ALICE, "q6")).kind()).isEqualTo(Admission.Kind.SILENT);

        // AND a minute after the first notice (two questions' worth refilled), she may be told once more
        nanos.addAndGet(TimeUnit.SECONDS.toNanos(40));
        assertThat(asking.admit(AskRequest.of(ALICE, "q7")).answers()).isTrue();
        assertThat(asking.admit(AskRequest.of(ALICE, "q8")).answers()).isTrue();
        assertThat(asking.admit(AskRequest.of(ALICE, "q9")).kind()).isEqualTo(Admission.Kind.NOTICE);
    }

    @Test
    void aBurstOfEightGetsFiveAnswersOneNoticeAndThenSilence() throws IOException {
        // GIVEN the default limit of five a minute
        Asking limited = conversation(DiscordSettings.defaults(), Limits.defaults()).asking();
        String question = "Do you train on API customer data?";

        // WHEN alice asks eight times at once
        List<Admission> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            burst.add(limited.admit(AskRequest.in("42", ALICE, question)));
        }

        // THEN five are answered, one notice (not repeating her question) follows, then silence
        assertThat(burst).extracting(Admission::kind).containsExactly(Admission.Kind.ANSWER, Admission.Kind.ANSWER,
                Admission.Kind.ANSWER, Admission.Kind.ANSWER, Admission.Kind.ANSWER, Admission.Kind.NOTICE,
                Admission.Kind.SILENT, Admission.Kind.SILENT);
        assertThat(burst.get(5).notice().content()).doesNotContain(question).doesNotContain("API");

        // AND the same bound holds in DMs, which share her limit
        assertThat(limited.admit(AskRequest.of(ALICE, question)).kind()).isEqualTo(Admission.Kind.SILENT);
    }

    @Test
    void refusedQuestionsCountTowardTheLimitSoNoticesCannotBeSpammed() {
        // GIVEN a limit of 3 a minute  WHEN alice sends six over-long questions at once
        List<Admission> burst = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            burst.add(asking.admit(AskRequest.of(ALICE, "y".repeat(41))));
        }

        // THEN three length notices, one rate notice, then silence
        assertThat(burst).extracting(Admission::kind).containsExactly(Admission.Kind.NOTICE, Admission.Kind.NOTICE,
                Admission.Kind.NOTICE, Admission.Kind.NOTICE, Admission.Kind.SILENT, Admission.Kind.SILENT);
        assertThat(burst.get(3).notice().content()).contains("faster than I can keep up");
    }

    @Test
    void outsideTheHomeServersTheBotSaysWhyOnceThenNothing() throws IOException {
        // GIVEN a bot pinned to server 42
        Asking pinned = conversation(new DiscordSettings(null, null, null, null, null, List.of("42")),
                Limits.defaults()).asking();

        // WHEN members ask in server 42, twice in server 43, and in a DM
        Admission home = pinned.admit(AskRequest.in("42", ALICE, "q"));
        Admission first = pinned.admit(AskRequest.in("43", ALICE, "q"));
        Admission second = pinned.admit(AskRequest.in("43", BOB, "q"));
        Admission dm = pinned.admit(AskRequest.of(BOB, "q"));

        // THEN the home server and the DM are answered; server 43 is told once, then met with silence
        assertThat(home.answers()).isTrue();
        assertThat(first.kind()).isEqualTo(Admission.Kind.NOTICE);
        assertThat(first.notice().content()).isEqualTo(HomeServers.NOT_HOME);
        assertThat(second.kind()).isEqualTo(Admission.Kind.SILENT);
        assertThat(dm.answers()).isTrue();
    }

    @Test
    void aQuestionIsAnsweredInTheScopeOfTheServerItWasAskedIn() {
        // WHEN alice asks in server 42 and in a DM
        asking.answer(AskRequest.in("42", ALICE, "Do you train on API customer data?"));
        asking.answer(AskRequest.of(ALICE, "Do you train on API customer data?"));

        // THEN the engine was asked in server 42's scope, then in the shared scope only
        assertThat(engine.questions).extracting(Question::scope).containsExactly(Scope.server("42"), Scope.SHARED);
    }

    @Test
    void routesDmsMentionsInAllowedChannelsAndNothingElse() {
        assertThat(asking.route(msg(false, "hi", "77", null, true, false, null))).isEqualTo(Route.REPLY);
        assertThat(asking.route(msg(false, "<@9000> hi", "500", null, false, true, null))).isEqualTo(Route.REPLY);
        assertThat(asking.route(msg(false, "<@9000> hi", "501", null, false, true, null))).isEqualTo(Route.IGNORE);
        assertThat(asking.route(msg(false, "<@9000> hi", "600", "500", false, true, null))).isEqualTo(Route.REPLY);
        assertThat(asking.route(msg(false, "hi", "500", null, false, false, null))).isEqualTo(Route.IGNORE);
        assertThat(asking.route(msg(true, "<@9000> hi", "500", null, false, true, null))).isEqualTo(Route.IGNORE);
        assertThat(asking.route(msg(true, "hi", "77", null, true, false, null))).isEqualTo(Route.IGNORE);
    }

    @Test
    void threadModeOpensAThreadForAMentionButNotInsideAThread() throws IOException {
        // GIVEN thread mode
        Asking threaded = conversation(new DiscordSettings(null, null, null, ThreadMode.THREAD, null),
                Limits.defaults()).asking();

        // THEN a mention in a channel opens a thread; in a thread or a DM it is answered in place
        assertThat(threaded.route(msg(false, "<@9000> hi", "500", null, false, true, null))).isEqualTo(Route.NEW_THREAD);
        assertThat(threaded.route(msg(false, "<@9000> hi", "600", "500", false, true, null))).isEqualTo(Route.REPLY);
        assertThat(threaded.route(msg(false, "hi", "77", null, true, false, null))).isEqualTo(Route.REPLY);
    }

    @Test
    void theBotsMentionIsTakenOutOfTheQuestion() {
        AskRequest r = asking.request(msg(false, "<@9000> what about <@!9000> refunds?  <@123>", "500", null,
                false, true, null), BOT);

        assertThat(r.text()).isEqualTo("what about refunds? <@123>");
        assertThat(r.asker()).isEqualTo(ALICE);
    }

    @Test
    void aMessageInTheBotsThreadIsAFollowUpWithTheEarlierQuestion() {
        // GIVEN the bot answered in a thread it opened (thread 700, under channel 500)
        AskRequest first = AskRequest.of(ALICE, "How long is API data kept?");
        Answered answered = asking.answer(first);
        asking.delivered(answered, List.of("800"), "700");

        // WHEN a plain message (no mention) arrives in that thread
        IncomingMessage followUp = msg(false, "and ChatGPT users?", "700", "500", false, false, null);
        Route route = asking.route(followUp);
        Answered second = asking.answer(asking.request(followUp, BOT));

        // THEN it is answered, and the engine saw the earlier question as context
        assertThat(route).isEqualTo(Route.REPLY);
        assertThat(engine.questions.get(1).text()).isEqualTo("and ChatGPT users?");
        assertThat(engine.questions.get(1).context()).containsExactly("How long is API data kept?");
        assertThat(second.question().context()).containsExactly("How long is API data kept?");

        // AND a third question in the thread sees both earlier ones
        asking.delivered(second, List.of("801"), null);
        asking.answer(asking.request(msg(false, "and teams?", "700", "500", false, false, null), BOT));
        assertThat(engine.questions.get(2).context()).containsExactly("How long is API data kept?", "and ChatGPT users?");
    }

    @Test
    void aReplyToOneOfTheBotsAnswersIsAFollowUp() {
        // GIVEN an answer delivered as message 900 in channel 500
        asking.delivered(asking.answer(AskRequest.of(ALICE, "How long is API data kept?")), List.of("900"), null);

        // WHEN bob replies to that message without mentioning the bot
        IncomingMessage reply = new IncomingMessage(BOB, false, "and ChatGPT users?", "500", null, "42", false, false, "900");

        // THEN it is answered with the earlier question in view
        assertThat(asking.route(reply)).isEqualTo(Route.REPLY);
        asking.answer(asking.request(reply, BOT));
        assertThat(engine.questions.get(1).context()).containsExactly("How long is API data kept?");
        // AND a reply to some other message is not a follow-up
        assertThat(asking.route(new IncomingMessage(BOB, false, "x", "500", null, "42", false, false, "901")))
                .isEqualTo(Route.IGNORE);
    }

    @Test
    void aReplyAfterARestartOnTheSameDataFolderIsStillAFollowUp() throws IOException {
        // GIVEN an answer delivered as message 900, then a restart of the bot on the same data folder
        asking.delivered(asking.answer(AskRequest.in("42", ALICE, "How long is API data kept?")), List.of("900"), null);
        Asking restarted = conversation(new DiscordSettings(List.of(), null, List.of("500"), ThreadMode.REPLY, List.of()),
                new Limits(3, 40, 1000)).asking();

        // WHEN bob replies to that message without mentioning the bot
        IncomingMessage reply = new IncomingMessage(BOB, false, "and ChatGPT users?", "500", null, "42", false, false, "900");

        // THEN the restarted bot answers it with the earlier question in view
        assertThat(restarted.route(reply)).isEqualTo(Route.REPLY);
        restarted.answer(restarted.request(reply, BOT));
        assertThat(engine.questions.get(1).context()).containsExactly("How long is API data kept?");
    }

    @Test
    void aThreadTheBotDidNotOpenIsNotTreatedAsAConversation() {
        // GIVEN an answer to /ask inside someone else's thread 710
        Answered answered = asking.answer(new AskRequest(ALICE, "How long is API data kept?", "42", "710", null));
        asking.delivered(answered, List.of("810"), null);

        // THEN plain messages in that thread are not answered
        assertThat(asking.route(msg(false, "and ChatGPT users?", "710", "500", false, false, null)))
                .isEqualTo(Route.IGNORE);
    }

    @Test
    void engineFailuresBecomeMessagesNotExceptions() throws IOException {
        // GIVEN an engine that refuses a question, one that breaks, and one whose stack overflows on a question
        DiscordSettings discord = DiscordSettings.defaults();
        Asking refusing = conversation(discord, Limits.defaults(), q -> {
            throw new InvalidQuestionException("question has no words to search for");
        }).asking();
        Asking broken = conversation(discord, Limits.defaults(), q -> {
            throw new IllegalStateException("index closed");
        }).asking();
        Asking overflowing = conversation(discord, Limits.defaults(), q -> {
            throw new StackOverflowError();
        }).asking();

        // WHEN each is asked
        Answered invalid = refusing.answer(AskRequest.of(ALICE, "?"));
        Answered failed = broken.answer(AskRequest.of(ALICE, "boom"));
        Answered overflowed = overflowing.answer(AskRequest.of(ALICE, "((((((((((((((((((("));

        // THEN the user gets the engine's reason, or a polite apology, and no answer id
        assertThat(invalid.answer()).isNull();
        assertThat(invalid.messages().get(0).content()).isEqualTo("question has no words to search for");
        assertThat(failed.answer()).isNull();
        assertThat(failed.messages().get(0).content()).startsWith("Sorry, I could not answer that just now.");
        assertThat(failed.answerId()).isEmpty();
        assertThat(overflowed.messages().get(0).content()).startsWith("Sorry, I could not answer that just now.");
    }

    @Test
    void anAnswerFromTheRealEngineIsRenderedWithItsCitations() {
        // WHEN a question the shipped document answers is asked
        Answered answered = asking.answer(AskRequest.of(ALICE, "Do you train on API customer data?"));

        // THEN the reply cites it and carries the feedback buttons for this answer
        assertThat(answered.answer().abstained()).isFalse();
        ReplyEmbed embed = answered.messages().get(0).embeds().get(0);
        assertThat(embed.fields()).isNotEmpty();
        assertThat(embed.fields().get(0).name()).startsWith("[1] Insights from global conversations");
        assertThat(answered.messages().get(answered.messages().size() - 1).buttons())
                .extracting(ReplyButton::customId).contains("vote:up:" + answered.answer().id());
    }

    @Test
    void anAbstentionSaysWhatTheKnowledgeBaseCovers() {
        // WHEN something the knowledge base does not cover is asked
        Answered answered = asking.answer(AskRequest.of(ALICE, "What is on the canteen menu on Friday?"));

        // THEN the reply abstains, names what is covered and cites nothing
        assertThat(answered.answer().abstained()).isTrue();
        ReplyEmbed embed = answered.messages().get(0).embeds().get(0);
        assertThat(embed.description()).contains("Insights from global conversations");
        assertThat(embed.fields()).isEmpty();
    }

    @Test
    void threadNamesFitDiscord() {
        assertThat(Asking.threadName("  what   about\n@everyone " + "x".repeat(200)))
                .hasSizeLessThanOrEqualTo(100).startsWith("what about @\u200Beveryone").endsWith("…");
        assertThat(Asking.threadName("   ")).isEqualTo("Question");
    }

    private static IncomingMessage msg(boolean fromBot, String text, String channel, String parent, boolean direct,
                                       boolean mentions, String repliedTo) {
        return new IncomingMessage(ALICE, fromBot, text, channel, parent, direct ? null : "42", direct, mentions, repliedTo);
    }
}
