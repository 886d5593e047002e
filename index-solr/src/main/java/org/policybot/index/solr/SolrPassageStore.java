package org.policybot.index.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.UpdateRequest;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.SolrInputDocument;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.index.ChangeFailedException;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.PassageStore;
import org.policybot.knowledge.index.PreparedPassage;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.WordVectorStore;
import org.policybot.knowledge.index.WordVectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scope's passages in the collection. A change is made visible by one write, the scope's
 * {@link Pointer}:
 * <ol>
 * <li>the pointer is read (real-time get, so uncommitted writes count) with its {@code _version_};</li>
 * <li>the new versions' passages are added under ids no reader's filter names (a fresh stage token),
 * and committed;</li>
 * <li>the pointer is replaced on the condition that its {@code _version_} is still the one read
 * (optimistic concurrency: of two processes changing a scope at once, one wins, the other's staged
 * passages are deleted and it is told to try again), and committed;</li>
 * <li>versions the change superseded are listed in the pointer as retired, and deleted by a later change
 * once no snapshot of this process can read them and the grace period for other processes is over.</li>
 * </ol>
 * A reader reads the pointer once and filters every query by its live versions, so what it sees is the
 * state before or after a change, never a mix. A failed change leaves the pointer as it was and deletes
 * what it staged (best effort: a node that stays away keeps them, invisible, until deleted by hand,
 * see README).
 */
final class SolrPassageStore implements PassageStore {
    private static final Logger LOG = LoggerFactory.getLogger(SolrPassageStore.class);
    /** How often a reader looks for other processes' commits: as often as the embedded index does. */
    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;
    /** Passages sent per update request while staging (a request of about 1 MB with their vectors). */
    private static final int BATCH = 200;
    /** Orders a change's passages after every earlier change's (ties in BM25 go to the older one, as in Lucene). */
    private static final long ORDS_PER_CHANGE = 1_000_000L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SolrBackend backend;
    private final CloudSolrClient client;
    private final String collection;
    private final String key;
    private final Path dir;
    private final int dimensions;
    private final WordVectorStore words;
    private final ReentrantLock writeLock = new ReentrantLock();
    /** Open snapshots of this process by the sequence they read: their versions are not swept. */
    private final TreeMap<Long, Integer> open = new TreeMap<>();
    /**
     * The pointer read last and when: one value, and never replaced by an older sequence (a read that
     * began before a change must not hide the change from this process afterwards).
     */
    private final AtomicReference<Cached> cached = new AtomicReference<>(new Cached(null, 0));

    private record Cached(Pointer pointer, long at) {
        boolean freshAt(long now) {
            return pointer != null && now - at <= REFRESH_INTERVAL_NANOS;
        }
    }

    SolrPassageStore(SolrBackend backend, String key, Path dir, int dimensions) {
        this.backend = backend;
        this.client = backend.client();
        this.collection = backend.settings().collection();
        this.key = key;
        this.dir = dir;
        this.dimensions = dimensions;
        this.words = WordVectorStore.open(dir.resolve("words"), dimensions);
    }

    String key() {
        return key;
    }

    @Override
    public boolean hasCommit() throws IOException {
        return readPointer().exists();
    }

    @Override
    public Committed latest() throws IOException {
        return readPointer().committed();
    }

    /**
     * The pointer is chosen and the snapshot registered under the lock a change's sweep takes, so a
     * sweep never deletes a version that a snapshot being taken is about to read.
     */
    @Override
    public Snapshot acquire() {
        synchronized (open) {
            Cached c = cached.get();
            Pointer p = c.pointer();
            if (!c.freshAt(System.nanoTime())) {
                try {
                    p = readPointer();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                words.maybeRefresh();
            }
            return snapshot(p, words);
        }
    }

    @Override
    public <T> T readLatest(Function<Snapshot, T> read) throws IOException {
        try (Snapshot s = snapshot(readPointer(), words)) {
            return read.apply(s);
        }
    }

    private Snapshot snapshot(Pointer p, WordVectors w) {
        long sequence = p.sequence();
        synchronized (open) {
            open.merge(sequence, 1, Integer::sum);
        }
        return new SolrSnapshot(backend, new SolrSnapshot.View(key, sequence, p.stage(), List.copyOf(p.live().values())),
                p.committed().manifest(), w, dimensions, () -> {
                    synchronized (open) {
                        open.computeIfPresent(sequence, (s, n) -> n == 1 ? null : n - 1);
                    }
                });
    }

    private long oldestOpenSequence() {
        synchronized (open) {
            return open.isEmpty() ? Long.MAX_VALUE : open.firstKey();
        }
    }

    /**
     * The pointer as Solr holds it now, committed or not (real-time get, from the shard leader: the
     * replica that takes every write first).
     */
    private Pointer readPointer() throws IOException {
        ModifiableSolrParams params = new ModifiableSolrParams();
        params.set("fl", "*," + Pointer.VERSION);
        params.set("shards.preference", "replica.leader:true");
        try {
            SolrDocument d = client.getById(collection, PassageDocs.pointerId(key), params);
            Pointer p = d == null ? Pointer.NONE : Pointer.decode(d);
            Cached read = new Cached(p, System.nanoTime());
            cached.accumulateAndGet(read, (old, now) -> old.pointer() != null
                    && old.pointer().sequence() > now.pointer().sequence() ? old : now);
            return p;
        } catch (SolrServerException | SolrException e) {
            throw new IOException("cannot read the knowledge base from the SolrCloud collection " + collection + ": "
                    + reason(e), e);
        }
    }

    @Override
    public Manifest change(Change change) throws IOException {
        Committed committed;
        writeLock.lock();
        try {
            Pointer before = readPointer();
            String stage = (before.sequence() + 1) + "." + HexFormat.of().formatHex(randomBytes());
            Staging writes = new Staging(stage, before);
            try {
                Manifest next = change.apply(before.committed().manifest(), writes);
                writes.flush();
                if (writes.staged > 0) {
                    client.commit(collection, true, true);
                }
                committed = new Committed(before.sequence() + 1, next, change.record(before.committed()));
                flip(before, committed, writes.live, stage);
            } catch (OutcomeUnknownException e) {
                // the staged passages may be live now: nothing is deleted, the member is told to look
                throw new KnowledgeException("the SolrCloud collection " + collection + " did not say whether change "
                        + (before.sequence() + 1) + " of " + key + " was made (" + reason(e) + "); check with kb list"
                        + " before trying again", e);
            } catch (IOException e) {
                discard(stage, writes.touched, change);
                throw new ChangeFailedException(dir, e);
            } catch (SolrServerException | SolrException e) {
                discard(stage, writes.touched, change);
                throw new ChangeFailedException(dir, new IOException("the SolrCloud collection " + collection
                        + " did not take it (" + reason(e) + ")", e));
            } catch (RuntimeException | Error e) {
                discard(stage, writes.touched, change);
                throw e;
            }
            try {
                change.afterCommit(committed);
            } catch (IOException | UncheckedIOException e) {
                LOG.warn("Change {} of {} is committed, but updating the files that follow it failed (retried at the"
                        + " next open): {}", committed.sequence(), key, e.toString());
            }
            try {
                words.add(change.words());
            } catch (IOException | RuntimeException e) {
                LOG.warn("Change {} of {} is committed, but storing its words' vectors failed (they are embedded when"
                        + " an answer needs them): {}", committed.sequence(), key, e.toString());
            }
        } finally {
            writeLock.unlock();
        }
        cached.updateAndGet(c -> new Cached(c.pointer(), 0)); // the next snapshot reads the new pointer
        return committed.manifest();
    }

    private static byte[] randomBytes() {
        byte[] b = new byte[6];
        RANDOM.nextBytes(b);
        return b;
    }

    /**
     * Replaces the pointer if nobody else did since {@code before} was read, then deletes retired
     * versions no reader needs any more. Any failure of the pointer write (a conflict too: a reply lost
     * on the way makes the client send the write again, which then conflicts with itself) is settled by
     * reading the pointer again from the leader: it names this change's stage (made), another stage
     * (another process won: not made), or cannot be read ({@link OutcomeUnknownException}).
     */
    private void flip(Pointer before, Committed committed, Map<String, String> live, String stage)
            throws IOException, SolrServerException {
        long now = System.currentTimeMillis();
        long graceMillis = backend.settings().grace().toMillis();
        // a snapshot not yet registered reads the cached pointer, never older than before
        long oldestOpen = Math.min(oldestOpenSequence(), before.sequence());
        List<Pointer.Retired> keep = new ArrayList<>();
        List<String> sweep = new ArrayList<>();
        for (Pointer.Retired r : before.retired()) {
            if (now - r.at() >= graceMillis && r.sequence() <= oldestOpen) {
                sweep.add(r.dv());
            } else {
                keep.add(r);
            }
        }
        Set<String> stillLive = new HashSet<>(live.values());
        for (String dv : before.live().values()) {
            if (!stillLive.contains(dv)) {
                keep.add(new Pointer.Retired(dv, committed.sequence(), now));
            }
        }
        SolrInputDocument pointer = before.encode(key, committed, live, keep, stage);
        UpdateRequest request = new UpdateRequest();
        request.add(pointer);
        try {
            request.process(client, collection);
        } catch (SolrException | SolrServerException | IOException e) {
            Pointer after = readPointerQuietly();
            if (after == null) {
                throw new OutcomeUnknownException(e);
            }
            if (!stage.equals(after.stage())) {
                if (isConflict(e)) {
                    throw new KnowledgeException("the knowledge base (" + key + ") was changed by another process at"
                            + " the same time; this change was not made: try again", e);
                }
                throw e;
            }
            LOG.warn("Change {} of {}: the pointer write reported {} but took effect", committed.sequence(), key,
                    e.toString());
        }
        try {
            client.commit(collection, true, true);
        } catch (SolrException | SolrServerException | IOException e) {
            // the pointer is in the update log: real-time get (how readers read it) already serves it
            LOG.warn("Change {} of {} is made; committing the pointer failed (the next commit saves it): {}",
                    committed.sequence(), key, reason(e));
        }
        sweep(committed.sequence(), sweep);
    }

    /**
     * Deletes retired versions (a request of its own, after the pointer that stopped listing them); a
     * failure leaves them invisible in the collection and says which (README, "Limits").
     */
    private void sweep(long sequence, List<String> dvs) {
        if (dvs.isEmpty()) {
            return;
        }
        try {
            // values written into the query, as a delete-by-query reaches the other shards without the
            // request's parameters; document ids hold no comma (DocIds)
            client.deleteByQuery(collection, "{!terms f=" + PassageDocs.DV + "}" + String.join(",", dvs));
            LOG.debug("Change {} of {} deleted {} retired document version(s)", sequence, key, dvs.size());
        } catch (SolrException | SolrServerException | IOException e) {
            LOG.warn("Change {} of {} is made; deleting retired versions {} failed, they stay invisible in {}: {}",
                    sequence, key, dvs, collection, reason(e));
        }
    }

    /** The pointer write failed and the pointer could not be read again: the change may or may not be made. */
    private static final class OutcomeUnknownException extends IOException {
        private static final long serialVersionUID = 1L;

        OutcomeUnknownException(Throwable cause) {
            super(reason(cause), cause);
        }
    }

    private Pointer readPointerQuietly() {
        try {
            return readPointer();
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SolrException s && s.code() == SolrException.ErrorCode.CONFLICT.code) {
                return true;
            }
            if (t.getMessage() != null && t.getMessage().contains("version conflict")) {
                return true;
            }
        }
        return false;
    }

    /** Deletes what a failed change staged (invisible anyway), then lets the change clean up its files. */
    private void discard(String stage, boolean staged, Change change) {
        if (staged) {
            try {
                // passages only: the pointer carries the stage of the change that made it. The values are
                // written into the query (a delete-by-query reaches the other shards without the request's
                // parameters); a stage is this process's own token of digits, a dot and hex digits.
                client.deleteByQuery(collection, "+" + PassageDocs.KIND + ":" + PassageDocs.PASSAGE + " +"
                        + PassageDocs.STAGE + ":\"" + stage + "\"");
                client.commit(collection, true, true);
            } catch (SolrServerException | IOException | SolrException e) {
                LOG.warn("A failed change of {} may have left invisible passages of stage {} in {}: {}", key, stage,
                        collection, reason(e));
            }
        }
        try {
            change.afterRollback(readPointer().committed().manifest());
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cleaning up after a failed change of {} failed: {}", key, e.toString());
        }
    }

    /** A short reason for people, one line. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (root != e && root.getMessage() != null && !m.contains(root.getMessage())) {
            m = m + " (" + root.getMessage() + ")";
        }
        return m.replaceAll("\\s+", " ").strip();
    }

    /** The writes of one change: new versions staged in Solr, the live map changed in memory. */
    private final class Staging implements Writes {
        private final String stage;
        private final Map<String, String> live;
        private final List<SolrInputDocument> pending = new ArrayList<>();
        private final long firstOrd;
        private int staged;
        private boolean touched;

        Staging(String stage, Pointer before) {
            this.stage = stage;
            this.live = new LinkedHashMap<>(before.live());
            this.firstOrd = (before.sequence() + 1) * ORDS_PER_CHANGE;
        }

        @Override
        public void replace(String docId, List<PreparedPassage> passages) throws IOException {
            for (PreparedPassage p : passages) {
                pending.add(PassageDocs.encode(key, docId, stage, firstOrd + staged + pending.size(), p, dimensions));
                if (pending.size() >= BATCH) {
                    flush();
                }
            }
            live.put(docId, PassageDocs.dv(key, docId, stage));
        }

        @Override
        public void delete(String docId) {
            live.remove(docId);
        }

        @Override
        public void deleteAll() {
            live.clear();
        }

        /**
         * Nothing to do: BM25 is scored with statistics of the live versions a snapshot reads
         * ({@link SolrSnapshot#lexical}), so replaced passages never count, deleted or not.
         */
        @Override
        public void dropReplaced() {
        }

        void flush() throws IOException {
            if (pending.isEmpty()) {
                return;
            }
            touched = true;
            try {
                client.add(collection, pending);
            } catch (SolrServerException | SolrException e) {
                throw new IOException("the SolrCloud collection " + collection + " did not take the passages ("
                        + reason(e) + ")", e);
            }
            staged += pending.size();
            pending.clear();
        }
    }

    @Override
    public WordVectors words() {
        return words;
    }

    @Override
    public void close() throws IOException {
        words.close();
    }
}
