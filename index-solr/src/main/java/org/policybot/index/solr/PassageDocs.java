package org.policybot.index.solr;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.util.SmallFloat;
import org.apache.solr.common.SolrDocument;
import org.apache.solr.common.SolrInputDocument;
import org.policybot.knowledge.index.Fields;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.PassageCodec;
import org.policybot.knowledge.index.PreparedPassage;
import org.policybot.knowledge.index.SentenceVectors;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Terms;

/**
 * A passage as a Solr document and back. Ids are routed by scope ({@code key!...}), so one scope's
 * documents live on one shard; a passage's id carries its document's version ({@code key!doc@stage#position}),
 * so a new version is written beside the old one and never over it.
 */
final class PassageDocs {
    static final String ID = "id";
    static final String KIND = "kind";
    static final String SCOPE = "scope";
    /** The version of a document a passage belongs to, {@code key!doc@stage}: what a pointer lists as live. */
    static final String DV = "dv";
    static final String STAGE = "stage";
    static final String ORD = "ord";
    static final String PID = "pid";
    static final String DOC = "doc";
    static final String POSITION = "position";
    static final String TITLE = "title";
    static final String SECTION = "section";
    static final String SECTION_PART = "section_part";
    static final String TEXT = "text";
    static final String URL = "url";
    static final String SENTENCES = "sentences";
    static final String SENTENCE_VECTORS = "svec";
    static final String VECTOR = "vector";
    static final String WORDS = "words_t";
    static final String PASSAGE = "passage";
    static final String POINTER = "pointer";
    /** Stored fields a passage is rebuilt from. */
    static final String FIELDS = String.join(",", ID, PID, DOC, POSITION, TITLE, SECTION, SECTION_PART, TEXT, URL,
            SENTENCES, SENTENCE_VECTORS);

    /** The three scored fields as the embedded index names them, and their weights ({@link Fields}). */
    enum Scored {
        TEXT_FIELD(Fields.TEXT, 1f), SECTION_FIELD(Fields.SECTION, Fields.SECTION_WEIGHT),
        TITLE_FIELD(Fields.TITLE, Fields.TITLE_WEIGHT);

        final String lucene;
        final float weight;

        Scored(String lucene, float weight) {
            this.lucene = lucene;
            this.weight = weight;
        }

        /** Whitespace-tokenised analysed terms. */
        String tokens() {
            return lucene + "_t";
        }

        /** The field length as Lucene's norm keeps it (one byte, {@link SmallFloat#intToByte4}). */
        String normLength() {
            return lucene + "_dl";
        }

        /** The exact number of terms, for the average field length; absent when zero. */
        String length() {
            return lucene + "_n";
        }

        String valueOf(Passage p) {
            return switch (this) {
                case TEXT_FIELD -> p.text();
                case SECTION_FIELD -> p.sectionLabel();
                case TITLE_FIELD -> p.title();
            };
        }
    }

    private PassageDocs() {
    }

    static String routeKey(String scopeKey) {
        return scopeKey + "!";
    }

    static String pointerId(String scopeKey) {
        return routeKey(scopeKey) + "~pointer";
    }

    static String dv(String scopeKey, String docId, String stage) {
        return routeKey(scopeKey) + docId + "@" + stage;
    }

    /** The document id within a {@link #dv} value. */
    static String docOf(String dv) {
        return dv.substring(dv.indexOf('!') + 1, dv.lastIndexOf('@'));
    }

    static SolrInputDocument encode(String scopeKey, String docId, String stage, long ord, PreparedPassage prepared,
                                    int dimensions) {
        Passage p = prepared.passage();
        SolrInputDocument d = new SolrInputDocument();
        d.setField(ID, routeKey(scopeKey) + docId + "@" + stage + "#" + p.position());
        d.setField(KIND, PASSAGE);
        d.setField(SCOPE, scopeKey);
        d.setField(DV, dv(scopeKey, docId, stage));
        d.setField(STAGE, stage);
        d.setField(ORD, ord);
        d.setField(PID, p.id());
        d.setField(DOC, p.docId());
        d.setField(POSITION, p.position());
        d.setField(TITLE, p.title());
        d.setField(SECTION, p.sectionLabel());
        for (String part : p.section()) {
            d.addField(SECTION_PART, part);
        }
        d.setField(TEXT, p.text());
        d.setField(URL, p.url());
        d.setField(SENTENCES, PassageCodec.encodeSpans(p.sentences()));
        d.setField(SENTENCE_VECTORS, SentenceVectors.quantise(prepared.sentenceVectors(), dimensions).packed());
        float[] mean = SentenceVectors.mean(prepared.sentenceVectors(), dimensions);
        List<Float> vector = new ArrayList<>(mean.length);
        for (float x : mean) {
            vector.add(x);
        }
        d.setField(VECTOR, vector);
        for (Scored f : Scored.values()) {
            List<String> terms = analyse(f.lucene, f.valueOf(p));
            d.setField(f.tokens(), String.join(" ", terms));
            d.setField(f.normLength(), normLength(terms.size()));
            if (!terms.isEmpty()) {
                d.setField(f.length(), terms.size());
            }
        }
        d.setField(WORDS, String.join(" ",
                analyse(Fields.WORDS, p.title() + "\n" + p.sectionLabel() + "\n" + p.text())));
        return d;
    }

    /**
     * The field length BM25 sees in Lucene: the norm is one byte, so lengths above 40 are rounded
     * ({@link SmallFloat#intToByte4}); scoring with the decoded length gives Lucene's scores.
     */
    static int normLength(int length) {
        return SmallFloat.byte4ToInt(SmallFloat.intToByte4(length));
    }

    /** The terms the embedded index would index for {@code field} (the same analyzer, the same field name). */
    static List<String> analyse(String field, String text) {
        return Terms.indexTerms(field, text);
    }

    static IndexedPassage decode(SolrDocument d, int dimensions) {
        List<String> section = new ArrayList<>();
        Collection<Object> parts = d.getFieldValues(SECTION_PART);
        if (parts != null) {
            parts.forEach(x -> section.add((String) x));
        }
        Passage p = new Passage((String) d.getFieldValue(PID), (String) d.getFieldValue(DOC),
                (String) d.getFieldValue(TITLE), section, (String) d.getFieldValue(URL),
                ((Number) d.getFieldValue(POSITION)).intValue(), (String) d.getFieldValue(TEXT),
                PassageCodec.decodeSpans((String) d.getFieldValue(SENTENCES)));
        return new IndexedPassage(p, SentenceVectors.of(bytes(d.getFieldValue(SENTENCE_VECTORS)), dimensions));
    }

    private static byte[] bytes(Object value) {
        if (value instanceof byte[] b) {
            return b;
        }
        java.nio.ByteBuffer buffer = ((java.nio.ByteBuffer) value).duplicate();
        byte[] b = new byte[buffer.remaining()];
        buffer.get(b);
        return b;
    }
}
