package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.text.Sentences;
import org.policybot.knowledge.text.Terms;
import org.policybot.knowledge.write.llm.FakeOpenAiServer;

/** The LLM composer configured from a config file, against a loopback server speaking the OpenAI format. */
class LlmEvalTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path config(FakeOpenAiServer server, int timeoutSeconds) throws IOException {
        Path file = dir.resolve("policybot.json");
        Files.writeString(file, """
                {"llm": {"provider": "openai", "baseUrl": "%s", "model": "test-model", "timeoutSeconds": %d,
                         "callsPerMinute": 10000, "callsPerMinutePerServer": 10000}}
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
                    CliTest.resource("eval/dev.jsonl"), "--min-hit", "0.8", "--min-abstain", "0.83",
                    "--max-false-abstain", "0");
            CliRun ask = CliRun.of("--config", config(server, 10).toString(), "--data", data, "ask", "--json",
                    "Does OpenAI train on API customer data?");

            // THEN it runs end to end (the fake model quotes one best-overlap sentence, so it misses facts the
            // extractive answer would give; a generated answer that addresses less of the question than
            // the extractive one falls back), the model was asked for every answerable question; this naive model
            // also answers one near miss out of scope ("stock price" with a sentence on "pricing"), which a model
            // that declines when the passages do not answer would not (see the answer-key test below)
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

    private static final Pattern SUMMARY = Pattern.compile(
            "(?m)^PASS hit [\\d.]+ \\((\\d+)/(\\d+)\\).*wrong answers (\\d+)");
    private static final Pattern PASSAGE = Pattern.compile("(?m)^\\[(\\d+)] [^\\n]*\\n(.*?)\\n\\n", Pattern.DOTALL);
    private static final Pattern ASKED = Pattern.compile("<question>(.*?)</question>", Pattern.DOTALL);

    /** The summary line's hits and wrong answers of an eval run. */
    private static int[] hitsAndWrong(CliRun run) {
        Matcher m = SUMMARY.matcher(run.out);
        assertThat(m.find()).as(run.out + run.err).isTrue();
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3))};
    }

    /**
     * A model that knows the answer key and answers only from the passages it is given: for the
     * question (the corpus question sharing most words with it) it writes, verbatim and cited, passage
     * sentences holding one fact of each of the case's fact groups, preferring sentences that hold
     * its evidence; when a group is in no passage, or the case is out of scope, it declines.
     */
    private static Function<FakeOpenAiServer.Request, String> answerKey(Path questions) throws IOException {
        List<JsonNode> cases = new ArrayList<>();
        for (String line : Files.readAllLines(questions, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                cases.add(JSON.readTree(line));
            }
        }
        return r -> {
            Matcher q = ASKED.matcher(r.user());
            Set<String> asked = q.find() ? Terms.distinct(q.group(1)) : Set.of();
            JsonNode c = cases.stream().max(Comparator.comparingDouble(x -> overlap(asked,
                    Terms.distinct(x.get("q").asText())))).orElseThrow();
            List<String[]> sentences = new ArrayList<>();
            Matcher p = PASSAGE.matcher(r.user());
            while (p.find()) {
                for (String sentence : Sentences.texts(p.group(2))) {
                    sentences.add(new String[] {p.group(1), sentence});
                }
            }
            List<String> evidence = new ArrayList<>();
            c.path("evidence").forEach(e -> evidence.add(e.asText().toLowerCase(Locale.ROOT)));
            sentences.sort(Comparator.comparing(x -> evidence.stream().noneMatch(x[1].toLowerCase(Locale.ROOT)::contains)));
            Set<String> reply = new LinkedHashSet<>();
            if (!c.path("expect").asText().equals("answer")) {
                return "The passages do not answer this.";
            }
            for (JsonNode group : c.path("facts")) {
                String[] found = sentences.stream().filter(x -> holdsOne(x[1], group)).findFirst().orElse(null);
                if (found == null) {
                    return "The passages do not answer this.";
                }
                reply.add(found[1].replaceAll("[.!?]+$", "") + " [" + found[0] + "].");
            }
            return String.join(" ", reply);
        };
    }

    private static boolean holdsOne(String sentence, JsonNode group) {
        String s = sentence.toLowerCase(Locale.ROOT);
        for (JsonNode f : group) {
            if (s.contains(f.asText().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static double overlap(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return either.isEmpty() ? 0 : (double) both.size() / either.size();
    }

    @Test
    void aModelAnsweringFromItsPassagesRaisesHitsWithoutRaisingWrongAnswers() throws IOException {
        // GIVEN a blind corpus (a fictional shop's four policies, 124 questions) and a model that answers only
        // from the passages it is given, with the sentences holding the answer, or declines
        String corpus = CliTest.resource("eval/corpora/fictional-shop");
        try (FakeOpenAiServer server = FakeOpenAiServer.start()
                .otherwise(answerKey(Path.of(corpus).resolve("questions.jsonl")))) {

            // WHEN the corpus is scored extractively, then with the model
            CliRun extractive = CliRun.of("eval", "--corpus", corpus);
            CliRun withModel = CliRun.of("--config", config(server, 10).toString(), "eval", "--corpus", corpus);

            // THEN the model was asked, near misses included; hits rose and wrong answers did not
            int[] before = hitsAndWrong(extractive);
            int[] after = hitsAndWrong(withModel);
            assertThat(server.requests().size()).isGreaterThan(before[0]);
            // (measured 2026-12-01: 63 -> 67 hits, 26 -> 25 wrong answers, 112 calls; stop 43: 68 -> 70, as the
            // extractive answer to a two-part question now also quotes what answers each part, a higher bar for the
            // model's answer to address the question as well: b016's, which names the right person, falls back)
            assertThat(after[0]).as(withModel.out).isGreaterThanOrEqualTo(before[0] + 2);
            assertThat(after[1]).as(withModel.out).isLessThanOrEqualTo(before[1]);
        }
    }
}
