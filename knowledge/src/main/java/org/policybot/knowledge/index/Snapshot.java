package org.policybot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.ReferenceManager;

/**
 * A point-in-time view of the knowledge base: one committed Lucene generation and the manifest
 * committed with it. An answer reads everything from one snapshot, so every passage it cites is in
 * the index it was answered from, whatever changes land meanwhile. Close it when done.
 */
public final class Snapshot implements AutoCloseable {
    private final ReferenceManager<IndexSearcher> manager;
    private final IndexSearcher searcher;
    private final Manifest manifest;
    private final PassageCodec codec;

    Snapshot(ReferenceManager<IndexSearcher> manager, IndexSearcher searcher, Manifest manifest, PassageCodec codec) {
        this.manager = manager;
        this.searcher = searcher;
        this.manifest = manifest;
        this.codec = codec;
    }

    /** The searcher, or null when the knowledge base has no commit yet. */
    public IndexSearcher searcher() {
        return searcher;
    }

    public Manifest manifest() {
        return manifest;
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
        if (manager != null && searcher != null) {
            try {
                manager.release(searcher);
            } catch (IOException e) {
                throw new UncheckedIOException("releasing an index searcher", e);
            }
        }
    }
}
