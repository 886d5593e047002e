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

        // THEN it prints one JSON object with the figures of issue 6
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.outLines()).hasSize(1);
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("p50_ms").asDouble()).isPositive();
        assertThat(o.get("p99_ms").asDouble()).isGreaterThanOrEqualTo(o.get("p50_ms").asDouble());
        assertThat(o.get("samples").asInt()).isEqualTo(30);
        assertThat(o.get("questions").asInt()).isEqualTo(3);
        assertThat(o.get("throughput_by_threads").fieldNames()).toIterable().containsExactly("1", "2", "4");
        double best = 0;
        for (JsonNode t : o.get("throughput_by_threads")) {
            best = Math.max(best, t.asDouble());
        }
        assertThat(o.get("throughput_per_s").asDouble()).isPositive().isEqualTo(best);
        assertThat(o.get("cold_start_ms").asLong()).isPositive();
        assertThat(o.get("heap_mb").asDouble()).isPositive();
        assertThat(o.get("shipped_index_ms").asLong()).isPositive();

        // AND the generated documents went through the real add path: two documents, about 120 passages
        JsonNode build = o.get("build");
        assertThat(build.get("documents").asInt()).isEqualTo(2);
        assertThat(build.get("passages").asInt()).isBetween(110, 130);
        assertThat(build.get("seconds").asDouble()).isPositive();
        assertThat(build.get("data_mb").asDouble()).isPositive();
        assertThat(o.get("documents").asInt()).isEqualTo(3);
        assertThat(o.get("passages").asInt()).isGreaterThan(build.get("passages").asInt());
        assertThat(o.get("machine").get("cores").asInt()).isPositive();

        // AND the temporary data folder is gone, the given one untouched
        assertThat(work.resolve("unused")).doesNotExist();
    }
}
