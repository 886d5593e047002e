package org.policybot.knowledge.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.util.BytesRef;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Span;

/**
 * Turns a passage and its embeddings into a Lucene document and back. The span encoding is public so that
 * another backend stores sentence boundaries exactly as the embedded index does.
 */
public final class PassageCodec {
    private final int dimensions;

    PassageCodec(int dimensions) {
        this.dimensions = dimensions;
    }

    Document encode(Passage p, List<float[]> sentenceVectors) {
        if (sentenceVectors.size() != p.sentences().size()) {
            throw new IllegalArgumentException("passage " + p.id() + " has " + p.sentences().size()
                    + " sentences but " + sentenceVectors.size() + " vectors");
        }
        Document d = new Document();
        d.add(new StringField(Fields.ID, p.id(), Field.Store.YES));
        d.add(new StringField(Fields.DOC, p.docId(), Field.Store.YES));
        d.add(new TextField(Fields.TITLE, p.title(), Field.Store.YES));
        d.add(new TextField(Fields.SECTION, p.sectionLabel(), Field.Store.YES));
        for (String part : p.section()) {
            d.add(new StoredField(Fields.SECTION_PART, part));
        }
        d.add(new TextField(Fields.TEXT, p.text(), Field.Store.YES));
        d.add(new TextField(Fields.WORDS, p.title() + "\n" + p.sectionLabel() + "\n" + p.text(), Field.Store.NO));
        d.add(new StoredField(Fields.URL, p.url()));
        d.add(new StoredField(Fields.POSITION, p.position()));
        d.add(new NumericDocValuesField(Fields.POSITION, p.position()));
        d.add(new IntPoint(Fields.POSITION, p.position()));
        d.add(new StoredField(Fields.SENTENCES, encodeSpans(p.sentences())));
        d.add(new KnnFloatVectorField(Fields.VECTOR, SentenceVectors.mean(sentenceVectors, dimensions),
                VectorSimilarityFunction.DOT_PRODUCT));
        d.add(new StoredField(Fields.SENTENCE_VECTORS,
                new BytesRef(SentenceVectors.quantise(sentenceVectors, dimensions).packed())));
        return d;
    }

    IndexedPassage decode(Document d) {
        List<String> section = new ArrayList<>();
        for (IndexableField f : d.getFields(Fields.SECTION_PART)) {
            section.add(f.stringValue());
        }
        String text = d.get(Fields.TEXT);
        Passage p = new Passage(d.get(Fields.ID), d.get(Fields.DOC), d.get(Fields.TITLE), section,
                d.get(Fields.URL), d.getField(Fields.POSITION).numericValue().intValue(), text,
                decodeSpans(d.get(Fields.SENTENCES)));
        BytesRef packed = d.getBinaryValue(Fields.SENTENCE_VECTORS);
        byte[] bytes = new byte[packed.length];
        System.arraycopy(packed.bytes, packed.offset, bytes, 0, packed.length);
        return new IndexedPassage(p, SentenceVectors.of(bytes, dimensions));
    }

    /** "start-end" per sentence, or "start-bodyStart-end" when it opens with a marker; comma separated. */
    public static String encodeSpans(List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) {
                b.append(',');
            }
            b.append(s.start());
            if (s.hasMarker()) {
                b.append('-').append(s.bodyStart());
            }
            b.append('-').append(s.end());
        }
        return b.toString();
    }

    public static List<Span> decodeSpans(String encoded) {
        List<Span> spans = new ArrayList<>();
        if (encoded == null || encoded.isEmpty()) {
            return spans;
        }
        for (String span : encoded.split(",")) {
            String[] at = span.split("-");
            int start = Integer.parseInt(at[0]);
            int end = Integer.parseInt(at[at.length - 1]);
            spans.add(at.length == 3 ? new Span(start, Integer.parseInt(at[1]), end) : new Span(start, end));
        }
        return spans;
    }
}
