package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.write.llm.FakeOpenAiServer;
import org.policybot.knowledge.write.llm.LlmOutcome;
import org.policybot.knowledge.write.llm.LlmSettings;

/**
 * With a model configured, the decision's near misses go to the model, which may answer from the
 * passages (every sentence checked) or decline; far-off questions never reach it; the calls a
 * minute are capped. On the shipped document, against a loopback server speaking the OpenAI format.
 */
class AnswerEngineModelBandTest {
    /** Refused by the extractive decision (answer probability 0.28: a near miss); the post says 22 countries. */
    private static final String NEAR_MISS = "how many countries did they hit on the roadshow?";
    /** Nothing in the post is near it (answer probability 0.03). */
    private static final String FAR_OFF = "whats the capital of australia";

    private FakeOpenAiServer server;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AnswerEngine engine(int perMinute, int perServer) {
        return SharedEngine.withModel(
                new LlmSettings("openai", server.baseUrl(), "fake-model", null, 20, perMinute, perServer, 3000));
    }

    private static Function<FakeOpenAiServer.Request, String> citing(String phrase, String claim) {
        return FakeOpenAiServer.citing(phrase, claim);
    }

    @Test
    void aNearMissTheDecisionRefusesIsAnsweredByTheModelFromItsPassages() {
        // GIVEN a question the extractive engine refuses although a passage answers it
        assertThat(SharedEngine.engine().answer(Question.of(NEAR_MISS)).abstained()).isTrue();
        server.otherwise(citing("22 countries", "OpenAI learned from conversations across 22 countries"));

        // WHEN it is asked with a model configured
        Answer a = engine(60, 30).answer(Question.of(NEAR_MISS));

        // THEN the model's checked answer is given, with low confidence, citing the passage
        assertThat(a.abstained()).as(a.answer()).isFalse();
        assertThat(a.composer()).isEqualTo(Answer.LLM);
        assertThat(a.confidence()).isEqualTo(Answer.LOW);
        assertThat(a.answer()).isEqualTo("OpenAI learned from conversations across 22 countries [1].");
        assertThat(a.citations()).hasSize(1);
        assertThat(a.citations().get(0).quote()).contains("22 countries");
        assertThat(server.requests()).hasSize(1);
    }

    @Test
    void aSentenceThePassagesDoNotSupportNeverReachesTheMember() {
        // GIVEN a model that adds an invented claim to a supported one
        server.otherwise(r -> citing("22 countries", "OpenAI learned from conversations across 22 countries").apply(r)
                + " The team also visited Antarctica and met penguins [1].");

        // WHEN the near miss is asked
        Answer a = engine(60, 30).answer(Question.of(NEAR_MISS));

        // THEN only the supported sentence is posted
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).contains("22 countries").doesNotContain("Antarctica");
    }

    @Test
    void aDeclineFallsBackToTheNotCoveredReplyWithTheReason() {
        // GIVEN a model that declines
        server.reply("The passages do not answer this.");

        // WHEN the near miss is asked
        Answer a = engine(60, 30).answer(Question.of(NEAR_MISS));

        // THEN the member gets the extractive reply, marked as the model's fallback
        assertThat(a.abstained()).isTrue();
        assertThat(a.composer()).isEqualTo(Answer.LLM_FALLBACK);
        assertThat(a.fallbackReason()).isEqualTo(LlmOutcome.DECLINED);
        assertThat(a.citations()).isEmpty();
        assertThat(a.answer()).isEqualTo(SharedEngine.engine().answer(Question.of(NEAR_MISS)).answer());
    }

    @Test
    void anAnswerThatCitesOnlyOffTopicTextFallsBack() {
        // GIVEN a model that answers something else, from a real passage
        server.otherwise(citing("train on API customer data", "OpenAI does not train on API customer data"));

        // WHEN the near miss is asked
        Answer a = engine(60, 30).answer(Question.of(NEAR_MISS));

        // THEN the supported but off-topic reply is not posted
        assertThat(a.abstained()).isTrue();
        assertThat(a.fallbackReason()).isEqualTo(AnswerEngine.OFF_TOPIC);
    }

    @Test
    void aFarOffQuestionNeverReachesTheModel() {
        // GIVEN a model that would answer anything
        server.otherwise(citing("22 countries", "OpenAI learned from conversations across 22 countries"));

        // WHEN a question far from every passage is asked
        Answer a = engine(60, 30).answer(Question.of(FAR_OFF));

        // THEN it is not covered, and the model was never called
        assertThat(a.abstained()).isTrue();
        assertThat(a.composer()).isEqualTo(Answer.EXTRACTIVE);
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void theCallCapHoldsUnderTwentyConcurrentQuestions() throws Exception {
        // GIVEN a cap of 5 calls a minute (per server too) and a model that answers every call
        server.otherwise(citing("22 countries", "OpenAI learned from conversations across 22 countries"));
        AnswerEngine engine = engine(5, 5);

        // WHEN 20 members ask the near miss at once
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Answer>> futures = new ArrayList<>();
        try {
            List<Callable<Answer>> asks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                asks.add(() -> engine.answer(Question.of(NEAR_MISS)));
            }
            futures.addAll(pool.invokeAll(asks));
        } finally {
            pool.shutdown();
        }

        // THEN the model got 5 calls; the 15 others got the extractive reply, marked with the reason
        List<Answer> answers = new ArrayList<>();
        for (Future<Answer> f : futures) {
            answers.add(f.get());
        }
        assertThat(server.requests()).hasSize(5);
        assertThat(answers).filteredOn(a -> Answer.LLM.equals(a.composer())).hasSize(5);
        assertThat(answers).filteredOn(a -> LlmOutcome.CAPPED.equals(a.fallbackReason())).hasSize(15)
                .allMatch(Answer::abstained);
    }

    @Test
    void oneServerCannotSpendTheOthersCalls() {
        // GIVEN 10 calls a minute in all, at most 3 for one server
        server.otherwise(citing("22 countries", "OpenAI learned from conversations across 22 countries"));
        AnswerEngine engine = engine(10, 3);

        // WHEN one server asks 6 times, then another server asks once
        List<Answer> first = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            first.add(engine.answer(new Question(NEAR_MISS, List.of(), Scope.server("111"))));
        }
        Answer other = engine.answer(new Question(NEAR_MISS, List.of(), Scope.server("222")));

        // THEN the first server got 3 model answers, and the other server still gets one
        assertThat(first).filteredOn(a -> Answer.LLM.equals(a.composer())).hasSize(3);
        assertThat(other.composer()).isEqualTo(Answer.LLM);
        assertThat(server.requests()).hasSize(4);
    }
}
