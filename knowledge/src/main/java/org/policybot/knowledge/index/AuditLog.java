package org.policybot.knowledge.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Append-only record of every change to one scope's documents, one JSON object a line:
 * {@code {"time","actor","action","server","doc","sha256","passages","version","change"}}, where
 * {@code server} is null for the shared documents, {@code version} the document version made (absent for
 * a change to every document) and {@code change} is the sequence number of the index commit that made it. The entries also travel inside that commit, and
 * {@link #appendIfNew} writes a commit's entries only when the log does not have them yet: a process
 * killed between its commit and its audit line leaves the line to be written at the next open. A commit
 * also carries the entries of earlier commits the log never got ({@link #withUnlogged}: a write that failed
 * while the process went on), so no change drops out of the log when a later one is written.
 */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<Entry>> ENTRIES = new TypeReference<>() {
    };
    private static final int TAIL_BYTES = 64 * 1024;
    private final Path file;

    /**
     * One audited change to one document ({@code doc} is "*" for a reindex, or for removing all of a
     * server's documents); {@code server} is the server whose documents changed, null for the shared ones;
     * {@code version} the document version the change made (or removed), 0 for a change to every document;
     * {@code change} the commit that made it when a later commit carries it, else 0 (the commit carrying it).
     */
    public record Entry(String time, String actor, String action, String server, String doc, String sha256,
                        int passages, int version, long change) {
        /** The commit that made this entry, where it travels in commit {@code carrier}. */
        long changeIn(long carrier) {
            return change > 0 ? change : carrier;
        }
    }

    public AuditLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** The entries as JSON, to travel in a commit. */
    public static String toJson(List<Entry> entries) {
        try {
            return JSON.writeValueAsString(entries);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entries are plain records", e);
        }
    }

    /** Entries read back from {@link #toJson}; none for a blank or unreadable record. */
    public static List<Entry> fromJson(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            return JSON.readValue(json, ENTRIES);
        } catch (JsonProcessingException e) {
            return List.of();
        }
    }

    /**
     * The entries for the commit after {@code previous}: those of {@code previous} (its own and any it carries)
     * that the log does not have, each with the commit that made it, then {@code entries}. Asked under the
     * index's writer, so no other commit comes between. A log that cannot be read does not stop the change.
     */
    public synchronized List<Entry> withUnlogged(PassageStore.Committed previous, List<Entry> entries) {
        long logged;
        try {
            logged = lastChange();
        } catch (IOException e) {
            logged = 0; // all carried: appendIfNew writes only what the log turns out not to have
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : fromJson(previous.record())) {
            long made = e.changeIn(previous.sequence());
            if (made > logged) {
                out.add(new Entry(e.time(), e.actor(), e.action(), e.server(), e.doc(), e.sha256(), e.passages(),
                        e.version(), made));
            }
        }
        out.addAll(entries);
        return out;
    }

    /**
     * Appends the entries commit {@code change} carries that the log does not have yet (it ends before
     * the commit that made them). Callers hold {@link CommitMirrors}' lock, so that two processes never
     * write the same commit twice.
     */
    synchronized boolean appendIfNew(long change, List<Entry> entries) throws IOException {
        long logged = lastChange();
        List<Entry> missing = entries.stream().filter(e -> e.changeIn(change) > logged).toList();
        if (missing.isEmpty()) {
            return false;
        }
        StringBuilder lines = new StringBuilder();
        for (Entry e : missing) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("time", e.time());
            line.put("actor", e.actor());
            line.put("action", e.action());
            line.put("server", e.server());
            line.put("doc", e.doc());
            line.put("sha256", e.sha256());
            line.put("passages", e.passages());
            if (e.version() > 0) {
                line.put("version", e.version());
            }
            line.put("change", e.changeIn(change));
            lines.append(JSON.writeValueAsString(line)).append('\n');
        }
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE)) {
            if (!endsWithNewline(ch)) {
                lines.insert(0, '\n');
            }
            ch.position(ch.size());
            ByteBuffer buf = ByteBuffer.wrap(lines.toString().getBytes(StandardCharsets.UTF_8));
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(false);
        }
        return true;
    }

    /** False when a write was cut short, so that the next line starts on a line of its own. */
    private static boolean endsWithNewline(FileChannel ch) throws IOException {
        long size = ch.size();
        if (size == 0) {
            return true;
        }
        ByteBuffer last = ByteBuffer.allocate(1);
        ch.read(last, size - 1);
        return last.get(0) == '\n';
    }

    /** The commit sequence number of the last complete line, or 0 when there is none. */
    long lastChange() throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        List<String> lines = new ArrayList<>();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = ch.size();
            int n = (int) Math.min(size, TAIL_BYTES);
            ByteBuffer buf = ByteBuffer.allocate(n);
            ch.position(size - n);
            while (buf.hasRemaining() && ch.read(buf) >= 0) {
                // read the tail
            }
            lines.addAll(List.of(new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8).split("\n")));
        }
        for (int i = lines.size() - 1; i >= 0; i--) {
            try {
                JsonNode node = JSON.readTree(lines.get(i));
                if (node != null && node.isObject()) {
                    return node.path("change").asLong(0);
                }
            } catch (JsonProcessingException e) {
                // a torn or partial line: look at the one before
            }
        }
        return 0;
    }
}
