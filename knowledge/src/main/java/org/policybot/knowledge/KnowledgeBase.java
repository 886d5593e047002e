package org.policybot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.policybot.knowledge.index.AuditLog;
import org.policybot.knowledge.index.CommitMirrors;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.Fields;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.PassageIndex;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.SourceStore;
import org.policybot.knowledge.ingest.DocIds;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for changes to the knowledge base: add, remove, list, show, reindex. The data folder
 * holds {@code index/} (Lucene; each change one commit carrying the manifest and its audit entries),
 * {@code sources/} (the source files, by content hash), {@code manifest.json} (a readable mirror of
 * the committed manifest), {@code audit.jsonl} and {@code .mirrors.lock} (see {@link CommitMirrors}).
 * An empty data folder is seeded from the documents shipped in the jar.
 */
public final class KnowledgeBase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    static final String SHIPPED_LIST = "policybot/documents/documents.list";
    static final String SHIPPED_DIR = "policybot/documents/";
    public static final String SEED_ACTOR = "policybot:seed";

    /** @param maxFileBytes files larger than this are refused (default 20 MB) */
    public record Settings(long maxFileBytes) {
        public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;

        public Settings {
            if (maxFileBytes < 1) {
                throw new IllegalArgumentException("maxFileBytes: must be >= 1, was " + maxFileBytes);
            }
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_MAX_FILE_BYTES);
        }
    }

    private final Path dataDir;
    private final PassageIndex index;
    private final SourceStore sources;
    private final CommitMirrors mirrors;
    private final DocumentPreparer preparer;
    private final Ingestor ingestor;
    private volatile Coverage coverage = new Coverage(null, Map.of());

    private record Coverage(Manifest manifest, Map<String, List<String>> sections) {
    }

    private KnowledgeBase(Path dataDir, PassageIndex index, Settings settings, Embedder embedder) {
        this.dataDir = dataDir;
        this.index = index;
        this.sources = new SourceStore(dataDir.resolve("sources"));
        this.mirrors = new CommitMirrors(dataDir);
        this.ingestor = new Ingestor(settings.maxFileBytes());
        this.preparer = new DocumentPreparer(ingestor, embedder, index);
    }

    /** Opens (creating and seeding if empty) the knowledge base in {@code dataDir}. */
    public static KnowledgeBase open(Path dataDir, Settings settings, Embedder embedder) throws IOException {
        Files.createDirectories(dataDir);
        PassageIndex index = PassageIndex.open(dataDir.resolve("index"), embedder.dimensions());
        KnowledgeBase kb = new KnowledgeBase(dataDir, index, settings, embedder);
        try {
            if (!index.hasCommit()) {
                kb.seed();
            }
        } catch (IOException | RuntimeException e) {
            index.close();
            throw e;
        }
        kb.catchUpMirrors();
        return kb;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** A point-in-time view for reading (retrieval); close it after use. */
    public Snapshot snapshot() {
        return index.acquire();
    }

    /**
     * Refuses a file over the size limit by its size alone, so that a caller reading it from disk or
     * the network can refuse it before loading it ({@link #add} checks again).
     */
    public void checkSize(String fileName, long bytes) {
        ingestor.refuseIfTooLarge(fileName, bytes);
    }

    /** Adds (or replaces, by id) one document; refused files change nothing. */
    public DocumentInfo add(Source source, String actor) throws IOException {
        return addAll(List.of(source), actor).get(0);
    }

    /**
     * Adds several documents in one commit: all or nothing. Every file is parsed, split and embedded
     * before the index is touched, so a bad file is refused without any change.
     */
    public List<DocumentInfo> addAll(List<Source> batch, String actor) throws IOException {
        requireActor(actor);
        if (batch.isEmpty()) {
            throw new KnowledgeException("no files given");
        }
        List<PreparedDocument> prepared = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Source s : batch) {
            String id = s.docId() != null ? DocIds.validate(s.docId()) : DocIds.fromFileName(s.fileName());
            if (!ids.add(id)) {
                throw new KnowledgeException(s.fileName() + ": two files in one add would both be document \"" + id
                        + "\"; give them different names or ids");
            }
            prepared.add(preparer.prepare(id, s, actor, Instant.now()));
        }
        Manifest committed = index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) throws IOException {
                Manifest next = latest;
                for (PreparedDocument p : prepared) {
                    sources.put(p.entry().storedAs(), p.content());
                    writer.deleteDocuments(new Term(Fields.DOC, p.entry().id()));
                    writer.addDocuments(p.documents());
                    next = next.with(p.entry());
                    audit(actor, "add", p.entry().id(), p.entry().sha256(), p.entry().passages());
                }
                return next;
            }
        });
        List<DocumentInfo> out = new ArrayList<>();
        for (PreparedDocument p : prepared) {
            out.add(committed.find(p.entry().id()).orElseThrow().info());
            LOG.info("Added {} ({} passages) for {}", p.entry().id(), p.entry().passages(), actor);
        }
        return out;
    }

    /** Removes a document and its passages. */
    public DocumentInfo remove(String docId, String actor) throws IOException {
        requireActor(actor);
        ManifestEntry[] removed = new ManifestEntry[1];
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) throws IOException {
                removed[0] = latest.find(docId).orElseThrow(() -> new UnknownDocumentException(docId));
                writer.deleteDocuments(new Term(Fields.DOC, docId));
                audit(actor, "remove", docId, removed[0].sha256(), removed[0].passages());
                return latest.without(docId);
            }
        });
        LOG.info("Removed {} for {}", docId, actor);
        return removed[0].info();
    }

    /** Rebuilds every document from its stored source, in one commit; returns the passage count. */
    public int reindex(String actor) throws IOException {
        requireActor(actor);
        int[] count = new int[1];
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) throws IOException {
                List<PreparedDocument> rebuilt = new ArrayList<>();
                for (ManifestEntry e : latest.entries()) {
                    rebuilt.add(preparer.rebuild(e, sources.read(e.storedAs())));
                }
                writer.deleteAll();
                Manifest next = Manifest.EMPTY;
                for (PreparedDocument p : rebuilt) {
                    writer.addDocuments(p.documents());
                    next = next.with(p.entry());
                    count[0] += p.entry().passages();
                }
                audit(actor, "reindex", "*", "", count[0]);
                return next;
            }
        });
        LOG.info("Reindexed {} passages for {}", count[0], actor);
        return count[0];
    }

    /** The documents held, in the order they were first added. */
    public List<DocumentInfo> list() {
        try (Snapshot s = snapshot()) {
            return s.manifest().entries().stream().map(ManifestEntry::info).toList();
        }
    }

    /** A document's passages in order. */
    public List<Passage> show(String docId) {
        try (Snapshot s = snapshot()) {
            if (s.manifest().find(docId).isEmpty()) {
                throw new UnknownDocumentException(docId);
            }
            return passages(s, docId);
        }
    }

    private static List<Passage> passages(Snapshot s, String docId) {
        try {
            IndexSearcher searcher = s.searcher();
            TopDocs hits = searcher.search(new TermQuery(new Term(Fields.DOC, docId)), Integer.MAX_VALUE / 2,
                    new Sort(new SortField(Fields.POSITION, SortField.Type.INT)));
            List<Passage> out = new ArrayList<>();
            for (var hit : hits.scoreDocs) {
                out.add(s.load(hit.doc).passage());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading passages of " + docId, e);
        }
    }

    private void seed() throws IOException {
        List<Source> shipped = shippedDocuments();
        LOG.info("Seeding an empty knowledge base in {} with {} shipped document(s)", dataDir, shipped.size());
        if (shipped.isEmpty()) {
            index.change(new IndexChange() {
                @Override
                public Manifest apply(Manifest latest, IndexWriter writer) {
                    return latest;
                }
            });
            return;
        }
        addAll(shipped, SEED_ACTOR);
    }

    /** The documents packaged in the jar under {@value #SHIPPED_DIR}, listed in {@value #SHIPPED_LIST}. */
    static List<Source> shippedDocuments() throws IOException {
        ClassLoader loader = KnowledgeBase.class.getClassLoader();
        List<Source> out = new ArrayList<>();
        try (InputStream list = loader.getResourceAsStream(SHIPPED_LIST)) {
            if (list == null) {
                return out;
            }
            for (String line : new String(list.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = loader.getResourceAsStream(SHIPPED_DIR + name)) {
                    if (in == null) {
                        throw new IllegalStateException("shipped document listed but not packaged: " + name);
                    }
                    out.add(Source.of(name, in.readAllBytes()));
                }
            }
        }
        return out;
    }

    private static void requireActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw new IllegalArgumentException("every change needs an actor for the audit log");
        }
    }

    /**
     * Every change records its audit entries in its commit; after the commit the audit log and
     * manifest.json catch up with it, and orphaned source copies are dropped (under the writer, so no
     * other process is between storing a source and committing it).
     */
    private abstract class IndexChange implements PassageIndex.Change {
        private final List<AuditLog.Entry> entries = new ArrayList<>();

        void audit(String actor, String action, String doc, String sha256, int passages) {
            entries.add(new AuditLog.Entry(Instant.now().toString(), actor, action, doc, sha256, passages));
        }

        @Override
        public String record() {
            return AuditLog.toJson(entries);
        }

        @Override
        public void afterCommit(PassageIndex.Committed committed) throws IOException {
            mirrors.catchUp(index);
            retainSourcesOf(committed.manifest());
        }

        @Override
        public void afterRollback(Manifest committed) throws IOException {
            retainSourcesOf(committed);
        }
    }

    private void retainSourcesOf(Manifest committed) throws IOException {
        sources.retainOnly(committed.entries().stream().map(ManifestEntry::storedAs).collect(Collectors.toSet()));
    }

    /** Writes what a process killed after its commit could not (its audit lines, manifest.json). */
    private void catchUpMirrors() {
        try {
            mirrors.catchUp(index);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Audit log and manifest.json not brought up to date in {} (read-only?): {}", dataDir, e.toString());
        }
    }

    /**
     * Summary of what the knowledge base covers: document title to its top-level sections. Every
     * abstention quotes it, so it is computed once per committed manifest, not once per answer.
     */
    public Map<String, List<String>> coverage() {
        try (Snapshot s = snapshot()) {
            Coverage c = coverage;
            if (!s.manifest().equals(c.manifest())) {
                c = new Coverage(s.manifest(), coverage(s));
                coverage = c;
            }
            return c.sections();
        }
    }

    private static Map<String, List<String>> coverage(Snapshot s) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (s.searcher() == null) {
            return out;
        }
        for (ManifestEntry d : s.manifest().entries()) {
            List<String> sections = new ArrayList<>();
            for (Passage p : passages(s, d.id())) {
                if (!p.section().isEmpty() && !sections.contains(p.section().get(0))) {
                    sections.add(p.section().get(0));
                }
            }
            out.put(d.title(), List.copyOf(sections));
        }
        return java.util.Collections.unmodifiableMap(out);
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
