package org.policybot.index.solr;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.PassageStore.Committed;

/**
 * A scope's pointer document: the committed manifest, sequence and record, the live version of each
 * document (what readers filter by) and the versions retired by earlier changes that are kept a while
 * for readers still using them. Changing it is the commit point of a change.
 *
 * @param solrVersion Solr's {@code _version_} of the document read, or -1 when there is none: the
 *                    optimistic-concurrency check of the next change
 * @param live        document id to its live {@link PassageDocs#dv} value
 */
record Pointer(long solrVersion, Committed committed, Map<String, String> live, List<Retired> retired, String stage) {
    static final String SEQ = "seq";
    static final String MANIFEST = "manifest";
    static final String RECORD = "record";
    static final String LIVE = "live";
    static final String RETIRED = "retired";
    static final String VERSION = "_version_";
    /** Solr's "the document must not exist" for optimistic concurrency. */
    static final long ABSENT = -1;

    static final Pointer NONE = new Pointer(ABSENT, Committed.NONE, Map.of(), List.of(), "");

    Pointer {
        live = Map.copyOf(live);
        retired = List.copyOf(retired);
    }

    /**
     * A version no reader of a newer pointer sees: kept until no local snapshot older than
     * {@code sequence} is open and its grace period has run out.
     *
     * @param sequence the change that retired it
     * @param at       when (epoch millis)
     */
    record Retired(String dv, long sequence, long at) {
        String encode() {
            return dv + "|" + sequence + "|" + at;
        }

        static Retired decode(String s) {
            String[] parts = s.split("\\|");
            return new Retired(parts[0], Long.parseLong(parts[1]), Long.parseLong(parts[2]));
        }
    }

    boolean exists() {
        return solrVersion != ABSENT;
    }

    long sequence() {
        return committed.sequence();
    }

    static Pointer decode(SolrDocument d) {
        Map<String, String> live = new TreeMap<>();
        for (Object v : values(d, LIVE)) {
            String dv = (String) v;
            live.put(PassageDocs.docOf(dv), dv);
        }
        List<Retired> retired = new ArrayList<>();
        for (Object v : values(d, RETIRED)) {
            retired.add(Retired.decode((String) v));
        }
        Object record = d.getFieldValue(RECORD);
        Committed committed = new Committed(((Number) d.getFieldValue(SEQ)).longValue(),
                Manifest.fromJson((String) d.getFieldValue(MANIFEST)), record == null ? "" : (String) record);
        Object stage = d.getFieldValue(PassageDocs.STAGE);
        return new Pointer(((Number) d.getFieldValue(VERSION)).longValue(), committed, live, retired,
                stage == null ? "" : (String) stage);
    }

    private static Collection<Object> values(SolrDocument d, String field) {
        Collection<Object> v = d.getFieldValues(field);
        return v == null ? List.of() : v;
    }

    /** The document that replaces this pointer, if Solr still holds the version this one was read at. */
    SolrInputDocument encode(String scopeKey, Committed next, Map<String, String> nextLive, List<Retired> nextRetired,
                             String nextStage) {
        SolrInputDocument d = new SolrInputDocument();
        d.setField(PassageDocs.ID, PassageDocs.pointerId(scopeKey));
        d.setField(PassageDocs.KIND, PassageDocs.POINTER);
        d.setField(PassageDocs.SCOPE, scopeKey);
        d.setField(PassageDocs.STAGE, nextStage);
        d.setField(SEQ, next.sequence());
        d.setField(MANIFEST, next.manifest().toJson());
        d.setField(RECORD, next.record());
        for (String dv : nextLive.values()) {
            d.addField(LIVE, dv);
        }
        for (Retired r : nextRetired) {
            d.addField(RETIRED, r.encode());
        }
        d.setField(VERSION, solrVersion);
        return d;
    }
}
