package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policybot.bot.discord.fake.FakeDiscord.ALICE;
import static org.policybot.bot.discord.fake.FakeDiscord.BOT_ID;
import static org.policybot.bot.discord.fake.FakeDiscord.CHANNEL;
import static org.policybot.bot.discord.fake.FakeDiscord.HOME;
import static org.policybot.bot.discord.fake.FakeDiscord.MOD;
import static org.policybot.bot.discord.fake.FakeDiscord.MOD_ROLE;
import static org.policybot.bot.discord.fake.FakeDiscord.OWNER;
import static org.policybot.bot.discord.fake.FakeDiscord.ZEPHYR;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.javacord.api.util.ratelimit.LocalRatelimiter;
import org.javacord.core.util.gateway.DiscordWebSocketAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Limits;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.conversation.Answers;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.EnginePorts;
import org.policybot.bot.conversation.FeedbackStore;
import org.policybot.bot.discord.fake.AttachmentServer;
import org.policybot.bot.discord.fake.FakeDiscord;
import org.policybot.bot.discord.fake.FakeServer;
import org.policybot.bot.discord.fake.RecordedRequest;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.write.llm.FakeOpenAiServer;
import org.policybot.knowledge.write.llm.LlmComposer;
import org.policybot.knowledge.write.llm.LlmSettings;

/**
 * The real Javacord client against a Discord faked on 127.0.0.1 (HTTPS REST behind a CONNECT proxy,
 * a websocket gateway), answering from the real engine over a real knowledge base in a temp folder.
 * Every test logs a fresh bot in; every message the bot sends is checked for empty allowed mentions.
 */
@Timeout(60)
class DiscordBotEndToEndTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CALLBACK = "/interactions/\\d+/%s/callback";
    private static final String ORIGINAL = "/webhooks/" + BOT_ID + "/%s/messages/@original";
    private static final AtomicInteger LOGINS = new AtomicInteger();

    @TempDir
    static Path dir;

    private static FakeDiscord discord;
    private static AttachmentServer cdn;
    private static KnowledgeBase kb;
    private static AnswerEngine engine;
    private static MiniLmEmbedder embedder;
    private static final List<Question> QUESTIONS = Collections.synchronizedList(new ArrayList<>());

    private DiscordBot bot;

    @BeforeAll
    static void startFakeDiscordAndEngine() throws Exception {
        discord = FakeDiscord.start(Files.createDirectories(dir.resolve("certs")));
        cdn = new AttachmentServer();
        embedder = new MiniLmEmbedder();
        kb = KnowledgeBase.open(dir.resolve("data"), KnowledgeBase.Settings.defaults(), embedder);
        engine = new AnswerEngine(kb, embedder, null);
    }

    @AfterAll
    static void stopAll() throws IOException {
        if (kb != null) {
            kb.close();
        }
        if (cdn != null) {
            cdn.close();
        }
        if (discord != null) {
            discord.close();
        }
    }

    /** Logs a bot in to the fake: the real Javacord client, JVM default proxy and trust settings. */
    private void login(ThreadMode threadMode) throws IOException {
        login(threadMode, 100);
    }

    private void login(ThreadMode threadMode, int questionsPerMinute) throws IOException {
        login(threadMode, questionsPerMinute, question -> {
            QUESTIONS.add(question);
            return engine.answer(question);
        });
    }

    private void login(ThreadMode threadMode, int questionsPerMinute, Answers recording) throws IOException {
        BotConfig config = new BotConfig(dir.resolve("data"),
                new DiscordSettings(List.of(Long.toString(MOD_ROLE)), null, List.of(), threadMode, List.of()),
                new Limits(questionsPerMinute, 500, 1024 * 1024), null);
        Conversation conversation = Conversation.create(config, recording, EnginePorts.admin(kb), embedder);
        DiscordWebSocketAdapter.setGateway(null);
        discord.clearRequests();
        String token = "fake-bot-token-" + LOGINS.incrementAndGet();
        bot = DiscordBot.start(conversation, DiscordToken.from(Map.of(DiscordToken.ENV, token)),
                b -> b.setGatewayIdentifyRatelimiter(new LocalRatelimiter(1000, Duration.ofMillis(1))));
        assertThat(discord.identifies()).last().satisfies(identify -> {
            assertThat(identify.get("token").asText()).isEqualTo("Bot " + token);
            assertThat(identify.get("intents").asInt() & (1 << 15)).as("MESSAGE_CONTENT intent").isNotZero();
        });
    }

    @AfterEach
    void everyMessageTheBotSentAllowedNoMentions() throws InterruptedException {
        if (bot != null) {
            bot.close();
            assertThat(discord.awaitGatewayClosed()).as("disconnected on close").isTrue();
        }
        for (RecordedRequest r : discord.requests()) {
            JsonNode message = sentMessage(r);
            if (message != null) {
                assertThat(message.path("allowed_mentions").path("parse").isArray()).as("%s", r).isTrue();
                assertThat(message.path("allowed_mentions").path("parse")).as("%s", r).isEmpty();
                assertThat(message.path("allowed_mentions").path("users")).as("%s", r).isEmpty();
                assertThat(message.path("allowed_mentions").path("roles")).as("%s", r).isEmpty();
                assertThat(message.toString()).as("%s", r).doesNotContain("@everyone").doesNotContain("@here");
            }
        }
    }

    /** The message a request sends, or null when it sends none (a deferral, a command registration, ...). */
    private static JsonNode sentMessage(RecordedRequest r) {
        if (r.is("POST", "/channels/\\d+/messages") || r.is("PATCH", "/webhooks/.*") || r.is("POST", "/webhooks/.*")) {
            return r.body();
        }
        if (r.is("POST", "/interactions/.*/callback") && r.body().path("type").asInt() == 4) {
            return r.body().path("data");
        }
        return null;
    }

    @Test
    void askIsDeferredThenAnsweredWithAnEmbedCitingItsSources() throws Exception {
        // GIVEN a bot logged in through the proxy, with its commands registered
        login(ThreadMode.REPLY);
        assertThat(discord.tunnels()).contains("discord.com:443");
        RecordedRequest registration = discord.await(r -> r.is("PUT", "/applications/" + BOT_ID + "/commands"),
                "command registration");
        assertThat(registration.body().findValuesAsText("name")).contains("ask", "kb", "add", "remove", "list", "reindex");
        JsonNode kbCommand = stream(registration.body()).stream().filter(c -> c.get("name").asText().equals("kb"))
                .findFirst().orElseThrow();
        // a moderator role is configured: /kb is shown to everyone, since no bot can show a command to a role
        assertThat(kbCommand.path("default_member_permissions").asText(null)).as("%s", kbCommand).isNull();

        // WHEN alice uses /ask
        String token = discord.ask(ALICE, CHANNEL, "Do you train on API customer data?");

        // THEN the interaction is deferred first, then the original response becomes the answer embed
        RecordedRequest deferral = discord.await(r -> r.is("POST", CALLBACK.formatted(token)), "deferral");
        assertThat(deferral.body().get("type").asInt()).isEqualTo(5);
        RecordedRequest answer = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(token)), "answer");
        assertThat(discord.requests().indexOf(deferral)).isLessThan(discord.requests().indexOf(answer));
        JsonNode embed = answer.body().get("embeds").get(0);
        assertThat(embed.get("title").asText()).isEqualTo("Do you train on API customer data?");
        assertThat(embed.get("description").asText()).contains("[1]").containsIgnoringCase("API");
        JsonNode field = embed.get("fields").get(0);
        assertThat(field.get("name").asText()).startsWith("[1] Insights from global conversations");
        assertThat(field.get("value").asText()).startsWith("https://openai.com/blog/insights-from-global-conversations\n> ");
        JsonNode buttons = answer.body().get("components").get(0).get("components");
        assertThat(buttons.findValuesAsText("custom_id")).hasSize(2).allMatch(id -> id.startsWith("vote:"));
    }

    @Test
    void withAModelTheDeferredReplyGrowsSentenceBySentenceAndNeverShowsAnUnsupportedOne() throws Exception {
        // GIVEN a bot whose engine has a model that streams a word every 120 ms: a supported sentence, an
        // invented one, then another supported one, all citing the passage on customer data
        try (FakeOpenAiServer model = FakeOpenAiServer.start().streamDelay(Duration.ofMillis(120))) {
            model.otherwise(r -> {
                Matcher p = Pattern.compile("(?m)^\\[(\\d+)] [^\\n]*\\n(.*?)\\n\\n", Pattern.DOTALL).matcher(r.user());
                while (p.find()) {
                    if (p.group(2).contains("train on API customer data")) {
                        String n = "[" + p.group(1) + "]";
                        return "OpenAI does not train on API customer data " + n + ". OpenAI sells every user's "
                                + "chats to advertisers " + n + ". ChatGPT users can easily opt out " + n + ".";
                    }
                }
                return "The passages do not answer this.";
            });
            AnswerEngine withModel = new AnswerEngine(kb, embedder, AnswerEngine.Generative.of(LlmComposer.create(
                    new LlmSettings("openai", model.baseUrl(), "fake-model", null, 20), embedder)));
            login(ThreadMode.REPLY, 100, EnginePorts.answers(withModel));

            // WHEN alice uses /ask
            long start = System.nanoTime();
            String token = discord.ask(ALICE, CHANNEL, "Does OpenAI train on API customer data?");

            // THEN the reply is edited as sentences pass the check, then once more with the sources and buttons
            RecordedRequest last = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(token))
                    && r.body().has("embeds") && !r.body().get("embeds").isEmpty(), "final answer");
            double seconds = (System.nanoTime() - start) / 1e9;
            Thread.sleep(StreamedEdits.INTERVAL.toMillis() + 500); // an edit sent late would show by now
            List<RecordedRequest> edits = discord.requests().stream()
                    .filter(r -> r.is("PATCH", ORIGINAL.formatted(token))).toList();
            List<RecordedRequest> streamed = edits.subList(0, edits.indexOf(last));
            assertThat(streamed).isNotEmpty();
            assertThat(streamed.get(0).body().get("content").asText())
                    .startsWith("OpenAI does not train on API customer data [1].").endsWith(StreamedEdits.MORE);
            // AND the invented sentence never reached Discord, not even briefly
            for (RecordedRequest r : edits) {
                assertThat(r.body().toString()).doesNotContain("advertisers");
            }
            // AND at most one edit a second, the last one is the final answer, whose content is cleared
            assertThat(streamed.size()).isLessThanOrEqualTo((int) Math.ceil(seconds) + 1);
            assertThat(edits.get(edits.size() - 1)).isSameAs(last);
            assertThat(last.body().path("content").asText(null)).as("the final edit replaces the streamed text")
                    .isEqualTo(StreamedEdits.CLEARED);
            assertThat(last.body().at("/embeds/0/description").asText()).contains("opt out").doesNotContain("advertisers");
        }
    }

    @Test
    void aMentionHoldingEveryoneIsAnsweredAsAReplyThatCanPingNobody() throws Exception {
        // GIVEN a bot in reply mode
        login(ThreadMode.REPLY);

        // WHEN alice mentions it with "@everyone" in her text
        long asked = discord.postMessage(ALICE, CHANNEL, "<@" + BOT_ID + "> @everyone do you train on API customer data?",
                true, null);

        // THEN the bot replies to her message, with the mass mention defused and nothing allowed to ping
        RecordedRequest reply = discord.await(r -> r.is("POST", "/channels/" + CHANNEL + "/messages"), "reply");
        assertThat(reply.body().at("/message_reference/message_id").asText()).isEqualTo(Long.toString(asked));
        assertThat(reply.body().at("/allowed_mentions/replied_user").asBoolean(true)).isFalse();
        assertThat(reply.body().at("/embeds/0/title").asText()).isEqualTo("@\u200Beveryone do you train on API customer data?");
        assertThat(reply.body().at("/embeds/0/fields/0/name").asText()).startsWith("[1] ");
    }

    @Test
    void aRateLimitedFirstPostIsRetriedAndTheReplyArrives() throws Exception {
        // GIVEN Discord will answer the bot's next message with a 429 (Via header, retry_after in the body)
        login(ThreadMode.REPLY);
        discord.rateLimitNext("POST", "/channels/\\d+/messages");

        // WHEN alice mentions the bot
        discord.postMessage(ALICE, CHANNEL, "<@" + BOT_ID + "> do you train on API customer data?", true, null);

        // THEN Javacord retries by itself and the reply is delivered
        discord.await(r -> r.is("POST", "/channels/\\d+/messages") && r.status() == 200, "retried reply");
        List<RecordedRequest> posts = discord.requests().stream().filter(r -> r.is("POST", "/channels/\\d+/messages")).toList();
        assertThat(posts).extracting(RecordedRequest::status).containsExactly(429, 200);
        assertThat(posts.get(1).body()).isEqualTo(posts.get(0).body());
    }

    @Test
    void aNonModeratorsKbAddIsRefusedEphemerallyAndTheKnowledgeBaseIsUnchanged() throws Exception {
        // GIVEN alice, who has neither the moderator role nor the permission, and a file on the CDN
        login(ThreadMode.REPLY);
        List<DocumentInfo> before = kb.list();
        String url = cdn.serve("sneaky.md", "# Sneaky\n\nEverything is free.".getBytes());

        // WHEN she runs /kb add
        String token = discord.kbAdd(ALICE, "sneaky.md", url, 30);

        // THEN she alone sees a refusal, the file is never fetched and the knowledge base is as it was
        RecordedRequest refusal = discord.await(r -> r.is("POST", CALLBACK.formatted(token)), "refusal");
        assertThat(refusal.body().get("type").asInt()).isEqualTo(4);
        assertThat(refusal.body().at("/data/flags").asInt() & 64).isEqualTo(64);
        assertThat(refusal.body().at("/data/content").asText()).startsWith("Only moderators can change the knowledge base");
        assertThat(cdn.downloads()).doesNotContain("/attachments/sneaky.md");
        assertThat(kb.list()).isEqualTo(before);
    }

    @Test
    void aModeratorsKbAddAddsTheDocumentAndTheNextAskCitesIt() throws Exception {
        // GIVEN a moderator (by role) and a refund policy the shipped document knows nothing about
        login(ThreadMode.REPLY);
        byte[] refunds;
        try (InputStream in = getClass().getResourceAsStream("/discord/refunds.md")) {
            refunds = in.readAllBytes();
        }
        String url = cdn.serve("refunds.md", refunds);

        // WHEN the moderator adds it with /kb add
        String token = discord.kbAdd(MOD, "refunds.md", url, refunds.length);

        // THEN the reply is ephemeral, the document is one of this server's, and its audit log names the moderator
        RecordedRequest deferral = discord.await(r -> r.is("POST", CALLBACK.formatted(token)), "deferral");
        assertThat(deferral.body().at("/data/flags").asInt() & 64).isEqualTo(64);
        RecordedRequest done = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(token)), "kb add result");
        assertThat(done.body().get("content").asText()).startsWith("Added **Refund policy** (`refunds`)");
        assertThat(kb.list(Scope.server(HOME.idString()))).filteredOn(d -> !d.scope().shared())
                .extracting(DocumentInfo::id).contains("refunds");
        assertThat(Files.readString(serverFolder(HOME).resolve("audit.jsonl")))
                .contains("discord:" + MOD.idString() + ":mod").contains("\"server\":\"" + HOME.idString() + "\"");

        // AND the next /ask cites it
        String ask = discord.ask(ALICE, CHANNEL, "How many days do I have to ask for a refund?");
        RecordedRequest answer = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(ask)), "answer");
        assertThat(answer.body().at("/embeds/0/description").asText()).contains("14 days");
        assertThat(answer.body().at("/embeds/0/fields/0/name").asText()).startsWith("[1] Refund policy");
        assertThat(answer.body().at("/embeds/0/fields/0/value").asText()).startsWith("https://example.org/policies/refunds");
    }

    @Test
    void aThumbsUpClickIsAcknowledgedPrivatelyAndRecorded() throws Exception {
        // GIVEN an answer with its feedback buttons
        login(ThreadMode.REPLY);
        String ask = discord.ask(ALICE, CHANNEL, "Do you train on API customer data?");
        RecordedRequest answer = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(ask)), "answer");
        String up = answer.body().at("/components/0/components/0/custom_id").asText();
        assertThat(up).startsWith("vote:up:");
        String answerId = up.substring("vote:up:".length());

        // WHEN alice clicks 👍
        String click = discord.clickButton(ALICE, discord.originalMessageId(ask), up);

        // THEN she alone is thanked, and feedback.jsonl holds her vote with the question
        RecordedRequest ack = discord.await(r -> r.is("POST", CALLBACK.formatted(click)), "acknowledgement");
        assertThat(ack.body().get("type").asInt()).isEqualTo(4);
        assertThat(ack.body().at("/data/flags").asInt() & 64).isEqualTo(64);
        assertThat(ack.body().at("/data/content").asText()).contains("👍");
        List<JsonNode> votes = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("data").resolve(FeedbackStore.FILE_NAME))) {
            votes.add(JSON.readTree(line));
        }
        assertThat(votes).anySatisfy(v -> {
            assertThat(v.get("answerId").asText()).isEqualTo(answerId);
            assertThat(v.get("userId").asText()).isEqualTo(ALICE.idString());
            assertThat(v.get("vote").asText()).isEqualTo("up");
            assertThat(v.get("question").asText()).isEqualTo("Do you train on API customer data?");
        });
    }

    @Test
    void aMessageInTheThreadTheBotOpenedIsAnsweredWithTheEarlierQuestionInView() throws Exception {
        // GIVEN a bot in thread mode, which opens a thread for a mention and answers there
        login(ThreadMode.THREAD);
        long asked = discord.postMessage(ALICE, CHANNEL, "<@" + BOT_ID + "> Do you train on API customer data?", true, null);
        discord.await(r -> r.is("POST", "/channels/" + CHANNEL + "/messages/" + asked + "/threads"), "thread");
        long thread = discord.threads().get(discord.threads().size() - 1);
        discord.await(r -> r.is("POST", "/channels/" + thread + "/messages"), "first answer in the thread");

        // WHEN alice follows up in the thread without mentioning the bot
        int before = QUESTIONS.size();
        discord.postMessage(ALICE, thread, "and ChatGPT users?", false, null);

        // THEN the bot answers in the thread, and the engine was given the earlier question as context
        discord.await(r -> r.is("POST", "/channels/" + thread + "/messages")
                && discord.requests().stream().filter(x -> x.is("POST", "/channels/" + thread + "/messages")).count() >= 2,
                "follow-up answer");
        Question followUp = QUESTIONS.subList(before, QUESTIONS.size()).stream()
                .filter(q -> q.text().equals("and ChatGPT users?")).findFirst().orElseThrow();
        assertThat(followUp.context()).containsExactly("Do you train on API customer data?");
        RecordedRequest second = discord.requests().stream().filter(x -> x.is("POST", "/channels/" + thread + "/messages"))
                .skip(1).findFirst().orElseThrow();
        assertThat(second.body().at("/embeds/0/description").asText()).containsIgnoringCase("opt");
    }

    @Test
    void aDirectMessageIsAnsweredWithoutAMention() throws Exception {
        // GIVEN a bot, and a DM channel it has never seen
        login(ThreadMode.THREAD);
        long dm = 500_000_000_000_000_001L;

        // WHEN alice writes to it directly
        long asked = discord.directMessage(ALICE, dm, "Do you train on API customer data?");

        // THEN the answer comes back in the DM, as a reply
        RecordedRequest reply = discord.await(r -> r.is("POST", "/channels/" + dm + "/messages"), "DM reply");
        assertThat(reply.body().at("/message_reference/message_id").asText()).isEqualTo(Long.toString(asked));
        assertThat(reply.body().at("/embeds/0/fields/0/name").asText()).startsWith("[1] Insights from global conversations");
    }

    @Test
    void anotherServersOwnerCannotChangeWhatThisServersMembersAreAnsweredFrom() throws Exception {
        // GIVEN alice, an ordinary member here, owns a second server with the bot in it
        login(ThreadMode.REPLY);
        byte[] zephyr = TestEngine.resource("/scope/zephyr/rules.md");
        String url = cdn.serve("rules.md", zephyr);
        String dues = "How much are the membership dues?";

        // WHEN she adds her club's rules there and tries to remove the shared document from there
        String add = discord.kbAdd(ALICE, ZEPHYR.channelId(), "rules.md", url, zephyr.length);
        RecordedRequest added = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(add)), "kb add in her server");
        String remove = discord.kb(ALICE, ZEPHYR.channelId(), "remove", "insights-from-global-conversations");
        RecordedRequest refused = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(remove)), "kb remove in her server");
        // AND tries both here, where she is no moderator
        String addHere = discord.kbAdd(ALICE, HOME.channelId(), "rules.md", url, zephyr.length);
        RecordedRequest refusedHere = discord.await(r -> r.is("POST", CALLBACK.formatted(addHere)), "kb add here");

        // THEN her server gained her rules; the shared document could not be removed; here she was refused
        assertThat(added.body().get("content").asText())
                .startsWith("Added **Zephyr Quokka Club Rules** (`rules`) to this server's documents");
        assertThat(refused.body().get("content").asText()).contains("shared by every server").contains("Nothing was changed");
        assertThat(refusedHere.body().at("/data/content").asText()).startsWith("Only moderators");
        assertThat(kb.list()).extracting(DocumentInfo::id).contains("insights-from-global-conversations");

        // AND members here are answered as before, never from her rules, which are not even named
        String hereDues = discord.ask(OWNER, HOME.channelId(), dues);
        String hereApi = discord.ask(OWNER, HOME.channelId(), "Do you train on API customer data?");
        JsonNode duesHere = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(hereDues)), "dues here").body();
        JsonNode apiHere = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(hereApi)), "api here").body();
        assertThat(duesHere.toString()).doesNotContain("Zephyr").doesNotContain("twelve euros");
        assertThat(apiHere.at("/embeds/0/fields/0/name").asText()).startsWith("[1] Insights from global conversations");

        // AND in her server, her members are answered from her rules
        String thereDues = discord.ask(ALICE, ZEPHYR.channelId(), dues);
        JsonNode duesThere = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(thereDues)), "dues there").body();
        assertThat(duesThere.at("/embeds/0/description").asText()).contains("twelve euros");
        assertThat(duesThere.at("/embeds/0/fields/0/name").asText()).startsWith("[1] Zephyr Quokka Club Rules");

        // WHEN a moderator here adds a document
        byte[] refunds = TestEngine.resource("/discord/refunds.md");
        String modAdd = discord.kbAdd(MOD, HOME.channelId(), "refunds.md", cdn.serve("refunds.md", refunds), refunds.length);
        discord.await(r -> r.is("PATCH", ORIGINAL.formatted(modAdd)), "moderator's kb add here");

        // THEN members here are answered from it, and her server's members are not
        String refundHere = discord.ask(OWNER, HOME.channelId(), "How many days do I have to ask for a refund?");
        String refundThere = discord.ask(ALICE, ZEPHYR.channelId(), "How many days do I have to ask for a refund?");
        JsonNode here = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(refundHere)), "refund here").body();
        JsonNode there = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(refundThere)), "refund there").body();
        assertThat(here.at("/embeds/0/fields/0/name").asText()).startsWith("[1] Refund policy");
        assertThat(there.toString()).doesNotContain("Refund policy").doesNotContain("14 days");
    }

    @Test
    void aBurstOfEightMentionsGetsAtMostFiveAnswersAndOneNotice() throws Exception {
        // GIVEN the default limit of five questions a minute
        login(ThreadMode.REPLY, 5);
        String question = "Do you train on API customer data?";

        // WHEN alice mentions the bot eight times in a second
        for (int i = 0; i < 8; i++) {
            discord.postMessage(ALICE, CHANNEL, "<@" + BOT_ID + "> " + question, true, null);
        }

        // THEN five answers and one notice arrive, and nothing more follows
        discord.await(r -> channelPosts().size() >= 6, "five answers and a notice");
        Thread.sleep(1500);
        List<RecordedRequest> posts = channelPosts();
        assertThat(posts).hasSize(6);
        assertThat(posts).filteredOn(p -> p.body().has("embeds") && p.body().get("embeds").size() > 0).hasSize(5);
        List<RecordedRequest> notices = posts.stream().filter(p -> !p.body().has("embeds")
                || p.body().get("embeds").isEmpty()).toList();
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.body().get("content").asText())
                .contains("faster than I can keep up").doesNotContain(question).doesNotContain("API"));
    }

    @Test
    void anUnknownCommandAndAnUnknownButtonAreAnsweredEphemerallyAtOnce() throws Exception {
        // GIVEN a bot, and one of its answers with buttons under it
        login(ThreadMode.REPLY);
        String ask = discord.ask(ALICE, CHANNEL, "Do you train on API customer data?");
        discord.await(r -> r.is("PATCH", ORIGINAL.formatted(ask)), "answer");
        long answer = discord.originalMessageId(ask);
        String feedbackBefore = feedbackLog();

        // WHEN alice runs a command the bot does not have, clicks a button it never made, and votes on an answer
        // it never gave
        long start = System.nanoTime();
        String command = discord.slashCommand(ALICE, CHANNEL, "frobnicate", JSON.createArrayNode(), null);
        RecordedRequest commandReply = discord.await(r -> r.is("POST", CALLBACK.formatted(command)), "command reply");
        long commandMillis = (System.nanoTime() - start) / 1_000_000;
        String button = discord.clickButton(ALICE, answer, "mystery:42");
        RecordedRequest buttonReply = discord.await(r -> r.is("POST", CALLBACK.formatted(button)), "button reply");
        String vote = discord.clickButton(ALICE, answer, "vote:up:never-given");
        RecordedRequest voteReply = discord.await(r -> r.is("POST", CALLBACK.formatted(vote)), "vote reply");

        // THEN each is answered at once, only to her; the command within Discord's 3 s; no vote was written
        for (RecordedRequest reply : List.of(commandReply, buttonReply, voteReply)) {
            assertThat(reply.body().get("type").asInt()).isEqualTo(4);
            assertThat(reply.body().at("/data/flags").asInt() & 64).isEqualTo(64);
        }
        assertThat(commandReply.body().at("/data/content").asText()).isEqualTo("I don't know that one.");
        assertThat(buttonReply.body().at("/data/content").asText()).isEqualTo("I don't know that one.");
        assertThat(voteReply.body().at("/data/content").asText()).contains("not recorded");
        assertThat(commandMillis).isLessThan(3000);
        assertThat(feedbackLog()).isEqualTo(feedbackBefore).doesNotContain("never-given");
        // AND each interaction was answered exactly once (a second answer would be refused by Discord)
        Thread.sleep(300);
        for (String token : List.of(command, button, vote)) {
            assertThat(discord.requests()).filteredOn(r -> r.is("POST", CALLBACK.formatted(token))).hasSize(1);
        }
    }

    @Test
    void aFollowUpAfterARestartOnTheSameDataFolderIsAnsweredWithTheEarlierQuestion() throws Exception {
        // GIVEN alice asked by mention and got a reply
        login(ThreadMode.REPLY);
        long asked = discord.postMessage(ALICE, CHANNEL, "<@" + BOT_ID + "> Do you train on API customer data?", true, null);
        discord.await(r -> r.is("POST", "/channels/" + CHANNEL + "/messages"), "first answer");
        long answer = discord.botReplyTo(asked).orElseThrow();

        // WHEN the bot restarts on the same data folder, and alice replies to that answer without a mention
        bot.close();
        assertThat(discord.awaitGatewayClosed()).isTrue();
        login(ThreadMode.REPLY);
        int before = QUESTIONS.size();
        long followUp = discord.postMessage(ALICE, CHANNEL, "and ChatGPT users?", false, answer);

        // THEN the restarted bot answers, with the question asked before the restart in view
        discord.await(r -> r.is("POST", "/channels/" + CHANNEL + "/messages")
                && r.body().at("/message_reference/message_id").asText().equals(Long.toString(followUp)), "follow-up answer");
        Question q = QUESTIONS.subList(before, QUESTIONS.size()).stream()
                .filter(x -> x.text().equals("and ChatGPT users?")).findFirst().orElseThrow();
        assertThat(q.context()).containsExactly("Do you train on API customer data?");
        assertThat(q.scope()).isEqualTo(Scope.server(HOME.idString()));
    }

    @Test
    void aModeratorReadsTheHistoryGetsALongDiffAsAFileAndRollsBackWhatMembersAreAnswered() throws Exception {
        // GIVEN a moderator who added house rules, then a version that rewrote all twenty of them
        login(ThreadMode.REPLY);
        byte[] first = houseRules("members keep the workshop tidy", 20);
        byte[] second = houseRules("members may leave the workshop as they like", 20);
        String v1 = discord.kbAdd(MOD, HOME.channelId(), "house-rules.md", cdn.serve("house-rules.md", first), first.length);
        discord.await(r -> r.is("PATCH", ORIGINAL.formatted(v1)), "first version added");
        String v2 = discord.kbAdd(MOD, HOME.channelId(), "house-rules.md", cdn.serve("house-rules.md", second),
                second.length);
        discord.await(r -> r.is("PATCH", ORIGINAL.formatted(v2)), "second version added");

        // WHEN the moderator asks for the history and the comparison
        String history = discord.kb(MOD, HOME.channelId(), "history", Map.of("doc", "house-rules"));
        RecordedRequest historyReply = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(history)), "history");
        String diff = discord.kb(MOD, HOME.channelId(), "diff", Map.of("doc", "house-rules"));
        RecordedRequest diffReply = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(diff)), "diff");

        // THEN both are private; the history lists the two versions, the comparison comes as an attached file
        for (String token : List.of(history, diff)) {
            assertThat(discord.await(r -> r.is("POST", CALLBACK.formatted(token)), "deferral").body()
                    .at("/data/flags").asInt() & 64).isEqualTo(64);
        }
        assertThat(historyReply.body().get("content").asText()).startsWith("```\nhouse-rules: 2 versions kept")
                .contains("discord:" + MOD.idString() + ":mod");
        assertThat(diffReply.body().get("content").asText()).contains("20 changed, 0 added, 0 removed")
                .endsWith("The whole comparison is in the attached file.");
        assertThat(diffReply.files()).containsOnlyKeys("house-rules-v1-v2.diff.txt");
        assertThat(new String(diffReply.files().get("house-rules-v1-v2.diff.txt"), java.nio.charset.StandardCharsets.UTF_8))
                .contains("§ Rule 20\n  changed\n    - Rule 20: members keep the workshop tidy")
                .contains("    + Rule 20: members may leave the workshop as they like");

        // AND WHEN the moderator rolls back to version 1
        String rollback = discord.kb(MOD, HOME.channelId(), "rollback", Map.of("doc", "house-rules", "version", 1L));
        RecordedRequest rolledBack = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(rollback)), "rollback");

        // THEN members are answered from version 1 again, and the change is audited as the moderator's
        assertThat(rolledBack.body().get("content").asText()).startsWith("Rolled **House rules** (`house-rules`) back to"
                + " version 1: it is now version 3");
        String ask = discord.ask(ALICE, HOME.channelId(), "What do members do with the workshop according to rule 7?");
        JsonNode answer = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(ask)), "answer").body();
        assertThat(answer.toString()).contains("keep the workshop tidy").doesNotContain("as they like");
        assertThat(Files.readString(serverFolder(HOME).resolve("audit.jsonl"))).contains("\"action\":\"rollback\"");
    }

    @Test
    void aModeratorSeesTheQuestionsTheirServersMembersCouldNotGetAnswered() throws Exception {
        // GIVEN a question here the knowledge base cannot answer, and one in alice's other server
        login(ThreadMode.REPLY);
        String here = "How long does OpenAI retain API customer data for enterprise accounts?";
        String there = "Where do the quokkas of the club sleep in winter?";
        String askedHere = discord.ask(ALICE, HOME.channelId(), here);
        String askedThere = discord.ask(ALICE, ZEPHYR.channelId(), there);
        discord.await(r -> r.is("PATCH", ORIGINAL.formatted(askedHere)), "answer here");
        discord.await(r -> r.is("PATCH", ORIGINAL.formatted(askedThere)), "answer there");

        // WHEN a moderator here runs /kb gaps, and an ordinary member tries
        String gaps = discord.kb(MOD, HOME.channelId(), "gaps", Map.of());
        RecordedRequest reply = discord.await(r -> r.is("PATCH", ORIGINAL.formatted(gaps)), "gaps");
        String refused = discord.kb(ALICE, HOME.channelId(), "gaps", Map.of());
        RecordedRequest refusal = discord.await(r -> r.is("POST", CALLBACK.formatted(refused)), "refusal");

        // THEN the moderator alone sees this server's question, never the other server's; alice is refused
        assertThat(discord.await(r -> r.is("POST", CALLBACK.formatted(gaps)), "deferral").body().at("/data/flags").asInt()
                & 64).isEqualTo(64);
        assertThat(reply.body().get("content").asText()).contains("This server: ").contains(here).doesNotContain(there);
        assertThat(refusal.body().at("/data/content").asText()).startsWith("Only moderators");
        assertThat(Files.readString(dir.resolve("data").resolve("gaps.jsonl"))).doesNotContain(ALICE.idString());
    }

    /** House rules of {@code count} numbered rules, each saying that {@code rule}. */
    private static byte[] houseRules(String rule, int count) {
        StringBuilder b = new StringBuilder("---\ntitle: House rules\n---\n\n# House rules\n");
        for (int i = 1; i <= count; i++) {
            b.append("\n## Rule ").append(i).append("\n\nRule ").append(i).append(": ").append(rule)
                    .append(", on workshop day ").append(i).append(" of the month.\n");
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<RecordedRequest> channelPosts() {
        return discord.requests().stream().filter(r -> r.is("POST", "/channels/" + CHANNEL + "/messages")).toList();
    }

    private static String feedbackLog() throws IOException {
        Path log = dir.resolve("data").resolve(FeedbackStore.FILE_NAME);
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static Path serverFolder(FakeServer server) {
        return dir.resolve("data").resolve(KnowledgeBase.SERVERS_DIR).resolve(server.idString());
    }

    @Test
    void aRefusedTokenFailsTheStartWithAMessageThatDoesNotHoldIt() throws Exception {
        // GIVEN Discord refuses the token (gateway close code 4004)
        discord.rejectTokens(true);
        String secret = "MTIzNDU2Nzg5.refused." + LOGINS.incrementAndGet();
        BotConfig config = new BotConfig(dir.resolve("data"), DiscordSettings.defaults(), Limits.defaults(), null);
        Conversation conversation = Conversation.create(config, engine::answer, EnginePorts.admin(kb), embedder);
        DiscordWebSocketAdapter.setGateway(null);
        try {
            // WHEN the bot starts THEN it fails, naming the failure but not the token
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> DiscordBot.start(conversation,
                            DiscordToken.from(Map.of(DiscordToken.ENV, secret)),
                            b -> b.setGatewayIdentifyRatelimiter(new LocalRatelimiter(1000, Duration.ofMillis(1)))))
                    .isInstanceOf(DiscordLoginException.class)
                    .hasMessageStartingWith("login to Discord failed: ")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain(secret))
                    .hasNoCause();
        } finally {
            discord.rejectTokens(false);
        }
    }

    @Test
    void sigtermDisconnectsAndFlushesTheLogsOfABotPointedAtTheFakeByJvmOptionsOnly() throws Exception {
        // GIVEN the bot in its own JVM, pointed at the fake only through standard JDK proxy and trust options
        String secret = "process-token-" + LOGINS.incrementAndGet();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path")));
        command.addAll(discord.jvmOptions());
        command.add("-Dpolicybot.log.level=INFO"); // as the run command sets it for a long-running bot
        command.addAll(List.of(BotProcess.class.getName(), dir.resolve("process-data").toString()));
        Path output = dir.resolve("process.log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put(DiscordToken.ENV, secret);
        int identifies = discord.identifies().size();
        Process process = builder.start();
        try {
            for (int i = 0; i < 400 && !Files.readString(output).contains("bot started"); i++) {
                assertThat(process.isAlive()).as("bot process alive; output:%n%s", Files.readString(output)).isTrue();
                Thread.sleep(50);
            }
            assertThat(Files.readString(output)).contains("bot started");
            assertThat(discord.identifies()).hasSize(identifies + 1);

            // WHEN it gets SIGTERM
            process.destroy();

            // THEN it disconnects from the gateway, logs that it did, and never printed the token
            assertThat(process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
            assertThat(discord.awaitGatewayClosed()).isTrue();
            String log = Files.readString(output);
            assertThat(log).contains("shutting down").contains("disconnected").doesNotContain(secret);
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Logs a bot in with a config fixture under {@code /discord/shards/}; returns the IDENTIFY payloads the gateway
     * received for this login.
     */
    private List<JsonNode> loginWithConfig(String fixture) throws Exception {
        BotConfig config = BotConfig.load(Path.of(getClass().getResource("/discord/shards/" + fixture).toURI()))
                .withDataDir(dir.resolve("data"));
        Conversation conversation = Conversation.create(config, engine::answer, EnginePorts.admin(kb), embedder);
        DiscordWebSocketAdapter.setGateway(null);
        discord.clearRequests();
        int before = discord.identifies().size();
        bot = DiscordBot.start(conversation, DiscordToken.from(Map.of(DiscordToken.ENV, "fake-bot-token-" + LOGINS.incrementAndGet())),
                b -> b.setGatewayIdentifyRatelimiter(new LocalRatelimiter(1000, Duration.ofMillis(1))));
        List<JsonNode> all = discord.identifies();
        return all.subList(before, all.size());
    }

    private static List<String> shardsOf(List<JsonNode> identifies) {
        return identifies.stream().map(i -> i.path("shard").toString()).toList();
    }

    private static long commandRegistrations() {
        return discord.requests().stream().filter(r -> r.is("PUT", "/applications/" + BOT_ID + "(/guilds/\\d+)?/commands"))
                .count();
    }

    @Test
    void aProcessRunningBothShardsOfTwoLogsInEachRegistersTheCommandsOnceAndAnswersOnBoth() throws Exception {
        // GIVEN a config for shards [0, 1] of 2 (HOME is shard 0 of 2, ZEPHYR shard 1 of 2)
        // WHEN the bot starts
        List<JsonNode> identifies = loginWithConfig("both-of-two.json");

        // THEN the gateway saw one IDENTIFY per shard, with Discord's [shard_id, num_shards]
        assertThat(shardsOf(identifies)).containsExactlyInAnyOrder("[0,2]", "[1,2]");
        assertThat(bot.apis()).extracting(a -> a.getCurrentShard() + "/" + a.getTotalShards()).containsExactly("0/2", "1/2");
        // AND each shard's connection holds only its own server
        assertThat(bot.apis().get(0).getServerById(HOME.id())).isPresent();
        assertThat(bot.apis().get(0).getServerById(ZEPHYR.id())).isEmpty();
        assertThat(bot.apis().get(1).getServerById(ZEPHYR.id())).isPresent();
        // AND the slash commands were registered once, not once per shard
        assertThat(commandRegistrations()).isEqualTo(1);

        // WHEN alice asks in each server, each question arriving on its server's shard, and writes a DM (shard 0)
        String here = discord.ask(ALICE, HOME.channelId(), "Do you train on API customer data?");
        String there = discord.ask(ALICE, ZEPHYR.channelId(), "Do you train on API customer data?");
        long dm = 500_000_000_000_000_002L;
        discord.directMessage(ALICE, dm, "Do you train on API customer data?");

        // THEN all three are answered: the listeners are on both shards' connections
        assertThat(discord.await(r -> r.is("PATCH", ORIGINAL.formatted(here)), "answer on shard 0").body()
                .at("/embeds/0/fields/0/name").asText()).startsWith("[1] Insights from global conversations");
        assertThat(discord.await(r -> r.is("PATCH", ORIGINAL.formatted(there)), "answer on shard 1").body()
                .at("/embeds/0/fields/0/name").asText()).startsWith("[1] Insights from global conversations");
        assertThat(discord.await(r -> r.is("POST", "/channels/" + dm + "/messages"), "DM answer").body()
                .at("/embeds/0/fields/0/name").asText()).startsWith("[1] Insights from global conversations");
        // AND closing the bot (after each test) closes both connections: see everyMessageTheBotSentAllowedNoMentions
    }

    @Test
    void aProcessRunningOnlyShardOneOfTwoIdentifiesOnlyItAndLeavesTheCommandsToShardZero() throws Exception {
        // GIVEN a config for shard [1] of 2
        // WHEN the bot starts
        List<JsonNode> identifies = loginWithConfig("second-of-two.json");

        // THEN the gateway saw a single IDENTIFY, for shard 1 of 2
        assertThat(shardsOf(identifies)).containsExactly("[1,2]");
        assertThat(bot.apis()).singleElement().satisfies(api -> {
            assertThat(api.getCurrentShard()).isEqualTo(1);
            assertThat(api.getServers()).extracting(s -> s.getId()).containsExactly(ZEPHYR.id());
        });
        // AND it logged in completely (the application was fetched) but registered no command
        assertThat(discord.requests()).anyMatch(r -> r.is("GET", "/oauth2/applications/@me"));
        assertThat(commandRegistrations()).isZero();

        // WHEN alice asks in the server of shard 1
        String there = discord.ask(ALICE, ZEPHYR.channelId(), "Do you train on API customer data?");

        // THEN this process answers it
        assertThat(discord.await(r -> r.is("PATCH", ORIGINAL.formatted(there)), "answer on shard 1").body()
                .at("/embeds/0/description").asText()).contains("[1]");
    }

    private static List<JsonNode> stream(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out;
    }
}
