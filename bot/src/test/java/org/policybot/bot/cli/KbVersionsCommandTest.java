package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kb history}, {@code kb diff} and {@code kb rollback} from the command line, on the shared
 * documents and on a server's own: a refund policy whose window went from 14 to 30 days and which gained a
 * gift-card section.
 */
class KbVersionsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String QUESTION = "How many days do I have to ask for a refund?";

    @TempDir
    Path work;
    private String data;

    @BeforeEach
    void twoVersions() throws Exception {
        data = work.resolve("data").toString();
        Path v1 = Files.createDirectories(work.resolve("v1")).resolve("refunds.md");
        Path v2 = Files.createDirectories(work.resolve("v2")).resolve("refunds.md");
        Files.copy(Path.of(CliTest.resource("discord/refunds.md")), v1);
        Files.copy(Path.of(CliTest.resource("versions/refunds.md")), v2);
        assertThat(CliRun.of("--data", data, "--actor", "alice", "kb", "add", v1.toString()).out)
                .isEqualTo("added refunds: \"Refund policy\" (2 passages)\n");
        assertThat(CliRun.of("--data", data, "--actor", "bob", "kb", "add", v2.toString()).out)
                .isEqualTo("added refunds: \"Refund policy\" (3 passages)\n"
                        + "  now version 2; the one it replaced is kept (kb history refunds)\n");
    }

    @Test
    void historyListsEveryKeptVersionNewestFirstReadableAndAsJson() throws Exception {
        // WHEN the history is asked for
        CliRun text = CliRun.of("--data", data, "kb", "history", "refunds");
        CliRun json = CliRun.of("--data", data, "kb", "history", "refunds", "--json");

        // THEN each version has its number, date, actor, full hash and passages; the current one is marked
        assertThat(text.exit).isZero();
        assertThat(text.out.lines().toList()).hasSize(3);
        assertThat(text.out).startsWith("refunds: 2 versions kept, newest first\n")
                .containsPattern("  v2 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  cli:bob +sha256 [0-9a-f]{64} +3 passages  current")
                .containsPattern("  v1 +\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  cli:alice +sha256 [0-9a-f]{64} +2 passages\n");
        JsonNode versions = JSON.readTree(json.out);
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(versions.get(0).get("added_by").asText()).isEqualTo("cli:bob");
        assertThat(versions.get(0).get("current").asBoolean()).isTrue();
        assertThat(versions.get(1).get("restored_from").isNull()).isTrue();
    }

    @Test
    void diffShowsWhatChangedBySectionReadableAndAsJson() throws Exception {
        // WHEN the two versions are compared
        CliRun text = CliRun.of("--data", data, "kb", "diff", "refunds");
        CliRun json = CliRun.of("--data", data, "kb", "diff", "refunds", "1", "2", "--json");

        // THEN the changed window and the added gift-card section are shown; the rest is counted as unchanged
        assertThat(text.exit).isZero();
        assertThat(text.out).contains("refunds: version 1 (").contains(") → version 2 (")
                .contains("1 changed, 1 added, 0 removed; 1 unchanged")
                .contains("§ Refund window\n  changed\n    - Customers may request a full refund within 14 days")
                .contains("    + Customers may request a full refund within 30 days")
                .contains("§ Gift cards\n  added\n    + Gift cards cannot be refunded");
        JsonNode diff = JSON.readTree(json.out);
        assertThat(diff.get("changed").asInt()).isEqualTo(1);
        assertThat(diff.get("added").asInt()).isEqualTo(1);
        assertThat(diff.at("/sections/0/section").asText()).isEqualTo("Refund window");
        assertThat(diff.at("/sections/0/changes/0/kind").asText()).isEqualTo("changed");
        assertThat(diff.at("/sections/1/changes/0/before").isNull()).isTrue();
    }

    @Test
    void rollbackRestoresTheOldAnswerAndCitationAndIsAudited() throws Exception {
        // GIVEN the answer now, from version 2, whose cited text is marked as updated
        JsonNode now = JSON.readTree(CliRun.of("--data", data, "ask", "--json", QUESTION).out);
        assertThat(now.get("answer").asText()).contains("30 days");
        assertThat(windowCitation(now).get("version").asInt()).isEqualTo(2);
        assertThat(CliRun.of("--data", data, "ask", QUESTION).out).contains("(updated ");

        // WHEN carol rolls back to version 1
        CliRun r = CliRun.of("--data", data, "--actor", "carol", "kb", "rollback", "refunds", "1");

        // THEN it is version 3 with version 1's text: the answer and its citation are version 1's again
        assertThat(r.exit).isZero();
        assertThat(r.out).isEqualTo("rolled refunds back to version 1: now version 3, \"Refund policy\" (2 passages)\n");
        JsonNode back = JSON.readTree(CliRun.of("--data", data, "ask", "--json", QUESTION).out);
        assertThat(back.get("answer").asText()).contains("14 days");
        assertThat(windowCitation(back).get("version").asInt()).isEqualTo(1);
        assertThat(windowCitation(back).get("passage_id").asText()).isEqualTo(windowCitation(now).get("passage_id").asText());
        assertThat(CliRun.of("--data", data, "kb", "history", "refunds").out).contains("current, restored v1");
        assertThat(Files.readAllLines(Path.of(data, "audit.jsonl"))).last().satisfies(line -> {
            JsonNode audit = JSON.readTree(line);
            assertThat(audit.get("action").asText()).isEqualTo("rollback");
            assertThat(audit.get("actor").asText()).isEqualTo("cli:carol");
            assertThat(audit.get("version").asInt()).isEqualTo(3);
        });
    }

    /** The citation of the refund window's passage (the answer may also cite how refunds are paid, unchanged since v1). */
    private static JsonNode windowCitation(JsonNode answer) {
        for (JsonNode c : answer.get("citations")) {
            if (c.get("quote").asText().contains("full refund within")) {
                return c;
            }
        }
        throw new AssertionError("no citation of the refund window in " + answer);
    }

    @Test
    void aServersDocumentHasItsOwnVersionsAndMistakesAreOneLine() throws Exception {
        // GIVEN a server's own refund policy, in one version
        Path v1 = work.resolve("v1").resolve("refunds.md");
        CliRun.of("--data", data, "kb", "add", "--server", "42", v1.toString());

        // WHEN its history is asked for, and mistaken rollbacks are tried
        CliRun history = CliRun.of("--data", data, "kb", "history", "refunds", "--server", "42");
        CliRun noSuchVersion = CliRun.of("--data", data, "kb", "rollback", "refunds", "5", "--server", "42");
        CliRun noSuchDoc = CliRun.of("--data", data, "kb", "diff", "nothing");
        CliRun onlyOne = CliRun.of("--data", data, "kb", "diff", "refunds", "--server", "42");

        // THEN the server's document has its own single version; each mistake is one line with exit 1
        assertThat(history.out).startsWith("refunds: 1 version kept");
        assertThat(noSuchVersion.exit).isEqualTo(Cli.USER_ERROR);
        assertThat(noSuchVersion.err).isEqualTo("error: no version 5 of refunds is kept (kept: 1); nothing was changed\n");
        assertThat(noSuchDoc.err).isEqualTo("error: no document with id \"nothing\" (see kb list)\n");
        assertThat(onlyOne.err).isEqualTo("error: refunds has no version kept before version 1 (kept: 1)\n");
    }
}
