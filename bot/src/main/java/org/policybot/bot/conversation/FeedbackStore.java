package org.policybot.bot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.bot.files.LineFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Votes on answers, kept in {@code feedback.jsonl} in the data folder as an append-only log: every
 * vote is one JSON line added at the end, and a user's later vote on the same answer simply follows
 * the earlier one; readers take the latest line per (user, answer). Nothing is rewritten while the
 * bot runs, so a crash can only cut the last line short (skipped when read; the next line starts on a
 * line of its own).
 *
 * <p>Memory stays bounded: only the most recent {@value #RECENT_VOTES} (user, answer) pairs are held,
 * to tell a new vote from a changed or repeated one. When the file has grown past
 * {@link #DEFAULT_COMPACT_ABOVE_BYTES} it is compacted on open: rewritten with the latest vote per
 * (user, answer), through a temporary file forced to disk and moved over the log atomically. Lines it
 * cannot read are kept as they are.
 */
public final class FeedbackStore {
    public static final String FILE_NAME = "feedback.jsonl";
    /**
     * A log this large is compacted on open: about twenty thousand votes of some 200 bytes, which a
     * start-up reads in well under a second.
     */
    public static final long DEFAULT_COMPACT_ABOVE_BYTES = 4L * 1024 * 1024;
    /** Recent (user, answer) pairs remembered to tell a changed or repeated vote from a new one. */
    static final int RECENT_VOTES = 50_000;
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final Cache<String, String> recent = Caffeine.newBuilder().maximumSize(RECENT_VOTES).build();

    private FeedbackStore(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the feedback log in {@code dataDir}, compacting it when it is large. */
    public static FeedbackStore open(Path dataDir) throws IOException {
        return open(dataDir, DEFAULT_COMPACT_ABOVE_BYTES);
    }

    /** As {@link #open(Path)}, compacting above {@code compactAboveBytes}. */
    static FeedbackStore open(Path dataDir, long compactAboveBytes) throws IOException {
        FeedbackStore store = new FeedbackStore(dataDir.resolve(FILE_NAME));
        if (Files.exists(store.file)) {
            if (Files.size(store.file) > compactAboveBytes) {
                store.compact();
            }
            store.read(e -> store.recent.put(e.key(), e.vote()), line -> {
            });
        }
        return store;
    }

    /** What a click did. */
    public enum Outcome { RECORDED, CHANGED, UNCHANGED }

    /** Records a user's vote on an answer; a later vote by the same user on the same answer replaces the earlier one. */
    public synchronized Outcome record(String userId, String answerId, String question, Vote vote, Instant time) {
        FeedbackEntry entry = new FeedbackEntry(time.toString(), userId, answerId, question, vote.wire());
        String previous = recent.getIfPresent(entry.key());
        if (entry.vote().equals(previous)) {
            return Outcome.UNCHANGED;
        }
        try {
            LineFiles.append(file, JSON.writeValueAsString(entry));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        recent.put(entry.key(), entry.vote());
        return previous == null ? Outcome.RECORDED : Outcome.CHANGED;
    }

    /** The current votes as read from the log: the latest per (user, answer), in order of their first vote. */
    public synchronized List<FeedbackEntry> votes() {
        Map<String, FeedbackEntry> latest = new LinkedHashMap<>();
        try {
            read(e -> latest.put(e.key(), e), line -> {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return List.copyOf(latest.values());
    }

    public Path file() {
        return file;
    }

    /** Rewrites the log with the latest vote per (user, answer), keeping unreadable lines first. */
    private void compact() throws IOException {
        Map<String, FeedbackEntry> latest = new LinkedHashMap<>();
        List<String> unreadable = new ArrayList<>();
        long[] lines = new long[1];
        read(e -> {
            latest.put(e.key(), e);
            lines[0]++;
        }, line -> {
            unreadable.add(line);
            lines[0]++;
        });
        List<String> out = new ArrayList<>(unreadable);
        for (FeedbackEntry e : latest.values()) {
            out.add(JSON.writeValueAsString(e));
        }
        LineFiles.replace(file, out);
        LOG.info("{} compacted from {} lines to {}", file, lines[0], out.size());
    }

    private interface Sink<T> {
        void accept(T value) throws IOException;
    }

    private void read(Sink<FeedbackEntry> votes, Sink<String> unreadable) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int n = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                FeedbackEntry e;
                try {
                    e = JSON.readValue(line, FeedbackEntry.class);
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException x) {
                    LOG.debug("{} line {}: not a feedback record; kept as is", file, n);
                    unreadable.accept(line);
                    continue;
                }
                votes.accept(e);
            }
        }
    }
}
