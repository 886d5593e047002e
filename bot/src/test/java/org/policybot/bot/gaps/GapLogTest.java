package org.policybot.bot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.model.ClosestPassage;

/** The gap log keeps what it promises and nothing more: no user ids, a bounded age, a purge that deletes. */
class GapLogTest {
    private static final Instant NOW = Instant.parse("2026-12-10T12:00:00Z");
    private static final ClosestPassage PASSAGE = new ClosestPassage("rules#dues.1", "rules", "Club rules", "Dues", 0.55);

    @TempDir
    Path dir;

    private GapLog open(Instant now, int days) {
        return GapLog.open(dir, days, Clock.fixed(now, ZoneOffset.UTC));
    }

    private static GapRecord record(GapLog log, Instant time, String server, String question, String outcome, String user,
                                    String answer) throws IOException {
        return new GapRecord(time.toString(), server, question, outcome, PASSAGE, 0.2, log.pseudonym(user),
                log.pseudonym(answer));
    }

    @Test
    void aRecordHoldsNoUserIdOnlyASaltedHashThatStaysTheSameAcrossRestarts() throws IOException {
        // GIVEN a log, and a question of user 123456789012345678 recorded
        GapLog log = open(NOW, 30);
        log.record(record(log, NOW, "42", "How much are the dues?", GapRecord.ABSTAINED, "123456789012345678", "a1"));

        // WHEN the log is read, and opened again later
        String file = Files.readString(log.file());
        GapLog again = open(NOW, 30);

        // THEN the file never holds the user id, the salt was made once, and the same user has the same hash
        assertThat(file).doesNotContain("123456789012345678").contains("How much are the dues?");
        assertThat(dir.resolve(GapLog.SALT_FILE)).exists();
        assertThat(Files.readString(dir.resolve(GapLog.SALT_FILE)).strip()).hasSize(64);
        assertThat(again.pseudonym("123456789012345678")).isEqualTo(log.pseudonym("123456789012345678"))
                .hasSize(16).isNotEqualTo(again.pseudonym("123456789012345679"));
        assertThat(again.read(30)).singleElement().satisfies(q -> {
            assertThat(q.asker()).isEqualTo(log.pseudonym("123456789012345678"));
            assertThat(q.server()).isEqualTo("42");
            assertThat(q.passage()).isEqualTo(PASSAGE);
        });
    }

    @Test
    void recordsOlderThanTheRetentionAreDroppedWhenTheLogOpensAndWhenItIsSwept() throws IOException {
        // GIVEN records made 40, 20 and 1 days ago, in a log kept 30 days
        GapLog log = open(NOW, 30);
        for (int daysAgo : new int[] {40, 20, 1}) {
            Instant t = NOW.minus(Duration.ofDays(daysAgo));
            log.record(record(log, t, "42", daysAgo + " days ago?", GapRecord.ABSTAINED, "u", "a" + daysAgo));
        }

        // WHEN it is opened again  THEN the record of 40 days ago is gone from the file
        GapLog reopened = open(NOW, 30);
        assertThat(Files.readString(reopened.file())).doesNotContain("40 days ago").contains("20 days ago");
        assertThat(reopened.read(30)).extracting(GapQuestion::question).containsExactly("20 days ago?", "1 days ago?");
        assertThat(reopened.read(7)).extracting(GapQuestion::question).containsExactly("1 days ago?");

        // AND WHEN the daily sweep runs eleven days later, the record of 20 days ago goes too
        GapLog later = GapLog.open(dir, 30, Clock.fixed(NOW.plus(Duration.ofDays(11)), ZoneOffset.UTC));
        assertThat(later.dropExpired()).isZero(); // open already swept
        assertThat(Files.readString(later.file())).doesNotContain("20 days ago").contains("1 days ago");
    }

    @Test
    void aPurgeDeletesEveryRecordOrOneServersOnly() throws IOException {
        // GIVEN records of two servers and of direct messages
        GapLog log = open(NOW, 30);
        log.record(record(log, NOW, "42", "Dues?", GapRecord.ABSTAINED, "u1", "a1"));
        log.record(record(log, NOW, "43", "Parking?", GapRecord.ABSTAINED, "u2", "a2"));
        log.record(record(log, NOW, null, "Refunds?", GapRecord.LOW_CONFIDENCE, "u3", "a3"));

        // WHEN one server's are purged  THEN only theirs are gone
        assertThat(log.purge("42")).isEqualTo(1);
        assertThat(log.read(30)).extracting(GapQuestion::question).containsExactly("Parking?", "Refunds?");

        // AND WHEN all are purged  THEN the file is gone
        assertThat(log.purge()).isEqualTo(2);
        assertThat(log.file()).doesNotExist();
        assertThat(log.read(30)).isEmpty();
    }

    @Test
    void aThumbsDownOnAnAbstentionIsOneQuestionAndAWithdrawnVoteNoLongerCounts() throws IOException {
        // GIVEN an abstention voted 👎, and an answer voted 👎 then 👍
        GapLog log = open(NOW, 30);
        log.record(record(log, NOW, "42", "Dues?", GapRecord.ABSTAINED, "u1", "a1"));
        log.record(record(log, NOW, "42", "Dues?", GapRecord.VOTED_DOWN, "u1", "a1"));
        log.record(record(log, NOW, "42", "Parking?", GapRecord.VOTED_DOWN, "u2", "a2"));
        log.record(record(log, NOW, "42", "Parking?", GapRecord.VOTE_WITHDRAWN, "u2", "a2"));

        // WHEN read  THEN the first is one question with both outcomes, and the second is not there
        assertThat(log.read(30)).singleElement().satisfies(q -> {
            assertThat(q.question()).isEqualTo("Dues?");
            assertThat(q.outcomes()).containsExactly(GapRecord.ABSTAINED, GapRecord.VOTED_DOWN);
        });
    }

    @Test
    void aRetentionOfZeroDaysRecordsNothing() throws IOException {
        // GIVEN a log kept 0 days  WHEN a record is offered  THEN nothing is written, not even a salt
        GapLog log = open(NOW, 0);
        log.record(new GapRecord(NOW.toString(), "42", "Dues?", GapRecord.ABSTAINED, null, null, "x", "y"));
        assertThat(log.recording()).isFalse();
        assertThat(log.file()).doesNotExist();
        assertThat(dir.resolve(GapLog.SALT_FILE)).doesNotExist();
    }

    @Test
    void aLineCutShortByACrashIsSkippedAndTheNextRecordStartsOnALineOfItsOwn() throws IOException {
        // GIVEN a record, then half a line (a crash during a write)
        GapLog log = open(NOW, 30);
        log.record(record(log, NOW, "42", "Dues?", GapRecord.ABSTAINED, "u1", "a1"));
        Files.writeString(log.file(), "{\"time\":\"2026-12-10T12:00:00Z\",\"server\":\"42\",\"quest",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        // WHEN another record follows
        log.record(record(log, NOW, "42", "Parking?", GapRecord.ABSTAINED, "u2", "a2"));

        // THEN both whole records are read, and the broken line is dropped at the next sweep
        assertThat(log.read(30)).extracting(GapQuestion::question).containsExactly("Dues?", "Parking?");
        assertThat(log.dropExpired()).isEqualTo(1);
        assertThat(Files.readAllLines(log.file())).hasSize(2);
        assertThat(log.read(30)).hasSize(2);
        List<String> lines = Files.readAllLines(log.file());
        assertThat(lines).allSatisfy(l -> assertThat(l).startsWith("{").endsWith("}"));
    }
}
