package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The stable command-line interface, run in-process against a real data folder. */
class CliTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path home;
    static String data;

    @BeforeAll
    static void seed() {
        data = home.resolve("kb").toString();
        // GIVEN an empty data folder  WHEN listed  THEN it is seeded from the shipped document
        CliRun list = CliRun.of("--data", data, "kb", "list");
        assertThat(list.exit).isZero();
        assertThat(list.out).contains("insights-from-global-conversations", "Insights from global conversations");
    }

    @Test
    void askJsonPrintsOneAnswerObjectWithConsistentCitations() throws IOException {
        CliRun run = CliRun.of("ask", "--json", "Does OpenAI train on API customer data?", "--data", data);

        assertThat(run.exit).isZero();
        JsonNode a = JSON.readTree(run.out);
        assertThat(a.get("question").asText()).isEqualTo("Does OpenAI train on API customer data?");
        assertThat(a.get("abstained").asBoolean()).isFalse();
        assertThat(a.get("answer").asText()).startsWith("No.").contains("[1]");
        assertThat(a.get("composer").asText()).isEqualTo("extractive");
        assertThat(a.get("latency_ms").isIntegralNumber()).isTrue();
        JsonNode c = a.get("citations").get(0);
        assertThat(c.get("n").asInt()).isEqualTo(1);
        for (String field : List.of("doc", "title", "section", "url", "quote", "text")) {
            assertThat(c.get(field).asText()).as(field).isNotBlank();
        }
        assertThat(c.get("text").asText()).contains(c.get("quote").asText());
        assertThat(run.out.strip().lines()).hasSize(1);
    }

    @Test
    void askReadablePrintsTheAnswerThenItsSources() {
        CliRun run = CliRun.of("--data", data, "ask", "How many continents did the trip cover?");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("6 continents", "Sources:", "[1] Insights from global conversations",
                "https://openai.com/blog/insights-from-global-conversations");
    }

    @Test
    void batchAnswersEveryLineKeepingIdsAndReportsRejectedLines(@TempDir Path dir) throws IOException {
        // GIVEN a batch with a good question, an empty one, a non-JSON line and a numeric id
        Path batch = dir.resolve("batch.jsonl");
        Files.writeString(batch, String.join("\n",
                "{\"id\":\"a\",\"q\":\"Can ChatGPT users opt out?\"}",
                "{\"id\":\"b\",\"q\":\"   \"}",
                "this is not json",
                "{\"id\":7,\"q\":\"What is the refund policy?\"}") + "\n", StandardCharsets.UTF_8);

        // WHEN run
        CliRun run = CliRun.of("--data", data, "ask", "--json", "--batch", batch.toString());

        // THEN one line out per line in, same ids, errors on their lines, the batch goes on
        assertThat(run.exit).isZero();
        List<String> lines = run.out.strip().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(JSON.readTree(lines.get(0)).get("id").asText()).isEqualTo("a");
        assertThat(JSON.readTree(lines.get(0)).get("abstained").asBoolean()).isFalse();
        assertThat(JSON.readTree(lines.get(1)).get("id").asText()).isEqualTo("b");
        assertThat(JSON.readTree(lines.get(1)).get("error").asText()).contains("empty");
        assertThat(JSON.readTree(lines.get(2)).get("error").asText()).contains("line 3");
        assertThat(JSON.readTree(lines.get(3)).get("id").asText()).isEqualTo("7");
        assertThat(JSON.readTree(lines.get(3)).get("abstained").asBoolean()).isTrue();
    }

    @Test
    void evalPrintsTheThreeFiguresAndFailsBelowAThreshold() {
        String dev = resource("eval/dev.jsonl");

        CliRun pass = CliRun.of("--data", data, "eval", dev, "--min-hit", "0.95", "--min-abstain", "0.95",
                "--max-false-abstain", "0.05");
        CliRun fail = CliRun.of("--data", data, "eval", dev, "--min-hit", "1.01");

        assertThat(pass.exit).as(pass.out).isZero();
        assertThat(pass.out).contains("PASS hit 1.000 (20/20), abstain-correct 1.000 (6/6), false-abstain 0.000 (0/20)");
        assertThat(pass.out).contains("retrieval: recall@1");
        assertThat(fail.exit).isEqualTo(1);
        assertThat(fail.out).contains("BELOW THRESHOLD");
    }

    @Test
    void chatReadsPlainLinesKeepsTheConversationAndShowsSources() {
        CliRun run = CliRun.withInput(String.join("\n", "Does OpenAI train on API customer data?", ":sources",
                "and ChatGPT users?", ":quit", "never read") + "\n", "--data", data, "chat");

        assertThat(run.exit).isZero();
        assertThat(run.out).contains("No.", "[1] Insights from global conversations", "opt-out")
                .doesNotContain("never read");
    }

    @Test
    void aUserMistakeIsOneLineAndExitOne(@TempDir Path dir) throws IOException {
        Path empty = Files.createFile(dir.resolve("empty.md"));

        CliRun badFile = CliRun.of("--data", data, "kb", "add", empty.toString());
        CliRun unknown = CliRun.of("--data", data, "kb", "remove", "no-such-doc");
        CliRun badConfig = CliRun.of("--config", dir.resolve("missing.json").toString(), "kb", "list");

        assertThat(badFile.exit).isEqualTo(1);
        assertThat(badFile.err.strip()).startsWith("error: empty.md: ").doesNotContain("\n");
        assertThat(unknown.exit).isEqualTo(1);
        assertThat(unknown.err).contains("no document with id \"no-such-doc\"");
        assertThat(badConfig.exit).isEqualTo(1);
        assertThat(badConfig.err).contains("missing.json");
        assertThat(CliRun.of("--data", data, "kb", "list").out).contains("insights-from-global-conversations")
                .doesNotContain("empty");
    }

    @Test
    void kbAddShowRemoveRoundTripWithTheAuditLog(@TempDir Path dir) throws IOException {
        String kb = dir.resolve("kb").toString();
        Path doc = dir.resolve("Conduct Policy.md");
        Files.writeString(doc, "# Conduct policy\n\n## Harassment\n\nHarassment of any member is not tolerated and"
                + " leads to a ban after one warning.\n", StandardCharsets.UTF_8);

        CliRun add = CliRun.of("--data", kb, "--actor", "alice", "kb", "add", doc.toString(), "--url", "https://example.org/conduct");
        CliRun show = CliRun.of("--data", kb, "kb", "show", "conduct-policy");
        CliRun answer = CliRun.of("--data", kb, "ask", "What happens after a warning for harassment?");
        CliRun remove = CliRun.of("--data", kb, "--actor", "alice", "kb", "remove", "conduct-policy");

        assertThat(add.exit).as(add.err).isZero();
        assertThat(add.out).contains("added conduct-policy");
        assertThat(show.out).contains("conduct-policy: \"Conduct policy\", 1 passage", "Sections:\n  Harassment  [1 passage]",
                "section: Harassment", "leads to a ban after one warning");
        assertThat(answer.out).contains("ban", "Conduct policy › Harassment", "https://example.org/conduct");
        assertThat(remove.out).contains("removed conduct-policy");
        List<String> audit = Files.readAllLines(dir.resolve("kb/audit.jsonl"));
        assertThat(audit).anySatisfy(l -> assertThat(l).contains("\"actor\":\"cli:alice\"", "\"action\":\"add\"",
                "\"doc\":\"conduct-policy\"", "\"sha256\":\""));
        assertThat(audit.get(audit.size() - 1)).contains("\"action\":\"remove\"");
    }

    @Test
    void aPlainTextFileWithoutAnExtensionIsAddedAndShowsItsNumberedStructure(@TempDir Path dir) throws IOException {
        // GIVEN a plain-text rule book saved as "RULES": numbered sections, a sub-section, a clause paragraph
        String kb = dir.resolve("kb").toString();
        Path rules = dir.resolve("RULES");
        Files.writeString(rules, "Club Rules\n\n1. Membership\n\n   1.1. Fees\n        Fees are paid every March and"
                + " cover the whole year of rowing.\n\n2. Boats\n\n   2.1. Members book boats a day ahead and sign"
                + " them out in the boat log.\n", StandardCharsets.UTF_8);

        // WHEN added and shown
        CliRun add = CliRun.of("--data", kb, "kb", "add", rules.toString());
        CliRun show = CliRun.of("--data", kb, "kb", "show", "rules");

        // THEN it is read as text, and the outline nests 1.1 under 1 and files the clause 2.1 under 2
        assertThat(add.exit).as(add.err).isZero();
        assertThat(add.out).contains("added rules: \"Club Rules\"");
        assertThat(show.out).contains("Sections:\n  1. Membership\n    1.1. Fees  [1 passage]\n  2. Boats  [1 passage]\n",
                "section: 2. Boats\n  2.1. Members book boats a day ahead");
    }

    @Test
    void kbAndAskWorkOnAServersOwnDocumentsWithServer(@TempDir Path dir) throws IOException {
        // GIVEN a policy added for server 123 only
        String kb = dir.resolve("kb").toString();
        Path doc = dir.resolve("Conduct Policy.md");
        Files.writeString(doc, "# Conduct policy\n\n## Harassment\n\nHarassment of any member is not tolerated and"
                + " leads to a ban after one warning.\n", StandardCharsets.UTF_8);
        CliRun add = CliRun.of("--data", kb, "--actor", "op", "kb", "add", "--server", "123", doc.toString());
        assertThat(add.exit).as(add.err).isZero();
        assertThat(add.out).startsWith("added conduct-policy: \"Conduct policy\" (1 passages) (server 123)");

        // WHEN listed, shown and asked about, in the server and outside it
        CliRun all = CliRun.of("--data", kb, "kb", "list");
        CliRun server = CliRun.of("--data", kb, "kb", "list", "--server", "123");
        CliRun show = CliRun.of("--data", kb, "kb", "show", "--server", "123", "conduct-policy");
        CliRun showShared = CliRun.of("--data", kb, "kb", "show", "conduct-policy");
        CliRun askThere = CliRun.of("--data", kb, "ask", "--server", "123", "What happens after a warning for harassment?");
        CliRun askShared = CliRun.of("--data", kb, "ask", "What happens after a warning for harassment?");

        // THEN it belongs to server 123 alone: listed under it, answered there, unknown outside it
        assertThat(all.out).contains("insights-from-global-conversations").containsSubsequence("server 123:", "conduct-policy");
        assertThat(server.out).containsSubsequence("insights-from-global-conversations", "server 123:", "conduct-policy");
        assertThat(show.out).contains("123:conduct-policy#harassment.1", "leads to a ban after one warning");
        assertThat(showShared.exit).isEqualTo(1);
        assertThat(askThere.out).contains("ban", "Conduct policy › Harassment");
        assertThat(askShared.out).doesNotContain("Conduct policy");
        assertThat(Files.readString(dir.resolve("kb/servers/123/audit.jsonl"))).contains("\"server\":\"123\"",
                "\"actor\":\"cli:op\"", "\"doc\":\"123:conduct-policy\"");

        // WHEN all of the server's documents are removed (and --all without a server is refused)
        CliRun noServer = CliRun.of("--data", kb, "kb", "remove", "--all");
        CliRun badServer = CliRun.of("--data", kb, "kb", "list", "--server", "general");
        CliRun removeAll = CliRun.of("--data", kb, "kb", "remove", "--server", "123", "--all");

        // THEN only that server's documents are gone
        assertThat(noServer.exit).isEqualTo(2);
        assertThat(badServer.exit).isEqualTo(2);
        assertThat(badServer.err).contains("digits only");
        assertThat(removeAll.out).contains("removed conduct-policy", "removed 1 documents (server 123)");
        assertThat(CliRun.of("--data", kb, "kb", "list", "--server", "123").out)
                .contains("insights-from-global-conversations", "(no documents of its own)");
    }

    static String resource(String name) {
        try {
            return Path.of(CliTest.class.getClassLoader().getResource(name).toURI()).toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
