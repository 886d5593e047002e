package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.text.Terms;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of passages on disk. Readers see only committed generations through a
 * {@link SearcherManager}; every change is one commit carrying the new manifest, so a change that
 * fails or is killed halfway leaves the previous generation answering as before.
 *
 * <p>The IndexWriter is opened for a change and closed after it: only one writer per process
 * exists at a time, and another process (a CLI {@code kb add} beside a running bot) can write in
 * turn. The reader side notices commits from other processes within a second.
 */
public final class PassageIndex implements PassageStore {
    private static final Logger LOG = LoggerFactory.getLogger(PassageIndex.class);
    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;
    private static final long LOCK_WAIT_MILLIS = 15_000;
    private static final int SEGMENTS_PER_TIER = 4;
    private static final double FLOOR_SEGMENT_MB = 16;
    private static final double RAM_BUFFER_MB = 64;
    static final String SEQUENCE_KEY = "policybot.change";
    static final String RECORD_KEY = "policybot.record";
    /** The folder beside the index that holds the vocabulary's word vectors ({@link WordVectorStore}). */
    public static final String WORDS_DIR = "words";

    private final Path path;
    private final Directory directory;
    private final PassageCodec codec;
    private final WordVectorStore words;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile SearcherManager manager;
    private volatile long lastRefresh = System.nanoTime();
    private volatile ManifestCache manifestCache = new ManifestCache(-1, Manifest.EMPTY);

    private record ManifestCache(long generation, Manifest manifest) {
    }

    private PassageIndex(Path path, Directory directory, int dimensions) {
        this.path = path;
        this.directory = directory;
        this.codec = new PassageCodec(dimensions);
        this.words = WordVectorStore.open(path.resolveSibling(WORDS_DIR), dimensions);
    }

    public static PassageIndex open(Path path, int dimensions) throws IOException {
        Files.createDirectories(path);
        PassageIndex index = new PassageIndex(path, FSDirectory.open(path), dimensions);
        index.openManagerIfCommitted();
        return index;
    }

    @Override
    public boolean hasCommit() throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    /** A point-in-time view; noticing other processes' commits at most once a second. */
    @Override
    public Snapshot acquire() {
        try {
            SearcherManager m = manager;
            if (m == null) {
                m = openManagerIfCommitted();
                if (m == null) {
                    return new LuceneSnapshot(null, null, Manifest.EMPTY, codec, WordVectors.NONE);
                }
            }
            long now = System.nanoTime();
            if (now - lastRefresh > REFRESH_INTERVAL_NANOS) {
                lastRefresh = now;
                m.maybeRefresh();
                words.maybeRefresh();
            }
            IndexSearcher searcher = m.acquire();
            return new LuceneSnapshot(m, searcher, manifestOf(searcher), codec, words);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("opening the index at " + path, e);
        }
    }

    private static Committed committed(Map<String, String> userData) {
        String seq = userData.get(SEQUENCE_KEY);
        return new Committed(seq == null ? 0 : Long.parseLong(seq), Manifest.fromJson(userData.get(Manifest.USER_DATA_KEY)),
                userData.getOrDefault(RECORD_KEY, ""));
    }

    private static Map<String, String> userData(Committed committed) {
        return Map.of(Manifest.USER_DATA_KEY, committed.manifest().toJson(), SEQUENCE_KEY,
                Long.toString(committed.sequence()), RECORD_KEY, committed.record());
    }

    @Override
    public Committed latest() throws IOException {
        return hasCommit() ? committed(SegmentInfos.readLatestCommit(directory).getUserData()) : Committed.NONE;
    }

    /**
     * Applies a change as one commit carrying the new manifest. On any failure the uncommitted work
     * is rolled back and the previous generation stays current; a failure of the file system (disk
     * full, read-only folder) becomes a {@link ChangeFailedException} that says so.
     */
    @Override
    public Manifest change(Change change) throws IOException {
        Committed committed;
        writeLock.lock();
        try {
            IndexWriter writer = null;
            try {
                writer = openWriter();
                committed = commit(writer, change);
            } catch (IOException e) {
                rollbackQuietly(writer, e);
                cleanUpQuietly(writer, change);
                throw new ChangeFailedException(path.getParent(), e);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(writer, e);
                cleanUpQuietly(writer, change);
                throw e;
            }
            try {
                try {
                    CrashPoint.reached("after-commit");
                    change.afterCommit(committed);
                } catch (IOException | java.io.UncheckedIOException e) {
                    LOG.warn("Change {} is committed, but updating the files that follow it failed (retried at the"
                            + " next open): {}", committed.sequence(), e.toString());
                }
                try {
                    words.add(change.words());
                } catch (IOException | RuntimeException e) {
                    LOG.warn("Change {} is committed, but storing its words' vectors failed (they are embedded when"
                            + " an answer needs them): {}", committed.sequence(), e.toString());
                }
            } finally {
                closeCommitted(writer); // whatever follows the commit failed with, the write lock is let go
            }
        } finally {
            writeLock.unlock();
        }
        try {
            SearcherManager m = openManagerIfCommitted();
            if (m != null) {
                m.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            LOG.warn("Change {} is committed, but refreshing the readers failed: {}", committed.sequence(), e.toString());
        }
        return committed.manifest();
    }

    private Committed commit(IndexWriter writer, Change change) throws IOException {
        Committed previous = latest();
        CrashPoint.reached("apply");
        Manifest next = change.apply(previous.manifest(), new WriterWrites(writer, codec));
        Committed committed = new Committed(previous.sequence() + 1, next, change.record(previous));
        writer.setLiveCommitData(userData(committed).entrySet());
        CrashPoint.reached("before-commit");
        writer.prepareCommit();
        CrashPoint.reached("inside-commit");
        writer.commit();
        saveMerges(writer, committed);
        return committed;
    }

    /**
     * Commits the merges that the commit started (same manifest and record); the change itself is
     * already committed, so a failure here only leaves the segments unmerged until the next change.
     */
    private static void saveMerges(IndexWriter writer, Committed committed) {
        try {
            if (writer.hasUncommittedChanges()) {
                writer.commit();
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Change {} is committed; merging its segments failed: {}", committed.sequence(), e.toString());
        }
    }

    /**
     * After a rollback, frees what the failed change left on disk (a writer that hit a full disk may
     * leave its flushed files behind): opening a writer deletes files no commit refers to. Best
     * effort; whatever stays is deleted by the next change.
     */
    private void cleanUpQuietly(IndexWriter failed, Change change) {
        if (failed == null) {
            return;
        }
        try {
            IndexWriter writer = new IndexWriter(directory, writerConfig());
            try {
                change.afterRollback(latest().manifest());
            } finally {
                writer.rollback();
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cleaning up after a failed change in {} failed: {}", path, e.toString());
        }
    }

    /** Closes a writer whose work is committed; a failure to close changes nothing and is only logged. */
    private static void closeCommitted(IndexWriter writer) {
        try {
            writer.close();
        } catch (IOException | RuntimeException e) {
            LOG.warn("Closing the index writer after a commit failed: {}", e.toString());
        }
    }

    /**
     * Reads the latest commit on disk, whoever made it. Inside a {@link Change} (this process holds the
     * only writer) that is exactly the commit the change builds on, whatever the readers have seen.
     */
    @Override
    public <T> T readLatest(Function<Snapshot, T> read) throws IOException {
        if (!hasCommit()) {
            return read.apply(new LuceneSnapshot(null, null, Manifest.EMPTY, codec, WordVectors.NONE));
        }
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            Manifest manifest = Manifest.fromJson(reader.getIndexCommit().getUserData().get(Manifest.USER_DATA_KEY));
            return read.apply(new LuceneSnapshot(null, new IndexSearcher(reader), manifest, codec, words));
        }
    }

    /** A change's writes on the one IndexWriter: a document's passages go by its {@link Fields#DOC} term. */
    record WriterWrites(IndexWriter writer, PassageCodec codec) implements Writes {
        @Override
        public void replace(String docId, List<PreparedPassage> passages) throws IOException {
            writer.deleteDocuments(new Term(Fields.DOC, docId));
            List<Document> docs = new ArrayList<>(passages.size());
            for (PreparedPassage p : passages) {
                docs.add(codec.encode(p.passage(), p.sentenceVectors()));
            }
            writer.addDocuments(docs);
        }

        @Override
        public void delete(String docId) throws IOException {
            writer.deleteDocuments(new Term(Fields.DOC, docId));
        }

        @Override
        public void deleteAll() throws IOException {
            writer.deleteAll();
        }

        /** Merges away deleted documents within this commit, so they no longer count in BM25's statistics. */
        @Override
        public void dropReplaced() throws IOException {
            writer.forceMergeDeletes(true);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public WordVectors words() {
        return words;
    }

    private IndexWriter openWriter() throws IOException {
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try {
                return new IndexWriter(directory, writerConfig());
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new KnowledgeException("the knowledge base at " + path.getParent()
                            + " is being changed by another process; try again when it is done", e);
                }
                LOG.info("Index at {} is locked by another process; waiting", path);
                sleep(200);
            }
        }
    }

    /**
     * Merges run in the committing thread and are committed with the change ({@link #commit}): the
     * writer is closed right after each change, which would abort background merges, and an index
     * left in many small segments answers up to twice as slowly (every term lookup and every vector
     * search runs once per segment).
     */
    private static IndexWriterConfig writerConfig() {
        TieredMergePolicy merges = new TieredMergePolicy();
        merges.setSegmentsPerTier(SEGMENTS_PER_TIER);
        merges.setFloorSegmentMB(FLOOR_SEGMENT_MB);
        // a rollback's dropReplaced must merge away every deleted passage, not only those of segments
        // more than 10% deleted (the policy's default), or BM25 still counts the replaced version
        merges.setForceMergeDeletesPctAllowed(0);
        return new IndexWriterConfig(Terms.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setMergePolicy(merges)
                .setMergeScheduler(new SerialMergeScheduler());
    }

    private static void rollbackQuietly(IndexWriter writer, Throwable cause) {
        if (writer == null) {
            return;
        }
        try {
            writer.rollback();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private synchronized SearcherManager openManagerIfCommitted() throws IOException {
        if (manager == null && DirectoryReader.indexExists(directory)) {
            manager = new SearcherManager(directory, new SearcherFactory());
        }
        return manager;
    }

    private Manifest manifestOf(IndexSearcher searcher) throws IOException {
        DirectoryReader reader = (DirectoryReader) searcher.getIndexReader();
        long generation = reader.getIndexCommit().getGeneration();
        ManifestCache cached = manifestCache;
        if (cached.generation() == generation) {
            return cached.manifest();
        }
        Manifest manifest = Manifest.fromJson(reader.getIndexCommit().getUserData().get(Manifest.USER_DATA_KEY));
        manifestCache = new ManifestCache(generation, manifest);
        return manifest;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KnowledgeException("interrupted while waiting for the index lock", e);
        }
    }

    @Override
    public void close() throws IOException {
        SearcherManager m = manager;
        if (m != null) {
            m.close();
        }
        words.close();
        directory.close();
    }
}
