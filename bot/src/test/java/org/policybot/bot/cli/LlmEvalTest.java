package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.write.llm.FakeOpenAiServer;

/** The LLM composer configured from a config file, against a loopback server speaking the OpenAI format. */
class LlmEvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path config(FakeOpenAiServer server, int timeoutSeconds) throws IOException {
        Path file = dir.resolve("policybot.json");
        Files.writeString(file, """
                {"llm": {"provider": "openai", "baseUrl": "%s", "model": "test-model", "timeoutSeconds": %d}}
                """.formatted(server.baseUrl(), timeoutSeconds), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void evalRunsEndToEndWithTheLlmConfigured() throws IOException {
        // GIVEN a faithful model that cites the best sentence of the passages it is given
        try (FakeOpenAiServer server = FakeOpenAiServer.start().otherwise(FakeOpenAiServer.citingBestSentence())) {
            String data = dir.resolve("kb").toString();

            // WHEN the dev questions are scored with the LLM composer configured
            CliRun eval = CliRun.of("--config", config(server, 10).toString(), "--data", data, "eval",
                    CliTest.resource("eval/dev.jsonl"), "--min-hit", "0.8", "--min-abstain", "1",
                    "--max-false-abstain", "0");
            CliRun ask = CliRun.of("--config", config(server, 10).toString(), "--data", data, "ask", "--json",
                    "Does OpenAI train on API customer data?");

            // THEN it runs end to end (the fake model quotes one best-overlap sentence, so it misses facts the
            // extractive answer would give; a generated answer that addresses less of the question than
            // the extractive one falls back), the model was asked for every answerable question
            assertThat(eval.exit).as(eval.out + eval.err).isZero();
            assertThat(server.requests().size()).isGreaterThanOrEqualTo(19);
            assertThat(server.lastRequest().user()).contains("Does OpenAI train on API customer data?");
            JsonNode a = JSON.readTree(ask.out);
            assertThat(a.get("composer").asText()).isEqualTo("llm");
            assertThat(a.get("answer").asText()).contains("[1]");
            assertThat(a.get("citations").get(0).get("quote").asText()).isNotBlank();
        }
    }

    @Test
    void aHangingServerFallsBackToTheExtractiveAnswerWithTheReason() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start().hang()) {
            CliRun ask = CliRun.of("--config", config(server, 1).toString(), "--data", dir.resolve("kb").toString(),
                    "ask", "--json", "Can ChatGPT users opt out?");

            JsonNode a = JSON.readTree(ask.out);
            assertThat(a.get("composer").asText()).isEqualTo("llm-fallback");
            assertThat(a.get("fallback_reason").asText()).isEqualTo("timeout");
            assertThat(a.get("answer").asText()).startsWith("Yes.").contains("[1]");
        }
    }

    @Test
    void theExtractiveEngineStillDecidesAbstention() throws IOException {
        try (FakeOpenAiServer server = FakeOpenAiServer.start().reply("The refund window is 90 days [1].")) {
            CliRun ask = CliRun.of("--config", config(server, 5).toString(), "--data", dir.resolve("kb").toString(),
                    "ask", "--json", "What is the refund policy?");

            JsonNode a = JSON.readTree(ask.out);
            assertThat(a.get("abstained").asBoolean()).isTrue();
            assertThat(a.get("answer").asText()).doesNotContain("90 days");
            assertThat(server.requests()).isEmpty();
        }
    }
}
