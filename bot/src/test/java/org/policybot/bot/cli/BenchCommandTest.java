package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench --json} measures a generated knowledge base and prints one object with every figure. */
class BenchCommandTest {
    @TempDir
    Path work;

    @Test
    void benchOnAGeneratedKnowledgeBasePrintsEveryFigure() throws Exception {
        // GIVEN three questions in the eval format
        Path questions = work.resolve("questions.jsonl");
        Files.write(questions, List.of("{\"id\": \"a\", \"q\": \"Does OpenAI train on API customer data?\"}",
                "{\"id\": \"b\", \"q\": \"How are expense claims reviewed?\"}", "{\"id\": \"c\", \"q\": \"What is the capital of France?\"}"));

        // WHEN bench runs on a generated knowledge base of about 120 passages, briefly
        CliProcess.Result r = CliProcess.run(work, "--data", work.resolve("unused").toString(), "bench", "--json",
                "--passages", "120", "--questions", questions.toString(), "--answers", "30", "--cold-runs", "1");

        // THEN it prints one JSON object: unique questions and cache-hit questions measured apart
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode o = new ObjectMapper().readTree(r.out());
        for (String run : List.of("unique", "cache_hit")) {
            JsonNode n = o.get(run);
            assertThat(n.get("p50_ms").asDouble()).as(run).isPositive();
            assertThat(n.get("p99_ms").asDouble()).as(run).isGreaterThanOrEqualTo(n.get("p50_ms").asDouble());
            assertThat(n.get("samples").asInt()).as(run).isEqualTo(30);
            assertThat(n.get("throughput_by_threads").fieldNames()).toIterable().containsExactly("1", "2", "4");
            double best = 0;
            for (JsonNode t : n.get("throughput_by_threads")) {
                best = Math.max(best, t.asDouble());
            }
            assertThat(n.get("throughput_per_s").asDouble()).as(run).isPositive().isEqualTo(best);
            assertThat(n.get("model_calls").isNull()).as(run + ": no model configured").isTrue();
        }
        // AND no unique question was ever asked twice (one per answer: 30 timed, 30 per thread count),
        // so no question embedding came from the cache; the given three were, after their first round
        assertThat(o.get("unique").get("questions").asInt()).isEqualTo(120);
        assertThat(o.get("unique").get("query_cache_hits").asLong()).isZero();
        assertThat(o.get("cache_hit").get("questions").asInt()).isEqualTo(3);
        assertThat(o.get("cache_hit").get("query_cache_hits").asLong()).isEqualTo(30);
        // AND the top-level latency figures are the unique ones
        assertThat(o.get("p50_ms")).isEqualTo(o.get("unique").get("p50_ms"));
        assertThat(o.get("cold_start_ms").asLong()).isPositive();
        assertThat(o.get("heap_mb").asDouble()).isPositive();
        assertThat(o.get("shipped_index_ms").asLong()).isPositive();

        // AND the generated documents went through the real add path: two documents, about 120 passages
        JsonNode build = o.get("build");
        assertThat(build.get("documents").asInt()).isEqualTo(2);
        assertThat(build.get("passages").asInt()).isBetween(110, 130);
        assertThat(build.get("seconds").asDouble()).isPositive();
        assertThat(build.get("data_mb").asDouble()).isPositive();
        assertThat(build.get("index_mb").asDouble()).isPositive().isLessThan(build.get("data_mb").asDouble());
        assertThat(build.get("heap_max_mb").asDouble()).isPositive();
        assertThat(o.get("documents").asInt()).isEqualTo(3);
        assertThat(o.get("passages").asInt()).isGreaterThan(build.get("passages").asInt());
        assertThat(o.get("machine").get("cores").asInt()).isPositive();
        assertThat(o.get("machine").get("index_backend").asText()).isEqualTo("lucene");

        // AND the temporary data folder is gone, the given one untouched
        assertThat(work.resolve("unused")).doesNotExist();
    }

    @Test
    void aBackendOtherThanTheConfiguredOneIsRefusedBeforeAnythingIsBuilt() throws Exception {
        // GIVEN no config (the embedded index)  WHEN bench is asked to measure SolrCloud
        CliProcess.Result r = CliProcess.run(work, "--data", work.resolve("unused").toString(), "bench",
                "--backend", "solrcloud", "--passages", "120", "--cold-runs", "0");

        // THEN it says the config must name that backend with its settings, and builds nothing
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("--backend solrcloud needs a config whose index.backend is \"solrcloud\"");
        assertThat(r.out()).isEmpty();
    }
}
