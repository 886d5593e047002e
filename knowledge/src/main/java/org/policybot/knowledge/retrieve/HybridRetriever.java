package org.policybot.knowledge.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.policybot.knowledge.index.Fields;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.ReadQuestion;

/**
 * Hybrid retrieval over one snapshot: BM25 over passage text, section and title (queries built
 * term by term, never parsed, so Lucene syntax in a question is just text) and kNN over passage
 * vectors, fused into one ranking.
 */
public final class HybridRetriever {
    static final int RRF_K = 60;
    private static final float SECTION_BOOST = 0.6f;
    private static final float TITLE_BOOST = 0.3f;
    private static final float CONTEXT_BOOST = 0.4f;
    private static final float VECTOR_WEIGHT = 1.0f;
    private static final float BM25_WEIGHT = 0.6f;

    private final Fusion fusion;
    private final int depth;

    public HybridRetriever(Fusion fusion, int depth) {
        this.fusion = fusion;
        this.depth = depth;
    }

    public List<Candidate> retrieve(Snapshot snapshot, ReadQuestion query, float[] queryVector, int limit) {
        if (snapshot.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = snapshot.searcher();
            ScoreDoc[] lexical = fusion == Fusion.VECTOR_ONLY ? new ScoreDoc[0] : bm25(searcher, query);
            ScoreDoc[] semantic = fusion == Fusion.BM25_ONLY ? new ScoreDoc[0]
                    : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, queryVector, depth), depth).scoreDocs;
            Map<Integer, float[]> byDoc = new HashMap<>();
            float maxBm25 = lexical.length == 0 ? 1 : lexical[0].score;
            for (int r = 0; r < lexical.length; r++) {
                float[] s = byDoc.computeIfAbsent(lexical[r].doc, d -> new float[3]);
                s[0] = lexical[r].score;
                s[2] += fusion == Fusion.RRF ? 1f / (RRF_K + r + 1) : BM25_WEIGHT * lexical[r].score / maxBm25;
            }
            for (int r = 0; r < semantic.length; r++) {
                float cosine = 2 * semantic[r].score - 1;
                float[] s = byDoc.computeIfAbsent(semantic[r].doc, d -> new float[3]);
                s[1] = cosine;
                s[2] += fusion == Fusion.RRF ? 1f / (RRF_K + r + 1) : VECTOR_WEIGHT * Math.max(0, cosine);
            }
            List<Map.Entry<Integer, float[]>> ranked = new ArrayList<>(byDoc.entrySet());
            ranked.sort(Comparator.comparingDouble((Map.Entry<Integer, float[]> e) -> -e.getValue()[2])
                    .thenComparingInt(Map.Entry::getKey));
            List<Candidate> out = new ArrayList<>();
            for (int i = 0; i < Math.min(limit, ranked.size()); i++) {
                var e = ranked.get(i);
                out.add(new Candidate(snapshot.load(e.getKey()), e.getValue()[2], e.getValue()[0], e.getValue()[1]));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("searching the index", e);
        }
    }

    private ScoreDoc[] bm25(IndexSearcher searcher, ReadQuestion query) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 0;
        for (QueryTerm t : query.terms()) {
            clauses += addTerm(b, t.stem(), t.discount());
        }
        for (QueryTerm t : query.context()) {
            clauses += addTerm(b, t.stem(), CONTEXT_BOOST * t.discount());
        }
        if (clauses == 0) {
            return new ScoreDoc[0];
        }
        return searcher.search(b.build(), depth).scoreDocs;
    }

    private static int addTerm(BooleanQuery.Builder b, String stem, float boost) {
        b.add(boosted(new TermQuery(new Term(Fields.TEXT, stem)), boost), BooleanClause.Occur.SHOULD);
        b.add(boosted(new TermQuery(new Term(Fields.SECTION, stem)), boost * SECTION_BOOST), BooleanClause.Occur.SHOULD);
        b.add(boosted(new TermQuery(new Term(Fields.TITLE, stem)), boost * TITLE_BOOST), BooleanClause.Occur.SHOULD);
        return 3;
    }

    private static Query boosted(Query q, float boost) {
        return boost == 1f ? q : new BoostQuery(q, boost);
    }
}
