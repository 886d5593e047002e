package org.policybot.bot.gaps;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import org.policybot.bot.files.LineFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gap log, {@code gaps.jsonl} in the data folder: one JSON line per question the bot could not
 * answer well ({@link GapRecord}), appended as it happens, kept for a set number of days. No user id is
 * written: askers and answers are named by a salted hash, the salt ({@code gaps.salt}) made once, at
 * random, the first time a record is written. Records older than the retention are dropped when the log
 * is opened and whenever {@link #dropExpired} runs (the bot runs it daily); {@link #purge} drops them at
 * once. Every write holds a lock shared with other processes (the command line beside a running bot),
 * and a rewrite goes through a temporary file moved into place, so no record is half-written or
 * brought back by a rewrite.
 */
public final class GapLog {
    public static final String FILE_NAME = "gaps.jsonl";
    public static final String SALT_FILE = "gaps.salt";
    private static final String LOCK_FILE = ".gaps.lock";
    /** Random bytes of salt: as many as the hash's output, so the salt is never the weak part. */
    private static final int SALT_BYTES = 32;
    /**
     * Hex digits kept of a hash: 64 bits, enough that two of a server's askers share one with a chance
     * of about one in 10^11 for a thousand askers (birthday bound), short enough to tell nothing more.
     */
    private static final int HASH_HEX = 16;
    private static final Logger LOG = LoggerFactory.getLogger(GapLog.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ConcurrentMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();

    private final Path dataDir;
    private final Path file;
    private final int days;
    private final Clock clock;
    private byte[] salt;

    private GapLog(Path dataDir, int days, Clock clock) {
        this.dataDir = dataDir;
        this.file = dataDir.resolve(FILE_NAME);
        this.days = days;
        this.clock = clock;
    }

    /**
     * Opens the log in {@code dataDir}, keeping records for {@code days} (0: none are kept, none are
     * written) and dropping older ones now. A folder that cannot be written (a read-only copy) is still
     * read; older records are then only left out when read.
     */
    public static GapLog open(Path dataDir, int days, Clock clock) {
        if (days < 0) {
            throw new IllegalArgumentException("days must be >= 0, was " + days);
        }
        GapLog log = new GapLog(dataDir, days, clock);
        try {
            int dropped = log.dropExpired();
            if (dropped > 0) {
                LOG.info("{}: dropped {} record(s) older than {} days", log.file, dropped, days);
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("{}: older records not dropped ({}); they are left out when read", log.file, e.toString());
        }
        return log;
    }

    /** How many days records are kept. */
    public int days() {
        return days;
    }

    public Path file() {
        return file;
    }

    /** True when records are written at all (a retention of 0 days writes none). */
    public boolean recording() {
        return days > 0;
    }

    /** Appends a record (nothing when the retention is 0 days). */
    public void record(GapRecord r) throws IOException {
        if (!recording()) {
            return;
        }
        String line = JSON.writeValueAsString(r);
        locked(() -> {
            LineFiles.append(file, line);
            return null;
        });
    }

    /**
     * A salted hash of an id (a user id, an answer id): the same id gives the same hash in this data
     * folder, and nothing else can be read from it. Makes the salt on first use.
     */
    public String pseudonym(String id) throws IOException {
        byte[] s = salt();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(s);
            sha.update(Objects.requireNonNull(id, "id").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest()).substring(0, HASH_HEX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private synchronized byte[] salt() throws IOException {
        if (salt == null) {
            salt = locked(() -> {
                Path f = dataDir.resolve(SALT_FILE);
                if (Files.exists(f)) {
                    return HexFormat.of().parseHex(Files.readString(f, StandardCharsets.US_ASCII).strip());
                }
                byte[] fresh = new byte[SALT_BYTES];
                new SecureRandom().nextBytes(fresh);
                LineFiles.replace(f, List.of(HexFormat.of().formatHex(fresh)));
                return fresh;
            });
        }
        return salt;
    }

    /**
     * The questions recorded in the last {@code withinDays} days (at most the retention), oldest first,
     * each once: the records of one answer (an abstention, then a 👎 on it) are one question with both
     * outcomes, and a 👎 changed to 👍 no longer counts.
     */
    public List<GapQuestion> read(int withinDays) throws IOException {
        Instant since = clock.instant().minus(Duration.ofDays(Math.min(withinDays, days)));
        Map<String, Merged> byAnswer = new LinkedHashMap<>();
        int unnamed = 0;
        for (GapRecord r : records()) {
            Instant t = time(r);
            if (t == null || t.isBefore(since) || r.question() == null || r.outcome() == null) {
                continue;
            }
            String key = r.answer() != null ? r.answer() : "unnamed-" + unnamed++;
            byAnswer.computeIfAbsent(key, k -> new Merged(r)).add(r);
        }
        List<GapQuestion> out = new ArrayList<>();
        for (Merged m : byAnswer.values()) {
            if (!m.outcomes.isEmpty()) {
                out.add(new GapQuestion(m.first.time(), m.first.server(), m.first.question(), List.copyOf(m.outcomes),
                        m.first.passage(), m.first.probability(), m.first.asker()));
            }
        }
        return out;
    }

    /** One answer's records joined: its outcomes, a 👎 counting while more were given than withdrawn. */
    private static final class Merged {
        final GapRecord first;
        final TreeSet<String> outcomes = new TreeSet<>();
        int downVotes;

        Merged(GapRecord first) {
            this.first = first;
        }

        void add(GapRecord r) {
            if (GapRecord.VOTED_DOWN.equals(r.outcome())) {
                downVotes++;
            } else if (GapRecord.VOTE_WITHDRAWN.equals(r.outcome())) {
                downVotes--;
            } else {
                outcomes.add(r.outcome());
            }
            if (downVotes > 0) {
                outcomes.add(GapRecord.VOTED_DOWN);
            } else {
                outcomes.remove(GapRecord.VOTED_DOWN);
            }
        }
    }

    /** Drops the records older than the retention (and lines that are not records); returns how many. */
    public int dropExpired() throws IOException {
        Instant since = clock.instant().minus(Duration.ofDays(days));
        return rewrite(r -> {
            Instant t = time(r);
            return t != null && !t.isBefore(since);
        });
    }

    /** Deletes every record; returns how many there were. */
    public int purge() throws IOException {
        return rewrite(r -> false);
    }

    /** Deletes the records of one server (null: of direct messages); returns how many there were. */
    public int purge(String server) throws IOException {
        return rewrite(r -> !Objects.equals(r.server(), server));
    }

    /** Keeps the records that pass {@code keep}, under the lock; returns how many lines were dropped. */
    private int rewrite(Predicate<GapRecord> keep) throws IOException {
        return locked(() -> {
            if (!Files.exists(file)) {
                return 0;
            }
            List<String> kept = new ArrayList<>();
            int dropped = 0;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                GapRecord r = parse(line);
                if (r != null && keep.test(r)) {
                    kept.add(line);
                } else if (!line.isBlank()) {
                    dropped++;
                }
            }
            if (dropped > 0) {
                if (kept.isEmpty()) {
                    Files.delete(file);
                } else {
                    LineFiles.replace(file, kept);
                }
            }
            return dropped;
        });
    }

    private List<GapRecord> records() throws IOException {
        List<GapRecord> out = new ArrayList<>();
        if (!Files.exists(file)) {
            return out;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                GapRecord r = parse(line);
                if (r != null) {
                    out.add(r);
                }
            }
        }
        return out;
    }

    /** A record, or null for a blank line, a line cut short by a crash, or one that is not ours. */
    private static GapRecord parse(String line) {
        if (line.isBlank()) {
            return null;
        }
        try {
            GapRecord r = JSON.readValue(line, GapRecord.class);
            return r != null && time(r) != null ? r : null;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static Instant time(GapRecord r) {
        try {
            return r.time() == null ? null : Instant.parse(r.time());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private interface Locked<T> {
        T run() throws IOException;
    }

    /** Runs {@code work} holding the log's lock, in this process and across processes. */
    private <T> T locked(Locked<T> work) throws IOException {
        Files.createDirectories(dataDir);
        Path lockFile = dataDir.resolve(LOCK_FILE);
        synchronized (IN_PROCESS.computeIfAbsent(lockFile.toAbsolutePath().normalize(), p -> new Object())) {
            try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
                FileLock lock = ch.lock();
                try {
                    return work.run();
                } finally {
                    lock.release();
                }
            }
        }
    }
}
