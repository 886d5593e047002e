package org.policybot.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.PassageIndex;
import org.policybot.knowledge.index.SourceStore;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.ingest.Splitter;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

/**
 * The slow, side-effect-free half of an add: parse, split, embed, encode. Runs before the index is
 * touched, so a bad file or a crash here changes nothing.
 */
final class DocumentPreparer {
    private final Ingestor ingestor;
    private final Splitter splitter = new Splitter();
    private final Embedder embedder;
    private final PassageIndex index;

    DocumentPreparer(Ingestor ingestor, Embedder embedder, PassageIndex index) {
        this.ingestor = ingestor;
        this.embedder = embedder;
        this.index = index;
    }

    PreparedDocument prepare(String docId, Source source, String actor, Instant when) {
        String sha = SourceStore.sha256(source.content());
        ManifestEntry entry = new ManifestEntry(docId, "", "", "", source.fileName(),
                SourceStore.nameFor(sha, source.extension()), sha, when.toString(), actor, 0, source.title(), source.url());
        return build(entry, source);
    }

    /** Re-parses a stored source with the overrides recorded when it was added. */
    PreparedDocument rebuild(ManifestEntry entry, byte[] content) {
        return build(entry, source(entry, content));
    }

    /**
     * The passages of a stored version, parsed and split again as an add would, without embedding them
     * (for comparing versions).
     */
    List<Passage> passages(ManifestEntry entry, byte[] content) {
        return split(entry, source(entry, content)).passages();
    }

    private static Source source(ManifestEntry entry, byte[] content) {
        return new Source(entry.sourceFile(), content, entry.id(), entry.titleOverride(), entry.urlOverride());
    }

    private record SplitDocument(ParsedDocument parsed, List<Passage> passages) {
    }

    private SplitDocument split(ManifestEntry entry, Source source) {
        ParsedDocument parsed = ingestor.parse(source);
        List<Passage> passages = splitter.split(entry.id(), parsed);
        if (passages.isEmpty()) {
            throw new RejectedFileException(source.fileName(), "no text to index");
        }
        return new SplitDocument(parsed, passages);
    }

    private PreparedDocument build(ManifestEntry entry, Source source) {
        SplitDocument split = split(entry, source);
        ParsedDocument parsed = split.parsed();
        List<Passage> passages = split.passages();
        List<String> sentences = new ArrayList<>();
        for (Passage p : passages) {
            for (int i = 0; i < p.sentences().size(); i++) {
                sentences.add(p.sentence(i));
            }
        }
        List<float[]> vectors = embedder.embedAll(sentences);
        List<Document> docs = new ArrayList<>(passages.size());
        int at = 0;
        for (Passage p : passages) {
            int n = p.sentences().size();
            docs.add(index.encode(p, vectors.subList(at, at + n)));
            at += n;
        }
        ManifestEntry complete = entry.withParsed(parsed.title(), parsed.url(), parsed.author(), passages.size());
        return new PreparedDocument(complete, source.content(), passages, docs);
    }
}
