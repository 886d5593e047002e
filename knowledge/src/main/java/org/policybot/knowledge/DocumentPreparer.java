package org.policybot.knowledge;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.PassageStore;
import org.policybot.knowledge.index.PreparedPassage;
import org.policybot.knowledge.index.SourceStore;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.ingest.Splitter;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.text.Terms;

/**
 * The slow, side-effect-free half of an add: parse, split, embed (the sentences, and the words the
 * word store lacks), encode. Runs before the index is touched, so a bad file or a crash here changes
 * nothing.
 */
final class DocumentPreparer {
    /** Word vectors kept between documents (1.5 KB each): more than a large handbook's vocabulary. */
    static final int RECENT_WORDS = 10_000;
    private final Ingestor ingestor;
    private final Splitter splitter = new Splitter();
    private final Embedder embedder;
    private final PassageStore index;
    /** Words embedded lately and perhaps not stored yet: documents of one change share most of theirs. */
    private final Cache<String, float[]> recentWords = Caffeine.newBuilder().maximumSize(RECENT_WORDS).build();

    DocumentPreparer(Ingestor ingestor, Embedder embedder, PassageStore index) {
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
        List<PreparedPassage> prepared = new ArrayList<>(passages.size());
        int at = 0;
        for (Passage p : passages) {
            int n = p.sentences().size();
            prepared.add(new PreparedPassage(p, vectors.subList(at, at + n)));
            at += n;
        }
        ManifestEntry complete = entry.withParsed(parsed.title(), parsed.url(), parsed.author(), passages.size());
        return new PreparedDocument(complete, source.content(), passages, prepared, newWords(passages));
    }

    /**
     * Vectors of the passages' content words that the word store lacks (the words same-meaning matching
     * compares a question's with: of each passage with its title and section, and of each sentence),
     * embedded now unless embedded lately for another document of the same change or a recent one.
     */
    private Map<String, float[]> newWords(List<Passage> passages) {
        Set<String> vocabulary = new LinkedHashSet<>();
        for (Passage p : passages) {
            vocabulary.addAll(Terms.contentWords(p.title() + " " + p.sectionLabel() + " " + p.text()));
            for (int i = 0; i < p.sentences().size(); i++) {
                vocabulary.addAll(Terms.contentWords(p.sentence(i)));
            }
        }
        vocabulary.removeAll(index.words().find(vocabulary).keySet());
        Map<String, float[]> out = new HashMap<>(recentWords.getAllPresent(vocabulary));
        List<String> missing = vocabulary.stream().filter(w -> !out.containsKey(w)).toList();
        List<float[]> embedded = embedder.embedAll(missing);
        for (int i = 0; i < missing.size(); i++) {
            out.put(missing.get(i), embedded.get(i));
            recentWords.put(missing.get(i), embedded.get(i));
        }
        return out;
    }
}
