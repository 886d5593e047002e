package org.policybot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.ReferenceManager;

/**
 * A point-in-time view of the knowledge base: committed Lucene generations and the manifests
 * committed with them. An answer reads everything from one snapshot, so every passage it cites is in
 * the index it was answered from, whatever changes land meanwhile. Close it when done.
 *
 * <p>A snapshot sees exactly one scope's reading: the shared documents, or the shared documents and
 * one server's ({@link #union}). Everything read through it (BM25 and its statistics, kNN, the
 * vocabulary that spelling correction and unknown-word checks consult, the manifest) covers those
 * documents and no others, so one server's documents never change how another server is answered.
 */
public final class Snapshot implements AutoCloseable {
    private final IndexSearcher searcher;
    private final Manifest manifest;
    private final PassageCodec codec;
    private final WordVectors words;
    private final Release release;

    /** What closing a snapshot gives back. */
    @FunctionalInterface
    private interface Release {
        void release() throws IOException;
    }

    Snapshot(ReferenceManager<IndexSearcher> manager, IndexSearcher searcher, Manifest manifest, PassageCodec codec,
             WordVectors words) {
        this(searcher, manifest, codec, words, () -> {
            if (manager != null && searcher != null) {
                manager.release(searcher);
            }
        });
    }

    private Snapshot(IndexSearcher searcher, Manifest manifest, PassageCodec codec, WordVectors words, Release release) {
        this.searcher = searcher;
        this.manifest = manifest;
        this.codec = codec;
        this.words = words;
        this.release = release;
    }

    /**
     * Both snapshots read as one (the shared documents and a server's): one searcher over both
     * generations, one manifest listing both. Takes ownership of both; closing the union closes them.
     * Document ids must not collide ({@link org.policybot.knowledge.model.Scope#indexId} sees to that).
     */
    public static Snapshot union(Snapshot first, Snapshot second) {
        if (second.searcher == null) {
            second.close();
            return first;
        }
        if (first.searcher == null) {
            first.close();
            return second;
        }
        MultiReader reader;
        try {
            reader = new MultiReader(new IndexReader[] {first.searcher.getIndexReader(), second.searcher.getIndexReader()},
                    false);
        } catch (IOException e) {
            first.close();
            second.close();
            throw new UncheckedIOException("combining two index generations", e);
        }
        List<ManifestEntry> entries = new ArrayList<>(first.manifest.entries());
        entries.addAll(second.manifest.entries());
        return new Snapshot(new IndexSearcher(reader), new Manifest(entries), first.codec,
                both(first.words, second.words), () -> {
            try {
                reader.close();
            } finally {
                try {
                    first.release.release();
                } finally {
                    second.release.release();
                }
            }
        });
    }

    /** Vectors of either's words (a word's vector is the same wherever it is stored). */
    private static WordVectors both(WordVectors first, WordVectors second) {
        return words -> {
            Map<String, float[]> found = new HashMap<>(first.find(words));
            if (found.size() < words.size()) {
                found.putAll(second.find(words.stream().filter(w -> !found.containsKey(w)).toList()));
            }
            return found;
        };
    }

    /** The searcher, or null when the knowledge base has no commit yet. */
    public IndexSearcher searcher() {
        return searcher;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** Word vectors stored with the documents this snapshot reads (some words may be missing). */
    public WordVectors words() {
        return words;
    }

    public boolean isEmpty() {
        return searcher == null || searcher.getIndexReader().numDocs() == 0;
    }

    /** Reads a passage and its sentence vectors by Lucene doc id. */
    public IndexedPassage load(int docId) {
        try {
            return codec.decode(searcher.storedFields().document(docId));
        } catch (IOException e) {
            throw new UncheckedIOException("reading passage " + docId + " from the index", e);
        }
    }

    /** The passage at {@code position} of document {@code docId}, if there is one. */
    public Optional<IndexedPassage> passageAt(String docId, int position) {
        if (searcher == null) {
            return Optional.empty();
        }
        try {
            Query q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.DOC, docId)), BooleanClause.Occur.FILTER)
                    .add(IntPoint.newExactQuery(Fields.POSITION, position), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs hits = searcher.search(q, 1);
            return hits.scoreDocs.length == 0 ? Optional.empty() : Optional.of(load(hits.scoreDocs[0].doc));
        } catch (IOException e) {
            throw new UncheckedIOException("reading passage " + position + " of " + docId, e);
        }
    }

    @Override
    public void close() {
        try {
            release.release();
        } catch (IOException e) {
            throw new UncheckedIOException("releasing an index searcher", e);
        }
    }
}
