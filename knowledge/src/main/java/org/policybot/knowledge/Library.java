package org.policybot.knowledge;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scope's documents in one folder: {@code index/} (Lucene; each change one commit carrying the
 * manifest and its audit entries), {@code sources/} (the source files, by content hash),
 * {@code manifest.json} (a readable mirror of the committed manifest) and {@code audit.jsonl}. The
 * shared documents live in the data folder itself, each server's in {@code servers/<id>/}; a change
 * touches one library only, so it is one atomic commit as before.
 */
final class Library implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    private final Scope scope;
    private final Path dir;
    private final PassageIndex index;
    private final SourceStore sources;
    private final CommitMirrors mirrors;
    private final DocumentPreparer preparer;
    private volatile Coverage coverage = new Coverage(null, Map.of());

    private record Coverage(Manifest manifest, Map<String, List<String>> sections) {
    }

    private Library(Scope scope, Path dir, PassageIndex index, Ingestor ingestor, Embedder embedder) {
        this.scope = scope;
        this.dir = dir;
        this.index = index;
        this.sources = new SourceStore(dir.resolve("sources"));
        this.mirrors = new CommitMirrors(dir);
        this.preparer = new DocumentPreparer(ingestor, embedder, index);
    }

    /** Opens (creating the folder if need be) the library of {@code scope} in {@code dir}. */
    static Library open(Scope scope, Path dir, Ingestor ingestor, Embedder embedder) throws IOException {
        Files.createDirectories(dir);
        PassageIndex index = PassageIndex.open(dir.resolve("index"), embedder.dimensions());
        return new Library(scope, dir, index, ingestor, embedder);
    }

    /** True when {@code dir} holds a library's index (the folder exists; it may hold no commit yet). */
    static boolean existsIn(Path dir) {
        return Files.isDirectory(dir.resolve("index"));
    }

    Scope scope() {
        return scope;
    }

    boolean hasCommit() throws IOException {
        return index.hasCommit();
    }

    Snapshot snapshot() {
        return index.acquire();
    }

    /** Commits an empty manifest, so that a seeded-but-empty knowledge base is not seeded again. */
    void commitEmpty() throws IOException {
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) {
                return latest;
            }
        });
    }

    /**
     * Adds several documents in one commit: all or nothing. Every file is parsed, split and embedded
     * before the index is touched, so a bad file is refused without any change.
     */
    List<DocumentInfo> addAll(List<Source> batch, String actor) throws IOException {
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
            prepared.add(preparer.prepare(scope.indexId(id), s, actor, Instant.now()));
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

            @Override
            public Map<String, float[]> words() {
                return PreparedDocument.words(prepared);
            }
        });
        List<DocumentInfo> out = new ArrayList<>();
        for (PreparedDocument p : prepared) {
            out.add(committed.find(p.entry().id()).orElseThrow().info(scope));
            LOG.info("Added {} ({} passages, {}) for {}", p.entry().id(), p.entry().passages(), scope, actor);
        }
        return out;
    }

    /** Removes a document and its passages. */
    DocumentInfo remove(String docId, String actor) throws IOException {
        String indexId = scope.indexId(docId);
        ManifestEntry[] removed = new ManifestEntry[1];
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) throws IOException {
                removed[0] = latest.find(indexId).orElseThrow(() -> new UnknownDocumentException(docId));
                writer.deleteDocuments(new Term(Fields.DOC, indexId));
                audit(actor, "remove", indexId, removed[0].sha256(), removed[0].passages());
                return latest.without(indexId);
            }
        });
        LOG.info("Removed {} ({}) for {}", docId, scope, actor);
        return removed[0].info(scope);
    }

    /** Removes every document, in one commit; returns what was removed. */
    List<DocumentInfo> removeAll(String actor) throws IOException {
        List<DocumentInfo> removed = new ArrayList<>();
        if (!index.hasCommit()) {
            return removed;
        }
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) throws IOException {
                removed.clear();
                int passages = 0;
                for (ManifestEntry e : latest.entries()) {
                    removed.add(e.info(scope));
                    passages += e.passages();
                }
                writer.deleteAll();
                audit(actor, "remove-all", "*", "", passages);
                return Manifest.EMPTY;
            }
        });
        LOG.info("Removed all {} documents ({}) for {}", removed.size(), scope, actor);
        return removed;
    }

    /** Rebuilds every document from its stored source, in one commit; returns the passage count. */
    int reindex(String actor) throws IOException {
        if (!index.hasCommit()) {
            return 0;
        }
        int[] count = new int[1];
        List<PreparedDocument> rebuilt = new ArrayList<>();
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, IndexWriter writer) throws IOException {
                rebuilt.clear();
                for (ManifestEntry e : latest.entries()) {
                    rebuilt.add(preparer.rebuild(e, sources.read(e.storedAs())));
                }
                writer.deleteAll();
                Manifest next = Manifest.EMPTY;
                count[0] = 0;
                for (PreparedDocument p : rebuilt) {
                    writer.addDocuments(p.documents());
                    next = next.with(p.entry());
                    count[0] += p.entry().passages();
                }
                audit(actor, "reindex", "*", "", count[0]);
                return next;
            }

            @Override
            public Map<String, float[]> words() {
                return PreparedDocument.words(rebuilt);
            }
        });
        LOG.info("Reindexed {} passages ({}) for {}", count[0], scope, actor);
        return count[0];
    }

    /** The documents held, in the order they were first added. */
    List<DocumentInfo> list() {
        try (Snapshot s = snapshot()) {
            return s.manifest().entries().stream().map(e -> e.info(scope)).toList();
        }
    }

    /** True when this library holds {@code docId}. */
    boolean holds(String docId) {
        try (Snapshot s = snapshot()) {
            return s.manifest().find(scope.indexId(docId)).isPresent();
        }
    }

    /** A document's passages in order. */
    List<Passage> show(String docId) {
        try (Snapshot s = snapshot()) {
            String indexId = scope.indexId(docId);
            if (s.manifest().find(indexId).isEmpty()) {
                throw new UnknownDocumentException(docId);
            }
            return passages(s, indexId);
        }
    }

    private static List<Passage> passages(Snapshot s, String indexId) {
        try {
            IndexSearcher searcher = s.searcher();
            TopDocs hits = searcher.search(new TermQuery(new Term(Fields.DOC, indexId)), Integer.MAX_VALUE / 2,
                    new Sort(new SortField(Fields.POSITION, SortField.Type.INT)));
            List<Passage> out = new ArrayList<>();
            for (var hit : hits.scoreDocs) {
                out.add(s.load(hit.doc).passage());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("reading passages of " + indexId, e);
        }
    }

    /**
     * Document title to its top-level sections. Every abstention quotes it, so it is computed once per
     * committed manifest, not once per answer.
     */
    Map<String, List<String>> coverage() {
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
        return Collections.unmodifiableMap(out);
    }

    /**
     * Every change records its audit entries in its commit; after the commit the audit log and
     * manifest.json catch up with it, and orphaned source copies are dropped (under the writer, so no
     * other process is between storing a source and committing it).
     */
    private abstract class IndexChange implements PassageIndex.Change {
        private final List<AuditLog.Entry> entries = new ArrayList<>();

        void audit(String actor, String action, String doc, String sha256, int passages) {
            entries.add(new AuditLog.Entry(Instant.now().toString(), actor, action, scope.serverId(), doc, sha256,
                    passages));
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
    void catchUpMirrors() {
        try {
            mirrors.catchUp(index);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Audit log and manifest.json not brought up to date in {} (read-only?): {}", dir, e.toString());
        }
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
