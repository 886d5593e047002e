package org.policybot.bot.conversation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Votes on answers, kept in {@code feedback.jsonl} in the data folder: one JSON line per (user, answer),
 * holding that user's latest vote. A changed vote rewrites the file atomically (temp file + move), so
 * the file never holds a half-written or outdated line. Lines it cannot read are kept as they are.
 */
public final class FeedbackStore {
    public static final String FILE_NAME = "feedback.jsonl";
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackStore.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final List<String> unreadable = new ArrayList<>();
    private final Map<String, FeedbackEntry> votes = new LinkedHashMap<>();

    private FeedbackStore(Path file) {
        this.file = file;
    }

    /** Opens (or starts) the feedback file in {@code dataDir}. */
    public static FeedbackStore open(Path dataDir) throws IOException {
        FeedbackStore store = new FeedbackStore(dataDir.resolve(FILE_NAME));
        if (Files.exists(store.file)) {
            List<String> lines = Files.readAllLines(store.file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    FeedbackEntry e = JSON.readValue(line, FeedbackEntry.class);
                    store.votes.remove(e.key());
                    store.votes.put(e.key(), e);
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    LOG.warn("{} line {}: not a feedback record; kept as is", store.file, i + 1);
                    store.unreadable.add(line);
                }
            }
        }
        return store;
    }

    /** What a click did. */
    public enum Outcome { RECORDED, CHANGED, UNCHANGED }

    /** Records a user's vote on an answer; a second vote by the same user on the same answer replaces the first. */
    public synchronized Outcome record(String userId, String answerId, String question, Vote vote, Instant time) {
        FeedbackEntry entry = new FeedbackEntry(time.toString(), userId, answerId, question, vote.wire());
        FeedbackEntry previous = votes.get(entry.key());
        if (previous != null && previous.vote().equals(entry.vote())) {
            return Outcome.UNCHANGED;
        }
        votes.remove(entry.key());
        votes.put(entry.key(), entry);
        try {
            write();
        } catch (IOException e) {
            if (previous == null) {
                votes.remove(entry.key());
            } else {
                votes.put(entry.key(), previous);
            }
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return previous == null ? Outcome.RECORDED : Outcome.CHANGED;
    }

    /** The current votes, one per (user, answer), oldest first. */
    public synchronized List<FeedbackEntry> votes() {
        return List.copyOf(votes.values());
    }

    public Path file() {
        return file;
    }

    private void write() throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder sb = new StringBuilder();
        for (String line : unreadable) {
            sb.append(line).append('\n');
        }
        for (FeedbackEntry e : votes.values()) {
            sb.append(JSON.writeValueAsString(e)).append('\n');
        }
        Path tmp = Files.createTempFile(file.getParent(), FILE_NAME, ".tmp");
        try {
            Files.writeString(tmp, sb, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
