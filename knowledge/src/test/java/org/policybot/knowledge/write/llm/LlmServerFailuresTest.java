package org.policybot.knowledge.write.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.slf4j.LoggerFactory;

/** Server trouble never throws: it becomes a fallback reason, with one clear log line and no secret in it. */
class LlmServerFailuresTest {
    private static final String KEY = "sk-test-5f0e1d2c3b4a";
    private static final Question QUESTION = Question.of("Does OpenAI train on API customer data?");
    private static final List<Passage> PASSAGES = List.of(FixturePassages.get(6));
    private static Embedder embedder;

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final Logger langchain4j = (Logger) LoggerFactory.getLogger("dev.langchain4j");
    private FakeOpenAiServer server;

    @BeforeAll
    static void loadEmbedder() {
        embedder = new MiniLmEmbedder();
    }

    @BeforeEach
    void setUp() {
        server = FakeOpenAiServer.start();
        logs.start();
        root.addAppender(logs);
        langchain4j.setLevel(Level.DEBUG);
    }

    @AfterEach
    void tearDown() {
        root.detachAppender(logs);
        langchain4j.setLevel(null);
        server.close();
    }

    private LlmComposer composer(String baseUrl) {
        return LlmComposer.create(new LlmSettings("openai", baseUrl, "fake-model", "POLICYBOT_TEST_KEY", 5),
                embedder, Map.of("POLICYBOT_TEST_KEY", KEY)::get);
    }

    private List<String> warnings() {
        return logs.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    @Test
    void keyComesFromTheNamedVariableAndIsNeverLogged() {
        // GIVEN a server that rejects the key and echoes it, as some do
        server.status(401, "{\"error\":{\"message\":\"Incorrect API key provided: " + KEY + "\"}}");

        // WHEN composing
        LlmOutcome outcome = composer(server.baseUrl()).compose(QUESTION, PASSAGES);

        // THEN the key went out as a bearer token, the call fell back, and no log line holds the key
        assertThat(server.lastRequest().authorization()).isEqualTo("Bearer " + KEY);
        assertThat(outcome.failureReason()).isEqualTo(LlmOutcome.SERVER_ERROR);
        assertThat(logs.list).isNotEmpty().allSatisfy(e -> {
            assertThat(e.getFormattedMessage()).doesNotContain(KEY);
            assertThat(e.getThrowableProxy()).isNull();
        });
    }

    @Test
    void missingKeyVariableIsAConfigurationError() {
        // GIVEN settings naming a variable that is not set
        LlmSettings settings = new LlmSettings("openai", server.baseUrl(), "m", "POLICYBOT_UNSET_KEY", 5);

        // WHEN / THEN creating the composer names the variable
        assertThatThrownBy(() -> LlmComposer.create(settings, embedder, name -> null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("llm.apiKeyEnv: environment variable POLICYBOT_UNSET_KEY is not set");
    }

    @Test
    void unreachableServerFallsBackWithOneWarningPerOutage() throws IOException {
        // GIVEN a port nobody listens on
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        LlmComposer composer = composer("http://127.0.0.1:" + port + "/v1");

        // WHEN composing three times
        List<String> reasons = List.of(composer.compose(QUESTION, PASSAGES), composer.compose(QUESTION, PASSAGES),
                composer.compose(QUESTION, PASSAGES)).stream().map(LlmOutcome::failureReason).toList();

        // THEN each falls back as unreachable, and one WARN line says so, without a stack trace
        assertThat(reasons).containsOnly(LlmOutcome.UNREACHABLE);
        assertThat(warnings()).singleElement().asString().contains("unreachable").contains(String.valueOf(port));
        assertThat(logs.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
    }

    @Test
    void serverErrorIsRetriedOnceThenFallsBack() {
        // GIVEN a server failing with HTTP 500 on every request
        server.status(500, "{\"error\":\"boom\"}").status(500, "{\"error\":\"boom\"}").status(500, "{}");

        // WHEN composing
        LlmOutcome outcome = composer(server.baseUrl()).compose(QUESTION, PASSAGES);

        // THEN exactly one retry was made, then the call fell back
        assertThat(outcome.failureReason()).isEqualTo(LlmOutcome.SERVER_ERROR);
        assertThat(server.requests()).hasSize(2);
        assertThat(warnings()).singleElement().asString().contains("HTTP 500");
    }

    @Test
    void serverErrorFollowedBySuccessUsesTheRetry() {
        // GIVEN a transient 503
        server.status(503, "{}").reply("OpenAI does not train on API customer data [1].");

        // WHEN composing
        LlmOutcome outcome = composer(server.baseUrl()).compose(QUESTION, PASSAGES);

        // THEN the second attempt's answer is used
        assertThat(outcome.composition().text()).isEqualTo("OpenAI does not train on API customer data [1].");
        assertThat(server.requests()).hasSize(2);
    }

    @Test
    void clientErrorIsNotRetried() {
        // GIVEN a server refusing the request
        server.status(400, "{\"error\":\"bad request\"}");

        // WHEN composing
        LlmOutcome outcome = composer(server.baseUrl()).compose(QUESTION, PASSAGES);

        // THEN it falls back after one request
        assertThat(outcome.failureReason()).isEqualTo(LlmOutcome.SERVER_ERROR);
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void replyThatIsNotACompletionFallsBack() {
        // GIVEN a 200 whose body is not a chat completion, then one with empty content
        server.garbage("<html>gateway says hello</html>").reply("   ");
        LlmComposer composer = composer(server.baseUrl());

        // WHEN composing twice
        LlmOutcome html = composer.compose(QUESTION, PASSAGES);
        LlmOutcome empty = composer.compose(QUESTION, PASSAGES);

        // THEN both fall back as out of format
        assertThat(html.failureReason()).isEqualTo(LlmOutcome.OUT_OF_FORMAT);
        assertThat(empty.failureReason()).isEqualTo(LlmOutcome.OUT_OF_FORMAT);
    }

    @Test
    void recoveryIsLoggedOnceAfterAnOutage() {
        // GIVEN a failure and then a good reply
        server.status(400, "{}").reply("OpenAI does not train on API customer data [1].");
        LlmComposer composer = composer(server.baseUrl());

        // WHEN composing twice
        composer.compose(QUESTION, PASSAGES);
        LlmOutcome second = composer.compose(QUESTION, PASSAGES);

        // THEN the second answer is used and the recovery is announced
        assertThat(second.ok()).isTrue();
        assertThat(logs.list).filteredOn(e -> e.getLevel() == Level.INFO)
                .extracting(ILoggingEvent::getFormattedMessage).anyMatch(m -> m.contains("answering again"));
    }
}
