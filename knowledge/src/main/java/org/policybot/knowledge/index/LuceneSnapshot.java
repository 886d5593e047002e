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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policybot.knowledge.model.Passage;

/**
 * A {@link Snapshot} of the embedded index: committed Lucene generations (one, or the shared and a
 * server's read through one {@link MultiReader}) and the manifests committed with them. A hit's handle
 * is its Lucene document number in this snapshot's reader.
 */
public final class LuceneSnapshot implements Snapshot {
    /** What a snapshot before the first commit reads: no passages, no words. */
    private static final IndexReader EMPTY_READER = emptyReader();
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

    LuceneSnapshot(ReferenceManager<IndexSearcher> manager, IndexSearcher searcher, Manifest manifest,
                   PassageCodec codec, WordVectors words) {
        this(searcher, manifest, codec, words, () -> {
            if (manager != null && searcher != null) {
                manager.release(searcher);
            }
        });
    }

    private LuceneSnapshot(IndexSearcher searcher, Manifest manifest, PassageCodec codec, WordVectors words,
                           Release release) {
        this.searcher = searcher;
        this.manifest = manifest;
        this.codec = codec;
        this.words = words;
        this.release = release;
    }

    /** Both snapshots read through one searcher over both generations, one manifest listing both. */
    static Snapshot union(LuceneSnapshot first, LuceneSnapshot second) {
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
        return new LuceneSnapshot(new IndexSearcher(reader), new Manifest(entries), first.codec,
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
    static WordVectors both(WordVectors first, WordVectors second) {
        return words -> {
            Map<String, float[]> found = new HashMap<>(first.find(words));
            if (found.size() < words.size()) {
                found.putAll(second.find(words.stream().filter(w -> !found.containsKey(w)).toList()));
            }
            return found;
        };
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public WordVectors words() {
        return words;
    }

    @Override
    public boolean isEmpty() {
        return searcher == null || searcher.getIndexReader().numDocs() == 0;
    }

    /** The searcher, or null before the first commit: for tests and measurements of the embedded index. */
    public IndexSearcher searcher() {
        return searcher;
    }

    @Override
    public List<Hit> lexical(List<LexicalTerm> terms, int depth) {
        if (searcher == null || terms.isEmpty()) {
            return List.of();
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (LexicalTerm t : terms) {
            b.add(boosted(new TermQuery(new Term(Fields.TEXT, t.stem())), t.weight()), BooleanClause.Occur.SHOULD);
            b.add(boosted(new TermQuery(new Term(Fields.SECTION, t.stem())), t.weight() * Fields.SECTION_WEIGHT),
                    BooleanClause.Occur.SHOULD);
            b.add(boosted(new TermQuery(new Term(Fields.TITLE, t.stem())), t.weight() * Fields.TITLE_WEIGHT),
                    BooleanClause.Occur.SHOULD);
        }
        return hits(b.build(), depth, false);
    }

    @Override
    public List<Hit> nearest(float[] vector, int depth) {
        if (searcher == null) {
            return List.of();
        }
        return hits(new KnnFloatVectorQuery(Fields.VECTOR, vector, depth), depth, true);
    }

    /**
     * Runs {@code query}; for a vector query Lucene's dot-product score ((1 + cosine) / 2 for unit
     * vectors) is turned back into the cosine.
     */
    private List<Hit> hits(Query query, int depth, boolean vectorScores) {
        try {
            ScoreDoc[] found = searcher.search(query, depth).scoreDocs;
            List<Hit> out = new ArrayList<>(found.length);
            for (ScoreDoc d : found) {
                out.add(new Hit(d.doc, vectorScores ? 2 * d.score - 1 : d.score));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index", e);
        }
    }

    private static Query boosted(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }

    @Override
    public IndexedPassage load(Hit hit) {
        return load(hit.handle());
    }

    private IndexedPassage load(int docNumber) {
        try {
            return codec.decode(searcher.storedFields().document(docNumber));
        } catch (IOException e) {
            throw new UncheckedIOException("reading passage " + docNumber + " from the index", e);
        }
    }

    @Override
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
    public List<Passage> passages(String docId) {
        if (searcher == null) {
            return List.of();
        }
        try {
            TopDocs hits = searcher.search(new TermQuery(new Term(Fields.DOC, docId)), Integer.MAX_VALUE / 2,
                    new Sort(new SortField(Fields.POSITION, SortField.Type.INT)));
            List<Passage> out = new ArrayList<>();
            for (var hit : hits.scoreDocs) {
                out.add(load(hit.doc).passage());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading passages of " + docId, e);
        }
    }

    @Override
    public TermStatistics terms() {
        return new ReaderTerms(searcher == null ? EMPTY_READER : searcher.getIndexReader());
    }

    /** Term statistics of one reader; its generation is the identity of each segment's reader. */
    private static final class ReaderTerms implements TermStatistics {
        private final IndexReader reader;
        private final List<Object> generation;

        ReaderTerms(IndexReader reader) {
            this.reader = reader;
            List<Object> segments = new ArrayList<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
                segments.add(helper == null ? leaf.reader() : helper.getKey());
            }
            this.generation = List.copyOf(segments);
        }

        @Override
        public int passages() {
            return reader.numDocs();
        }

        @Override
        public int docFreq(String stem) {
            try {
                return reader.docFreq(new Term(Fields.TEXT, stem)) + reader.docFreq(new Term(Fields.SECTION, stem))
                        + reader.docFreq(new Term(Fields.TITLE, stem));
            } catch (IOException e) {
                throw new UncheckedIOException("reading term statistics", e);
            }
        }

        @Override
        public boolean hasWord(String word) {
            try {
                return reader.docFreq(new Term(Fields.WORDS, word)) > 0;
            } catch (IOException e) {
                throw new UncheckedIOException("reading term statistics", e);
            }
        }

        @Override
        public String closestWord(String word, int maxEdits, float accuracy) {
            return SpellingSuggestions.suggest(reader, word, maxEdits, accuracy);
        }

        @Override
        public Object generation() {
            return generation;
        }
    }

    private static IndexReader emptyReader() {
        try {
            return new MultiReader();
        } catch (IOException e) {
            throw new UncheckedIOException("an empty reader", e);
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
