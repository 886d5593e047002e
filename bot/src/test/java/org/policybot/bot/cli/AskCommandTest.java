package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ask --json --batch} with hostile lines: a rejected question gives {@code {"id", "error"}} on its
 * line and the batch goes on; every other question gets an answer object; no line pings anyone.
 */
class AskCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void hostileBatchAnswersEveryLineAndRefusesOnlyTheInvalid() throws Exception {
        // GIVEN a batch of questions built to break things, a line that is not JSON and one without "q"
        Map<String, String> questions = new LinkedHashMap<>();
        questions.put("lucene", "title:(refund OR \"data\") AND text:* ~2 ^10 [a TO z] \\\\");
        questions.put("controls", "does\u0000 openai\u0007 train on api\u001b[31m customer data");
        questions.put("rtl", "\u202Eatad remotsuc IPA no niart IAnepO seod\u202C");
        questions.put("emoji", "🤖 does OpenAI train on API customer data? 🔥🔥");
        questions.put("long", "why ".repeat(5_000));
        questions.put("empty", "");
        questions.put("everyone", "@everyone can ChatGPT users opt out? @here");
        questions.put("mentions", "<@123456789012345678> <@&987654321098765432> can ChatGPT users opt out");
        questions.put("only-mention", "@everyone @here");
        questions.put("normal", "Does OpenAI train on API customer data?");
        List<String> lines = new ArrayList<>();
        questions.forEach((id, q) -> lines.add(json(Map.of("id", id, "q", q))));
        lines.add(3, "this line is not JSON");
        lines.add(json(Map.of("id", "no-q")));
        Path batch = work.resolve("batch.jsonl");
        Files.write(batch, lines, StandardCharsets.UTF_8);

        // WHEN it runs
        CliProcess.Result r = CliProcess.run(work, "--data", work.resolve("data").toString(), "ask", "--json",
                "--batch", batch.toString());

        // THEN every input line has its output line, in order, and the command succeeds
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> out = objects(r);
        assertThat(out).hasSize(lines.size());

        // AND only the empty, the oversized, the mention-only and the malformed lines are errors
        Map<String, String> errors = new LinkedHashMap<>();
        for (JsonNode o : out) {
            if (o.has("error")) {
                errors.put(o.get("id").isNull() ? "(none)" : o.get("id").asText(), o.get("error").asText());
            } else {
                assertThat(o.get("answer").asText()).isNotBlank();
                assertThat(o.get("citations").isArray()).isTrue();
            }
        }
        assertThat(errors).containsOnlyKeys("long", "empty", "only-mention", "(none)", "no-q");
        assertThat(errors.get("long")).isEqualTo("the question is too long (20000 characters; the limit is 4000)");
        assertThat(errors.get("empty")).isEqualTo("the question is empty");
        assertThat(errors.get("(none)")).isEqualTo("line 4: not a JSON object");
        assertThat(errors.get("no-q")).isEqualTo("line 12: \"q\" must be a string");
        assertThat(out.get(out.size() - 2).get("id").asText()).isEqualTo("normal");
        assertThat(out.get(out.size() - 2).get("abstained").asBoolean()).isFalse();

        // AND nothing in the output can ping @everyone or @here
        assertThat(r.out()).doesNotContainPattern("@(everyone|here)\\b");
    }

    @Test
    void aBatchKeepsEachIdAsWrittenAndALineThatIsNotUtf8DoesNotEndIt() throws Exception {
        // GIVEN a numeric id, an id that is an object, and a line saved as Latin-1 between them
        byte[] latin1 = "{\"id\":\"latin\",\"q\":\"caf\u00e9 data?\"}\n".getBytes(StandardCharsets.ISO_8859_1);
        Path batch = work.resolve("ids.jsonl");
        Files.write(batch, ("{\"id\":7,\"q\":\"Does OpenAI train on API customer data?\"}\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(batch, latin1, java.nio.file.StandardOpenOption.APPEND);
        Files.write(batch, "{\"id\":{\"row\":3},\"q\":\"\"}\n".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.APPEND);

        // WHEN it runs
        CliProcess.Result r = CliProcess.run(work, "--data", work.resolve("data").toString(), "ask", "--json",
                "--batch", batch.toString());

        // THEN every line is answered, each id returned as the caller wrote it
        assertThat(r.exit()).as(r.err()).isZero();
        List<JsonNode> out = objects(r);
        assertThat(out).hasSize(3);
        assertThat(out.get(0).get("id").isInt()).isTrue();
        assertThat(out.get(0).get("id").asInt()).isEqualTo(7);
        assertThat(out.get(1).get("id").asText()).isEqualTo("latin");
        assertThat(out.get(1).has("answer")).isTrue();
        assertThat(out.get(2).get("id").get("row").asInt()).isEqualTo(3);
        assertThat(out.get(2).get("error").asText()).isEqualTo("the question is empty");
    }

    /** Each output line of a batch run, read as JSON. */
    private static List<JsonNode> objects(CliProcess.Result r) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String line : r.outLines()) {
            out.add(JSON.readTree(line));
        }
        return out;
    }

    private static String json(Map<String, String> fields) {
        try {
            return JSON.writeValueAsString(fields);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
