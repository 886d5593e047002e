package org.policybot.bot.conversation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.policybot.bot.files.LineFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the bot remembers of the answers it gave, so that a follow-up ("and ChatGPT users?") is
 * answered with the earlier question in view and a vote can be checked against a real answer, also
 * after a restart: which answer went to whom, in which server, after which questions, in which
 * messages and thread.
 *
 * <p>Kept in {@code conversations.jsonl} in the data folder as an append-only log, one JSON line per
 * delivered answer (a later line for the same answer replaces an earlier one). Bounded in count and
 * age: the oldest answers beyond {@code maxEntries} and those older than {@code maxAge} are forgotten
 * (in memory at once, in the file at the next compaction: at every start, and whenever the log holds
 * {@value #COMPACT_FACTOR} times more lines than {@code maxEntries}). A crash can cut only the last line short;
 * such a line is skipped when read, and the next line starts on a line of its own. Compaction writes
 * the remembered answers to a temporary file, forces it to disk and moves it over the log atomically.
 */
public final class ConversationMemory {
    public static final String FILE_NAME = "conversations.jsonl";
    /** How many earlier questions go along with a follow-up. */
    static final int MAX_CONTEXT = 4;
    private static final Logger LOG = LoggerFactory.getLogger(ConversationMemory.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The log is compacted once it holds this many times more lines than answers remembered. */
    private static final int COMPACT_FACTOR = 2;

    /**
     * One delivered answer.
     *
     * @param time       when it was delivered (ISO-8601 instant)
     * @param answerId   the engine's answer id (the one on its vote buttons)
     * @param userId     who asked
     * @param serverId   the server it was asked in, or null for a DM
     * @param questions  the questions of the conversation up to and including this one, at most {@value #MAX_CONTEXT}
     * @param messageIds the messages that carried the answer
     * @param threadId   the bot's thread it belongs to, or null
     * @param facts      what the answer rested on (for follow-ups about changed sections, and for a 👎)
     */
    public record Entry(String time, String answerId, String userId, String serverId, List<String> questions,
                        List<String> messageIds, String threadId, AnswerFacts facts) {
        public Entry {
            questions = List.copyOf(questions);
            messageIds = List.copyOf(messageIds);
            facts = facts == null ? AnswerFacts.NONE : facts;
        }

        /** The question this answer was for. */
        @JsonIgnore
        public String question() {
            return questions.isEmpty() ? "" : questions.get(questions.size() - 1);
        }
    }

    private final Path file;
    private final int maxEntries;
    private final Duration maxAge;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> answers = new LinkedHashMap<>();
    private final Map<String, Entry> byMessage = new HashMap<>();
    private final Map<String, Entry> byThread = new HashMap<>();
    private long lines;

    private ConversationMemory(Path file, int maxEntries, Duration maxAge, Clock clock) {
        this.file = file;
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    /** Opens (or starts) the memory in {@code dataDir}, forgetting what is beyond the bounds. */
    public static ConversationMemory open(Path dataDir, int maxEntries, Duration maxAge, Clock clock) throws IOException {
        if (maxEntries < 1 || maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("memory bounds must be positive: " + maxEntries + " entries, " + maxAge);
        }
        ConversationMemory memory = new ConversationMemory(dataDir.resolve(FILE_NAME), maxEntries, maxAge, clock);
        memory.load();
        return memory;
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        int unreadable = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lines++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    Entry e = JSON.readValue(line, Entry.class);
                    if (e.answerId() != null && e.time() != null) {
                        put(e);
                    }
                } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
                    unreadable++; // a line cut short by a crash, or not ours
                }
            }
        }
        if (unreadable > 0) {
            LOG.warn("{}: skipped {} line(s) that are not conversation records", file, unreadable);
        }
        forgetOld();
        if (lines > answers.size()) {
            compact(); // drop on disk what was forgotten, replaced or unreadable: bounded across restarts too
        }
    }

    /** True when {@code threadId} is a thread the bot answered in, remembered still. */
    public synchronized boolean isBotThread(String threadId) {
        return threadId != null && live(byThread.get(threadId)) != null;
    }

    /** True when {@code messageId} carried one of the bot's answers, remembered still. */
    public synchronized boolean isBotAnswer(String messageId) {
        return messageId != null && live(byMessage.get(messageId)) != null;
    }

    /** The answer with this id, while remembered. */
    public synchronized Optional<Entry> answer(String answerId) {
        return Optional.ofNullable(answerId == null ? null : live(answers.get(answerId)));
    }

    /**
     * The earlier questions for a message: those behind the bot answer it replies to if any, else those
     * of the bot thread it was posted in, else none.
     */
    public synchronized List<String> contextFor(String threadId, String repliedToMessageId) {
        return earlier(threadId, repliedToMessageId).map(Entry::questions).orElse(List.of());
    }

    /**
     * The earlier answer a message follows up: the bot answer it replies to if any, else the latest one in
     * the bot thread it was posted in.
     */
    public synchronized Optional<Entry> earlier(String threadId, String repliedToMessageId) {
        Entry e = repliedToMessageId == null ? null : live(byMessage.get(repliedToMessageId));
        if (e == null && threadId != null) {
            e = live(byThread.get(threadId));
        }
        return Optional.ofNullable(e);
    }

    /**
     * Records a delivered answer: the conversation so far ({@code context}, then {@code question}), its
     * messages, and the bot thread it belongs to when there is one. Recording the same answer again (its
     * messages once sent) replaces the first record.
     */
    synchronized void answered(String answerId, String userId, String serverId, List<String> context, String question,
                               List<String> messageIds, String botThreadId) {
        answered(answerId, userId, serverId, context, question, messageIds, botThreadId, AnswerFacts.NONE);
    }

    /** As {@link #answered(String, String, String, List, String, List, String)}, with what the answer rested on. */
    synchronized void answered(String answerId, String userId, String serverId, List<String> context, String question,
                               List<String> messageIds, String botThreadId, AnswerFacts facts) {
        List<String> chain = new ArrayList<>(context);
        chain.add(question);
        List<String> kept = chain.subList(Math.max(0, chain.size() - MAX_CONTEXT), chain.size());
        Entry entry = new Entry(clock.instant().toString(), answerId, userId, serverId, kept, messageIds, botThreadId,
                facts);
        put(entry);
        forgetOld();
        try {
            append(entry);
        } catch (IOException e) {
            // the answer was delivered; only its memory across a restart is lost
            LOG.error("could not write {}: {}", file, e.toString());
        }
    }

    /** How many answers are remembered. */
    public synchronized int size() {
        return answers.size();
    }

    public Path file() {
        return file;
    }

    private void put(Entry e) {
        Entry previous = answers.remove(e.answerId());
        if (previous != null) {
            unindex(previous);
        }
        answers.put(e.answerId(), e);
        for (String m : e.messageIds()) {
            byMessage.put(m, e);
        }
        if (e.threadId() != null) {
            byThread.put(e.threadId(), e);
        }
    }

    private void unindex(Entry e) {
        for (String m : e.messageIds()) {
            byMessage.remove(m, e);
        }
        if (e.threadId() != null) {
            byThread.remove(e.threadId(), e);
        }
    }

    /** Drops the oldest answers beyond the count and those past the age limit. */
    private void forgetOld() {
        Instant oldest = clock.instant().minus(maxAge);
        for (Iterator<Entry> it = answers.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (answers.size() > maxEntries || expired(e, oldest)) {
                it.remove();
                unindex(e);
            } else {
                break;
            }
        }
    }

    private Entry live(Entry e) {
        return e == null || expired(e, clock.instant().minus(maxAge)) ? null : e;
    }

    private static boolean expired(Entry e, Instant oldest) {
        try {
            return Instant.parse(e.time()).isBefore(oldest);
        } catch (java.time.format.DateTimeParseException x) {
            return true;
        }
    }

    private void append(Entry e) throws IOException {
        LineFiles.append(file, JSON.writeValueAsString(e));
        lines++;
        if (lines > (long) COMPACT_FACTOR * maxEntries) {
            compact();
        }
    }

    /** Rewrites the log with the remembered answers only: temp file, forced to disk, atomic move. */
    private void compact() throws IOException {
        List<String> out = new ArrayList<>(answers.size());
        for (Entry e : answers.values()) {
            out.add(JSON.writeValueAsString(e));
        }
        LineFiles.replace(file, out);
        LOG.debug("{} compacted from {} lines to {}", file, lines, out.size());
        lines = out.size();
    }
}
