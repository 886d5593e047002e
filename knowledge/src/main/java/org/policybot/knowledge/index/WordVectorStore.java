package org.policybot.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderManager;
import org.apache.lucene.index.SerialMergeScheduler;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The word embeddings of one library's vocabulary (the content words of its passages, which
 * same-meaning matching compares a question's words with), kept in {@code words/} beside the
 * passage index: one Lucene document a word, the word indexed, its vector as binary doc values
 * (float32, little-endian). They are embedded when documents are added, so that answering never waits
 * for the model to embed a document's words: the first answer of a process would otherwise embed a
 * few hundred words (0.5 to 1 s of a cold start on this machine).
 *
 * <p>A word's vector depends on the word alone, so the store is a cache that only grows: it is written
 * after the passage commit that brought its words (under the same writer lock), and may lag behind
 * the index (a process killed between the two commits, a folder made before the store existed) or
 * hold words of removed documents. A word it lacks is embedded by whoever asks for it;
 * {@code kb reindex} fills it up. Thread-safe.
 */
public final class WordVectorStore implements WordVectors, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(WordVectorStore.class);
    static final String WORD = "word";
    static final String VECTOR = "vector";
    private static final double RAM_BUFFER_MB = 32;

    private final Path path;
    private final int dimensions;
    private Directory directory;
    private ReaderManager manager;

    private WordVectorStore(Path path, int dimensions) {
        this.path = path;
        this.dimensions = dimensions;
    }

    /** The store in {@code path}; the folder is made by the first {@link #add}, not here. */
    public static WordVectorStore open(Path path, int dimensions) {
        return new WordVectorStore(path, dimensions);
    }

    @Override
    public Map<String, float[]> find(Collection<String> words) {
        Map<String, float[]> out = new HashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        try {
            ReaderManager m = manager();
            if (m == null) {
                return out;
            }
            DirectoryReader reader = m.acquire();
            try {
                for (LeafReaderContext leaf : reader.leaves()) {
                    find(leaf, words, out);
                }
            } finally {
                m.release(reader);
            }
        } catch (IOException | UncheckedIOException e) {
            // only a cache: an unreadable store costs embedding the words again, never an answer or an add
            LOG.warn("Word vectors in {} could not be read; the words are embedded instead: {}", path, e.toString());
            return new HashMap<>();
        }
        return out;
    }

    private void find(LeafReaderContext leaf, Collection<String> words, Map<String, float[]> out) throws IOException {
        Terms terms = leaf.reader().terms(WORD);
        BinaryDocValues values = leaf.reader().getBinaryDocValues(VECTOR);
        if (terms == null || values == null) {
            return;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        TreeMap<Integer, String> byDoc = new TreeMap<>(); // doc values are read forward: in doc id order
        for (String w : words) {
            if (out.containsKey(w) || !te.seekExact(new BytesRef(w))) {
                continue;
            }
            postings = te.postings(postings, PostingsEnum.NONE);
            int doc = postings.nextDoc();
            if (doc != DocIdSetIterator.NO_MORE_DOCS) {
                byDoc.put(doc, w);
            }
        }
        for (Map.Entry<Integer, String> e : byDoc.entrySet()) {
            if (values.advanceExact(e.getKey())) {
                out.put(e.getValue(), decode(values.binaryValue()));
            }
        }
    }

    /**
     * Adds the vectors of the words not held yet, in one commit. Call it holding the library's writer
     * lock (after a passage commit), so that no other process writes meanwhile.
     */
    public void add(Map<String, float[]> vectors) throws IOException {
        if (vectors.isEmpty()) {
            return;
        }
        Map<String, float[]> held = find(vectors.keySet());
        synchronized (this) {
            Directory d = directory(true);
            try (IndexWriter writer = new IndexWriter(d, new IndexWriterConfig()
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(RAM_BUFFER_MB)
                    .setMergeScheduler(new SerialMergeScheduler()).setCommitOnClose(false))) {
                int added = 0;
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    if (held.containsKey(e.getKey())) {
                        continue;
                    }
                    if (e.getValue().length != dimensions) {
                        throw new IllegalArgumentException("a vector of " + e.getValue().length + " dimensions for \""
                                + e.getKey() + "\", expected " + dimensions);
                    }
                    Document doc = new Document();
                    doc.add(new StringField(WORD, e.getKey(), Field.Store.NO));
                    doc.add(new BinaryDocValuesField(VECTOR, new BytesRef(encode(e.getValue()))));
                    writer.addDocument(doc);
                    added++;
                }
                if (added > 0) {
                    writer.commit();
                    if (writer.hasUncommittedChanges()) {
                        writer.commit(); // the merges the first commit ran (closing the writer would drop them)
                    }
                } else {
                    writer.rollback();
                }
            }
        }
        ReaderManager m = manager();
        if (m != null) {
            m.maybeRefreshBlocking();
        }
    }

    /** Notices words another process added. */
    public void maybeRefresh() {
        ReaderManager m = manager;
        if (m == null) {
            return;
        }
        try {
            m.maybeRefresh();
        } catch (IOException | UncheckedIOException e) {
            // only a cache: the words it missed are embedded when an answer needs them
            LOG.warn("Word vectors in {} could not be refreshed; the ones already read are kept: {}", path,
                    e.toString());
        }
    }

    /** The reader manager, opened once the store has a commit; null before. */
    private synchronized ReaderManager manager() {
        if (manager == null) {
            try {
                Directory d = directory(false);
                if (d != null && DirectoryReader.indexExists(d)) {
                    manager = new ReaderManager(d);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("opening word vectors in " + path, e);
            }
        }
        return manager;
    }

    private synchronized Directory directory(boolean create) throws IOException {
        if (directory == null && (create || Files.isDirectory(path))) {
            directory = FSDirectory.open(path);
        }
        return directory;
    }

    private static byte[] encode(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) {
            b.putFloat(x);
        }
        return b.array();
    }

    private static float[] decode(BytesRef bytes) {
        float[] v = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(v);
        return v;
    }

    @Override
    public synchronized void close() throws IOException {
        if (manager != null) {
            manager.close();
        }
        if (directory != null) {
            directory.close();
        }
    }
}
