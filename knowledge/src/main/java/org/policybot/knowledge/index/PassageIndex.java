package org.policybot.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
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
public final class PassageIndex implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(PassageIndex.class);
    private static final long REFRESH_INTERVAL_NANOS = 1_000_000_000L;
    private static final long LOCK_WAIT_MILLIS = 15_000;

    private final Path path;
    private final Directory directory;
    private final PassageCodec codec;
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
    }

    public static PassageIndex open(Path path, int dimensions) throws IOException {
        Files.createDirectories(path);
        PassageIndex index = new PassageIndex(path, FSDirectory.open(path), dimensions);
        index.openManagerIfCommitted();
        return index;
    }

    /** True once the index holds at least one commit (possibly of zero documents). */
    public boolean hasCommit() throws IOException {
        return DirectoryReader.indexExists(directory);
    }

    /** A point-in-time view; noticing other processes' commits at most once a second. */
    public Snapshot acquire() {
        try {
            SearcherManager m = manager;
            if (m == null) {
                m = openManagerIfCommitted();
                if (m == null) {
                    return new Snapshot(null, null, Manifest.EMPTY, codec);
                }
            }
            long now = System.nanoTime();
            if (now - lastRefresh > REFRESH_INTERVAL_NANOS) {
                lastRefresh = now;
                m.maybeRefresh();
            }
            IndexSearcher searcher = m.acquire();
            return new Snapshot(m, searcher, manifestOf(searcher), codec);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("opening the index at " + path, e);
        }
    }

    /**
     * One change to the index, run while this process holds the only IndexWriter (so no other
     * process can write meanwhile). It receives the manifest of the latest commit (not of a
     * possibly stale snapshot) and returns the manifest to commit with its changes.
     */
    public interface Change {
        Manifest apply(Manifest latest, IndexWriter writer) throws IOException;

        /** Runs after a successful commit, still under the write lock (e.g. to drop orphaned files). */
        default void afterCommit(Manifest committed) throws IOException {
        }
    }

    /**
     * Applies a change as one commit carrying the new manifest. On any failure the uncommitted work
     * is rolled back and the previous generation stays current.
     */
    public Manifest change(Change change) throws IOException {
        Manifest committed;
        writeLock.lock();
        try (IndexWriter writer = openWriter()) {
            try {
                Manifest latest = hasCommit()
                        ? Manifest.fromJson(SegmentInfos.readLatestCommit(directory).getUserData().get(Manifest.USER_DATA_KEY))
                        : Manifest.EMPTY;
                committed = change.apply(latest, writer);
                writer.setLiveCommitData(Map.of(Manifest.USER_DATA_KEY, committed.toJson()).entrySet());
                writer.commit();
            } catch (IOException | RuntimeException | Error e) {
                rollbackQuietly(writer, e);
                throw e;
            }
            change.afterCommit(committed);
        } finally {
            writeLock.unlock();
        }
        SearcherManager m = openManagerIfCommitted();
        if (m != null) {
            m.maybeRefreshBlocking();
        }
        return committed;
    }

    /** Encodes a passage with its sentence vectors for {@link #commit}. */
    public Document encode(org.policybot.knowledge.model.Passage passage, List<float[]> sentenceVectors) {
        return codec.encode(passage, sentenceVectors);
    }

    public Path path() {
        return path;
    }

    private IndexWriter openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(Terms.indexAnalyzer())
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
        long deadline = System.currentTimeMillis() + LOCK_WAIT_MILLIS;
        while (true) {
            try {
                return new IndexWriter(directory, config);
            } catch (LockObtainFailedException e) {
                if (System.currentTimeMillis() > deadline) {
                    throw new KnowledgeException("the knowledge base at " + path.getParent()
                            + " is being changed by another process; try again when it is done", e);
                }
                LOG.info("Index at {} is locked by another process; waiting", path);
                sleep(200);
                config = new IndexWriterConfig(Terms.indexAnalyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                        .setCommitOnClose(false);
            }
        }
    }

    private static void rollbackQuietly(IndexWriter writer, Throwable cause) {
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
        directory.close();
    }
}
