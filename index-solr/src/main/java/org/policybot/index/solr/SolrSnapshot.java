package org.policybot.index.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.apache.solr.client.solrj.SolrRequest;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrException;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policybot.knowledge.index.Hit;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.LexicalTerm;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.TermStatistics;
import org.policybot.knowledge.index.WordVectors;
import org.policybot.knowledge.model.Passage;

/**
 * A {@link Snapshot} of one scope, or of the shared scope and a server's: the live versions their
 * pointers named when it was taken. Every query is filtered by exactly those versions and routed to the
 * scopes' shards, so a later change, or another server's documents, never show through it.
 *
 * <p>BM25 is not Solr's: Solr's statistics are per shard and count every document of the shard
 * (other scopes, staged and retired versions). The statistics here (passages, documents per field,
 * field lengths, each term's document frequency) are counted over the snapshot's passages only
 * ({@link ViewStats}), and the score is Lucene's BM25 ({@code weight * tf / (tf + k1 * (1 - b + b * dl / avgdl))},
 * dl the norm's one-byte length) computed by a function query on the raw term frequencies. So the
 * passages of a scope score as the embedded index scores them, however the collection is sharded. A
 * hit's handle is its place in this snapshot's list of loaded passages.
 */
final class SolrSnapshot implements Snapshot {
    /** Lucene's BM25Similarity defaults, which the embedded index uses. */
    static final float K1 = 1.2f;
    static final float B = 0.75f;

    /**
     * One scope's part of a snapshot: the live document versions its pointer named at {@code sequence},
     * written by the change of stage {@code stage} (random per change: sequences restart if a pointer is
     * ever made again, stages do not, so cached statistics never serve other passages).
     */
    record View(String key, long sequence, String stage, List<String> dvs) {
    }

    private final SolrBackend backend;
    private final List<View> views;
    private final Manifest manifest;
    private final WordVectors words;
    private final int dimensions;
    private final List<Runnable> releases;
    private final String viewKey;
    private final Filter filter;
    private final List<IndexedPassage> loaded = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> handles = new ConcurrentHashMap<>();
    private final AtomicBoolean closed = new AtomicBoolean();

    SolrSnapshot(SolrBackend backend, View view, Manifest manifest, WordVectors words, int dimensions, Runnable release) {
        this(backend, List.of(view), manifest, words, dimensions, List.of(release));
    }

    private SolrSnapshot(SolrBackend backend, List<View> views, Manifest manifest, WordVectors words, int dimensions,
                         List<Runnable> releases) {
        this.backend = backend;
        this.views = views;
        this.manifest = manifest;
        this.words = words;
        this.dimensions = dimensions;
        this.releases = releases;
        this.viewKey = views.stream().map(v -> v.key() + "@" + v.sequence() + ":" + v.stage())
                .collect(Collectors.joining("+"));
        this.filter = filter();
    }

    /** Both read as one: one filter naming both scopes' live versions, one manifest listing both. */
    static Snapshot union(SolrSnapshot first, SolrSnapshot second) {
        List<View> views = new ArrayList<>(first.views);
        views.addAll(second.views);
        List<ManifestEntry> entries = new ArrayList<>(first.manifest.entries());
        entries.addAll(second.manifest.entries());
        List<Runnable> releases = new ArrayList<>(first.releases);
        releases.addAll(second.releases);
        return new SolrSnapshot(first.backend, views, new Manifest(entries), both(first.words, second.words),
                first.dimensions, releases);
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

    String viewKey() {
        return viewKey;
    }

    @Override
    public Manifest manifest() {
        return manifest;
    }

    @Override
    public WordVectors words() {
        return words;
    }

    private boolean noVersions() {
        return views.stream().allMatch(v -> v.dvs().isEmpty());
    }

    @Override
    public boolean isEmpty() {
        return noVersions() || manifest.entries().stream().mapToInt(ManifestEntry::passages).sum() == 0;
    }

    /**
     * What every query of a snapshot carries: its versions as a filter and its scopes' shards as the
     * route; kept by the cached statistics after the snapshot is closed.
     */
    record Filter(SolrBackend backend, String viewKey, String versions, String route) {
        ModifiableSolrParams base() {
            ModifiableSolrParams p = new ModifiableSolrParams();
            p.add("fq", versions);
            p.set("_route_", route);
            return p;
        }

        QueryResponse query(ModifiableSolrParams params) {
            try {
                return backend.client().query(backend.settings().collection(), params, SolrRequest.METHOD.POST);
            } catch (SolrServerException | IOException | SolrException e) {
                throw new UncheckedIOException(new IOException("searching the SolrCloud collection "
                        + backend.settings().collection() + " failed: " + SolrPassageStore.reason(e), e));
            }
        }
    }

    Filter filter() {
        List<String> dvs = new ArrayList<>();
        views.forEach(v -> dvs.addAll(v.dvs()));
        return new Filter(backend, viewKey, "{!terms f=" + PassageDocs.DV + "}" + String.join(",", dvs),
                views.stream().map(v -> PassageDocs.routeKey(v.key())).collect(Collectors.joining(",")));
    }

    ModifiableSolrParams base() {
        return filter.base();
    }

    QueryResponse query(ModifiableSolrParams params) {
        return filter.query(params);
    }

    @Override
    public List<Hit> lexical(List<LexicalTerm> terms, int depth) {
        if (noVersions() || terms.isEmpty() || depth <= 0) {
            return List.of();
        }
        ViewStats stats = stats();
        Set<String> stems = new LinkedHashSet<>();
        terms.forEach(t -> stems.add(t.stem()));
        stats.ensureDocFreqs(stems);
        ModifiableSolrParams p = base();
        List<String> clauses = new ArrayList<>();
        Map<String, String> stemParams = new HashMap<>();
        for (LexicalTerm t : terms) {
            String param = stemParams.computeIfAbsent(t.stem(), s -> {
                String name = "t" + stemParams.size();
                p.set(name, s);
                return name;
            });
            for (PassageDocs.Scored f : PassageDocs.Scored.values()) {
                int df = stats.docFreq(t.stem(), f);
                long docCount = stats.docCount(f);
                if (df == 0 || docCount == 0) {
                    continue;
                }
                float boost = f == PassageDocs.Scored.TEXT_FIELD ? t.weight() : t.weight() * f.weight;
                float idf = (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
                float avgdl = (float) (stats.sumLength(f) / (double) docCount);
                float weight = boost * idf;
                String tf = "termfreq(" + f.tokens() + ",$" + param + ")";
                clauses.add("product(" + weight + ",div(" + tf + ",sum(" + tf + "," + K1 * (1 - B) + ",product("
                        + (K1 * B / avgdl) + ",field(" + f.normLength() + ")))))");
            }
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        p.set("q", "{!func}" + (clauses.size() == 1 ? clauses.get(0) : "sum(" + String.join(",", clauses) + ")"));
        p.set("tt", String.join(" ", stems));
        p.add("fq", "{!bool cache=false should=$m0 should=$m1 should=$m2}");
        PassageDocs.Scored[] fields = PassageDocs.Scored.values();
        for (int i = 0; i < fields.length; i++) {
            p.set("m" + i, "{!terms f=" + fields[i].tokens() + " separator=\" \" v=$tt}");
        }
        return hits(p, depth, false);
    }

    @Override
    public List<Hit> nearest(float[] vector, int depth) {
        if (noVersions() || depth <= 0) {
            return List.of();
        }
        StringBuilder v = new StringBuilder("[");
        for (int i = 0; i < vector.length; i++) {
            v.append(i == 0 ? "" : ",").append(vector[i]);
        }
        ModifiableSolrParams p = base();
        p.set("q", "{!knn f=" + PassageDocs.VECTOR + " topK=" + depth + "}" + v.append(']'));
        return hits(p, depth, true);
    }

    /** Runs a scored query; Solr's cosine score ((1 + cosine) / 2) is turned back into the cosine. */
    private List<Hit> hits(ModifiableSolrParams p, int depth, boolean vectorScores) {
        p.set("rows", depth);
        p.set("fl", PassageDocs.FIELDS + ",score");
        p.set("sort", "score desc," + PassageDocs.ORD + " asc");
        List<Hit> out = new ArrayList<>();
        for (SolrDocument d : query(p).getResults()) {
            float score = ((Number) d.getFieldValue("score")).floatValue();
            out.add(new Hit(handle(d), vectorScores ? 2 * score - 1 : score));
        }
        return out;
    }

    private int handle(SolrDocument d) {
        String id = (String) d.getFieldValue(PassageDocs.ID);
        return handles.computeIfAbsent(id, k -> {
            synchronized (loaded) {
                loaded.add(PassageDocs.decode(d, dimensions));
                return loaded.size() - 1;
            }
        });
    }

    @Override
    public IndexedPassage load(Hit hit) {
        return loaded.get(hit.handle());
    }

    @Override
    public Optional<IndexedPassage> passageAt(String docId, int position) {
        if (noVersions()) {
            return Optional.empty();
        }
        ModifiableSolrParams p = base();
        p.set("q", "{!term f=" + PassageDocs.DOC + " v=$d}");
        p.set("d", docId);
        p.add("fq", PassageDocs.POSITION + ":" + position);
        p.set("rows", 1);
        p.set("fl", PassageDocs.FIELDS);
        List<SolrDocument> found = query(p).getResults();
        return found.isEmpty() ? Optional.empty() : Optional.of(PassageDocs.decode(found.get(0), dimensions));
    }

    @Override
    public List<Passage> passages(String docId) {
        int count = manifest.find(docId).map(ManifestEntry::passages).orElse(0);
        if (noVersions() || count == 0) {
            return List.of();
        }
        ModifiableSolrParams p = base();
        p.set("q", "{!term f=" + PassageDocs.DOC + " v=$d}");
        p.set("d", docId);
        p.set("rows", count);
        p.set("sort", PassageDocs.POSITION + " asc");
        p.set("fl", PassageDocs.FIELDS);
        List<Passage> out = new ArrayList<>();
        for (SolrDocument d : query(p).getResults()) {
            out.add(PassageDocs.decode(d, dimensions).passage());
        }
        return out;
    }

    private ViewStats stats() {
        return backend.stats(viewKey, () -> ViewStats.load(this));
    }

    @Override
    public TermStatistics terms() {
        return noVersions() ? ViewStats.empty(filter()) : stats();
    }

    /** Gives the snapshot back once; closing it again does nothing (it must not release others' counts). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            releases.forEach(Runnable::run);
        }
    }
}
