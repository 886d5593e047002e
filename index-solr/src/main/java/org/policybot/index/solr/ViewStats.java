package org.policybot.index.solr;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.solr.client.solrj.response.FacetField;
import org.apache.solr.client.solrj.response.FieldStatsInfo;
import org.apache.solr.client.solrj.response.QueryResponse;
import org.apache.solr.common.params.ModifiableSolrParams;
import org.policybot.knowledge.index.Fields;
import org.policybot.knowledge.index.SpellingSuggestions;
import org.policybot.knowledge.index.TermStatistics;

/**
 * Term statistics of the passages one snapshot reads (one scope's live versions, or the shared and a
 * server's), counted by Solr with the snapshot's filter and cached for as long as those versions are
 * live (the pointers' sequences are the cache key, {@link #generation()}).
 *
 * <p>Spelling: {@link #closestWord} is Lucene's DirectSpellChecker ({@link SpellingSuggestions}), set up as
 * the embedded index sets it up, run on a small in-memory index that holds the snapshot's words sharing the
 * word's first letter with their document frequencies (the checker only ever proposes words of the same
 * first letter, since its minimum prefix is 1). Its suggestions are therefore the embedded index's.
 */
final class ViewStats implements TermStatistics {
    private final String generation;
    private final int passages;
    private final long[] docCount = new long[PassageDocs.Scored.values().length];
    private final double[] sumLength = new double[PassageDocs.Scored.values().length];
    private final Map<String, int[]> docFreqs = new ConcurrentHashMap<>();
    private final Map<String, Spelling> spelling = new ConcurrentHashMap<>();
    /** What the statistics' queries need of the snapshot that made them: not the snapshot (it is closed soon). */
    private final SolrSnapshot.Filter snapshot;

    private ViewStats(SolrSnapshot.Filter filter, int passages) {
        this.snapshot = filter;
        this.generation = filter.viewKey();
        this.passages = passages;
    }

    /**
     * Counts the passages, and per scored field the passages that have it and its summed length (the
     * {@code *_n} fields hold a field's term count, and are absent when it has none).
     */
    /** The statistics of a view of no live version: nothing counts and nothing is asked of Solr. */
    static ViewStats empty(SolrSnapshot.Filter filter) {
        return new ViewStats(filter, 0);
    }

    static ViewStats load(SolrSnapshot snapshot) {
        ModifiableSolrParams p = snapshot.base();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("stats", true);
        for (PassageDocs.Scored f : PassageDocs.Scored.values()) {
            p.add("stats.field", "{!sum=true count=true}" + f.length());
        }
        QueryResponse r = snapshot.query(p);
        ViewStats s = new ViewStats(snapshot.filter(), (int) r.getResults().getNumFound());
        for (PassageDocs.Scored f : PassageDocs.Scored.values()) {
            FieldStatsInfo info = r.getFieldStatsInfo().get(f.length());
            s.docCount[f.ordinal()] = info == null || info.getCount() == null ? 0 : info.getCount();
            s.sumLength[f.ordinal()] = info == null || info.getSum() == null ? 0 : ((Number) info.getSum()).doubleValue();
        }
        return s;
    }

    long docCount(PassageDocs.Scored f) {
        return docCount[f.ordinal()];
    }

    double sumLength(PassageDocs.Scored f) {
        return sumLength[f.ordinal()];
    }

    int docFreq(String stem, PassageDocs.Scored f) {
        int[] df = docFreqs.get(stem);
        return df == null ? 0 : df[f.ordinal()];
    }

    /** Counts, in one request, the passages holding each stem not counted yet, per scored field. */
    void ensureDocFreqs(Collection<String> stems) {
        List<String> missing = stems.stream().filter(s -> !docFreqs.containsKey(s)).distinct().toList();
        if (missing.isEmpty()) {
            return;
        }
        ModifiableSolrParams p = snapshot.base();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("facet", true);
        PassageDocs.Scored[] fields = PassageDocs.Scored.values();
        for (int i = 0; i < missing.size(); i++) {
            p.set("s" + i, missing.get(i));
            for (PassageDocs.Scored f : fields) {
                p.add("facet.query", "{!term f=" + f.tokens() + " v=$s" + i + " key=k" + i + "_" + f.ordinal() + "}");
            }
        }
        Map<String, Integer> counts = snapshot.query(p).getFacetQuery();
        for (int i = 0; i < missing.size(); i++) {
            int[] df = new int[fields.length];
            for (PassageDocs.Scored f : fields) {
                df[f.ordinal()] = counts.getOrDefault("k" + i + "_" + f.ordinal(), 0);
            }
            docFreqs.put(missing.get(i), df);
        }
    }

    @Override
    public int passages() {
        return passages;
    }

    @Override
    public int docFreq(String stem) {
        if (passages == 0) {
            return 0;
        }
        ensureDocFreqs(List.of(stem));
        int[] df = docFreqs.get(stem);
        int sum = 0;
        for (int x : df) {
            sum += x;
        }
        return sum;
    }

    @Override
    public boolean hasWord(String word) {
        if (word.isEmpty() || passages == 0) {
            return false;
        }
        return spelling(word).words.containsKey(word);
    }

    @Override
    public String closestWord(String word, int maxEdits, float accuracy) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.isEmpty() || passages == 0) {
            return null;
        }
        Spelling s = spelling(lower);
        if (s.words.containsKey(lower) || s.words.isEmpty()) {
            return null;
        }
        try {
            return SpellingSuggestions.suggest(s.reader(), word, maxEdits, accuracy);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the words of " + generation + " for spelling", e);
        }
    }

    private Spelling spelling(String word) {
        String prefix = new String(Character.toChars(word.codePointAt(0)));
        return spelling.computeIfAbsent(prefix, this::loadWords);
    }

    /** The snapshot's words starting with {@code prefix} and their document frequencies (Solr facet counts). */
    private Spelling loadWords(String prefix) {
        ModifiableSolrParams p = snapshot.base();
        p.set("q", "*:*");
        p.set("rows", 0);
        p.set("facet", true);
        p.set("facet.field", PassageDocs.WORDS);
        p.set("facet.prefix", prefix);
        p.set("facet.limit", -1);
        p.set("facet.mincount", 1);
        p.set("facet.method", "enum");
        p.set("facet.sort", "index");
        FacetField field = snapshot.query(p).getFacetField(PassageDocs.WORDS);
        Map<String, Integer> words = new LinkedHashMap<>();
        if (field != null && field.getValues() != null) {
            for (FacetField.Count c : field.getValues()) {
                words.put(c.getName(), (int) c.getCount());
            }
        }
        return new Spelling(words);
    }

    /** One first letter's words, and (built when spelling needs it) an index giving each its frequency. */
    private static final class Spelling {
        final Map<String, Integer> words;
        private DirectoryReader reader;

        Spelling(Map<String, Integer> words) {
            this.words = words;
        }

        /**
         * Document i holds every word whose frequency exceeds i, so each word's document frequency in
         * this index is its frequency among the snapshot's passages, which is all the checker reads.
         */
        synchronized DirectoryReader reader() throws IOException {
            if (reader == null) {
                List<Map.Entry<String, Integer>> byFreq = new ArrayList<>(words.entrySet());
                byFreq.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()));
                ByteBuffersDirectory dir = new ByteBuffersDirectory();
                try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig())) {
                    int max = byFreq.get(0).getValue();
                    for (int i = 0; i < max; i++) {
                        Document d = new Document();
                        for (Map.Entry<String, Integer> e : byFreq) {
                            if (e.getValue() <= i) {
                                break;
                            }
                            d.add(new StringField(Fields.WORDS, e.getKey(), Field.Store.NO));
                        }
                        w.addDocument(d);
                    }
                }
                reader = DirectoryReader.open(dir);
            }
            return reader;
        }
    }

    @Override
    public Object generation() {
        return generation;
    }
}
