package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.gaps.GapLog;
import org.policybot.bot.gaps.GapRecord;
import org.policybot.knowledge.model.ClosestPassage;

/** {@code kb gaps}: every server's gaps apart, one server's, as JSON, within fewer days, and purged. */
class GapsCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path data;

    /** Server 42: three ways to ask about pets and one about parking (5 days ago); server 43 and a DM one each. */
    @BeforeEach
    void gaps() throws Exception {
        GapLog log = GapLog.open(data, 30, Clock.systemUTC());
        Instant now = Instant.now();
        ClosestPassage rules = new ClosestPassage("rules#animals.1", "rules", "House rules", "Animals", 0.61);
        record(log, now, "42", "Can I bring my dog to the office?", rules, "u1", "a1");
        record(log, now, "42", "Are dogs allowed in the office?", rules, "u2", "a2");
        record(log, now, "42", "can i bring my dog to the office", rules, "u1", "a3");
        record(log, now.minus(Duration.ofDays(5)), "42", "Where can I park my car?", null, "u3", "a4");
        record(log, now, "43", "How much are the dues?", null, "u4", "a5");
        record(log, now, null, "Who is the chair?", null, "u5", "a6");
    }

    private static void record(GapLog log, Instant t, String server, String q, ClosestPassage p, String user, String answer)
            throws Exception {
        log.record(new GapRecord(t.toString(), server, q, GapRecord.ABSTAINED, p, 0.1, log.pseudonym(user),
                log.pseudonym(answer)));
    }

    @Test
    void everyServersGapsAreListedApartLargestGroupFirst() {
        // WHEN the operator lists the gaps
        CliRun r = CliRun.of("--data", data.toString(), "kb", "gaps");

        // THEN each server and the direct messages have their own groups; the pet questions are one group of three
        // from two members, near the house rules' animals section
        assertThat(r.err).isEmpty();
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("in the last 30 days").contains("server 42: 4 questions in 2 groups")
                .contains("server 43: 1 question in 1 group").contains("direct messages: 1 question in 1 group")
                .contains("1. 3 questions from 2 members (3 not answered)")
                .contains("closest: House rules › Animals (similarity 0.61)")
                .contains("→ a document is close but does not say it").contains("→ no document covers this");
        assertThat(r.out.indexOf("server 42")).isLessThan(r.out.indexOf("server 43"));
        // AND the knowledge base was not opened (nor seeded) to read them
        assertThat(data.resolve("index")).doesNotExist();
    }

    @Test
    void oneServersGapsWithinFewerDaysAsJson() throws Exception {
        // WHEN the gaps of server 42 in the last two days are asked for as JSON
        CliRun r = CliRun.of("--data", data.toString(), "kb", "gaps", "--server", "42", "--days", "2", "--json");

        // THEN only the pet questions are there
        JsonNode report = JSON.readTree(r.out);
        assertThat(report.get("days").asInt()).isEqualTo(2);
        assertThat(report.get("servers")).hasSize(1);
        JsonNode group = report.at("/servers/0/groups/0");
        assertThat(report.at("/servers/0/server").asText()).isEqualTo("42");
        assertThat(report.at("/servers/0/groups")).hasSize(1);
        assertThat(group.get("questions").asInt()).isEqualTo(3);
        assertThat(group.get("askers").asInt()).isEqualTo(2);
        assertThat(group.get("hint").asText()).isEqualTo("close");
        assertThat(group.at("/closest/section").asText()).isEqualTo("Animals");
        assertThat(group.get("examples")).hasSize(2);
    }

    @Test
    void aPurgeDeletesOneServersRecordsOrAll() throws Exception {
        // WHEN server 42's records are purged, then all
        CliRun one = CliRun.of("--data", data.toString(), "kb", "gaps", "--purge", "--server", "42");
        String afterOne = CliRun.of("--data", data.toString(), "kb", "gaps").out;
        CliRun all = CliRun.of("--data", data.toString(), "kb", "gaps", "--purge");

        // THEN each says how many it deleted, and nothing of them is left on disk
        assertThat(one.out).isEqualTo("deleted 4 records (server 42)\n");
        assertThat(afterOne).doesNotContain("server 42").contains("server 43");
        assertThat(all.out).isEqualTo("deleted 2 records (every server's)\n");
        assertThat(data.resolve(GapLog.FILE_NAME)).doesNotExist();
        assertThat(CliRun.of("--data", data.toString(), "kb", "gaps").out).contains("None recorded.");
    }

    @Test
    void aWindowLongerThanTheRetentionIsAUsageError() throws Exception {
        // GIVEN a config keeping gaps 7 days
        Path config = data.resolve("config.json");
        Files.writeString(config, "{\"gaps\": {\"days\": 7}}");

        // WHEN 30 days are asked for  THEN the command says what is possible, exit 2
        CliRun r = CliRun.of("--data", data.toString(), "--config", config.toString(), "kb", "gaps", "--days", "30");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--days must be from 1 to 7 (records are kept 7 days: gaps.days in the config)");
    }
}
