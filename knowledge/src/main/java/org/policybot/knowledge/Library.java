package org.policybot.knowledge;

import java.io.Closeable;
import java.io.IOException;
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
import org.policybot.knowledge.index.AuditLog;
import org.policybot.knowledge.index.CommitMirrors;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.OriginRun;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageStore;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.SourceStore;
import org.policybot.knowledge.ingest.DocIds;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.PassageOrigin;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One scope's documents: their passages in a {@link PassageStore} (by default {@code index/}, Lucene;
 * each change one commit carrying the manifest and its audit entries) and, in one folder,
 * {@code sources/} (the source files, by content hash), {@code manifest.json} (a readable mirror of the committed manifest) and {@code audit.jsonl}. The
 * shared documents live in the data folder itself, each server's in {@code servers/<id>/}; a change
 * touches one library only, so it is one atomic commit as before.
 */
final class Library implements Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(Library.class);

    private final Scope scope;
    private final Path dir;
    private final PassageStore index;
    private final SourceStore sources;
    private final CommitMirrors mirrors;
    private final DocumentPreparer preparer;
    private final int keptVersions;
    private volatile Coverage coverage = new Coverage(null, Map.of());

    private record Coverage(Manifest manifest, Map<String, List<String>> sections) {
    }

    private Library(Scope scope, Path dir, PassageStore index, Ingestor ingestor, Embedder embedder, int keptVersions) {
        this.scope = scope;
        this.keptVersions = keptVersions;
        this.dir = dir;
        this.index = index;
        this.sources = new SourceStore(dir.resolve("sources"));
        this.mirrors = new CommitMirrors(dir);
        this.preparer = new DocumentPreparer(ingestor, embedder, index);
    }

    /**
     * Opens (creating the folder if need be) the library of {@code scope} in {@code dir}, keeping up to
     * {@code keptVersions} older versions of each document.
     */
    static Library open(Scope scope, Path dir, PassageBackend backend, Ingestor ingestor, Embedder embedder,
                        int keptVersions) throws IOException {
        Files.createDirectories(dir);
        PassageStore index = backend.open(scope, dir, embedder.dimensions());
        return new Library(scope, dir, index, ingestor, embedder, keptVersions);
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
            public Manifest apply(Manifest latest, PassageStore.Writes writes) {
                return latest;
            }
        });
    }

    /**
     * Adds several documents in one commit: all or nothing. Every file is parsed, split and embedded
     * before the index is touched, so a bad file is refused without any change. A document that is
     * already here becomes a new version, and the one it replaces joins its history (unless the file
     * and overrides are the same, which changes nothing but the passages' encoding).
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
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                Manifest next = latest;
                for (PreparedDocument p : prepared) {
                    ManifestEntry entry = nextVersion(p, latest.find(p.entry().id()).orElse(null));
                    sources.put(p.entry().storedAs(), p.content());
                    writes.replace(p.entry().id(), p.prepared());
                    next = next.with(entry);
                    audit(actor, "add", entry.id(), entry.sha256(), entry.passages(), entry.version());
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
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                removed[0] = latest.find(indexId).orElseThrow(() -> new UnknownDocumentException(docId));
                writes.delete(indexId);
                audit(actor, "remove", indexId, removed[0].sha256(), removed[0].passages(), removed[0].version());
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
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                removed.clear();
                int passages = 0;
                for (ManifestEntry e : latest.entries()) {
                    removed.add(e.info(scope));
                    passages += e.passages();
                }
                writes.deleteAll();
                audit(actor, "remove-all", "*", "", passages, 0);
                return Manifest.EMPTY;
            }
        });
        LOG.info("Removed all {} documents ({}) for {}", removed.size(), scope, actor);
        return removed;
    }

    /**
     * Rebuilds every document from its stored source, in one commit; returns the passage count. Each
     * document keeps its version, its history and where its passages' text comes from (a passage the
     * new parse words differently dates from the document's current version).
     */
    int reindex(String actor) throws IOException {
        if (!index.hasCommit()) {
            return 0;
        }
        int[] count = new int[1];
        List<PreparedDocument> rebuilt = new ArrayList<>();
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                rebuilt.clear();
                List<ManifestEntry> entries = new ArrayList<>();
                for (ManifestEntry e : latest.entries()) {
                    PreparedDocument p = preparer.rebuild(e, sources.read(e.storedAs()));
                    rebuilt.add(p);
                    entries.add(p.entry().passages() == e.passages() ? p.entry() : p.entry().asVersion(e.version(),
                            e.restoredFrom(), Origins.carry(committedPassages(e.id()), e.passageOrigins(), p.passages(),
                                    new PassageOrigin(e.version(), Instant.parse(e.addedAt()))), e.history()));
                }
                writes.deleteAll();
                Manifest next = Manifest.EMPTY;
                count[0] = 0;
                for (int i = 0; i < rebuilt.size(); i++) {
                    writes.replace(rebuilt.get(i).entry().id(), rebuilt.get(i).prepared());
                    next = next.with(entries.get(i));
                    count[0] += entries.get(i).passages();
                }
                audit(actor, "reindex", "*", "", count[0], 0);
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

    /**
     * The entry a document gets when {@code p} is added over {@code current} (null: it is new). New text
     * dates from the new version; a passage the update left as it was keeps the version it came from.
     */
    private ManifestEntry nextVersion(PreparedDocument p, ManifestEntry current) throws IOException {
        ManifestEntry added = p.entry();
        if (current == null) {
            return added;
        }
        if (current.storedAs().equals(added.storedAs()) && current.sameContentAs(added)) {
            return current;
        }
        int number = current.version() + 1;
        List<OriginRun> runs = Origins.carry(committedPassages(current.id()), current.passageOrigins(), p.passages(),
                new PassageOrigin(number, Instant.parse(added.addedAt())));
        return added.asVersion(number, null, runs, kept(current));
    }

    /** {@code current} and its history, newest first, as far as versions are kept. */
    private List<ManifestEntry> kept(ManifestEntry current) {
        List<ManifestEntry> versions = current.versions();
        return List.copyOf(versions.subList(0, Math.min(keptVersions, versions.size())));
    }

    /** A document's passages in the latest commit (during a change: the commit it builds on). */
    private List<Passage> committedPassages(String indexId) throws IOException {
        return index.readLatest(s -> s.passages(indexId));
    }

    /**
     * Makes kept version {@code version} of a document current again, as one commit: its passages
     * answer as they did when it was current, with the origins they had then. The version that was
     * current joins the history, so a rollback can itself be undone.
     */
    DocumentInfo rollback(String docId, int version, String actor) throws IOException {
        String indexId = scope.indexId(docId);
        ManifestEntry[] made = new ManifestEntry[1];
        index.change(new IndexChange() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                ManifestEntry current = latest.find(indexId).orElseThrow(() -> new UnknownDocumentException(docId));
                if (current.version() == version) {
                    throw new KnowledgeException(docId + " is at version " + version + " already; nothing was changed");
                }
                ManifestEntry target = current.history().stream().filter(v -> v.version() == version).findFirst()
                        .orElseThrow(() -> new KnowledgeException("no version " + version + " of " + docId
                                + " is kept (kept: " + numbers(current) + "); nothing was changed"));
                PreparedDocument p = preparer.rebuild(target, sources.read(target.storedAs()));
                int number = current.version() + 1;
                String now = Instant.now().toString();
                List<OriginRun> runs = Origins.fit(target.passageOrigins(), p.passages().size(),
                        new PassageOrigin(number, Instant.parse(now)));
                made[0] = p.entry().remadeBy(actor, now).asVersion(number, version, runs, kept(current));
                writes.replace(indexId, p.prepared());
                // the restored version answers exactly as it did only if the replaced passages no longer
                // count in the term statistics
                writes.dropReplaced();
                audit(actor, "rollback", indexId, made[0].sha256(), made[0].passages(), number);
                return latest.with(made[0]);
            }
        });
        LOG.info("Rolled {} ({}) back to version {} as version {} for {}", docId, scope, version, made[0].version(), actor);
        return made[0].info(scope);
    }

    private static String numbers(ManifestEntry e) {
        return String.join(", ", e.versions().stream().map(v -> Integer.toString(v.version())).toList());
    }

    /** A document's kept versions, newest (the current one) first. */
    List<DocumentVersion> history(String docId) {
        ManifestEntry e = entry(docId);
        List<DocumentVersion> out = new ArrayList<>();
        for (ManifestEntry v : e.versions()) {
            out.add(v.describe(scope, v.version() == e.version()));
        }
        return out;
    }

    /**
     * Compares two kept versions of a document; {@code to} null means the current one, {@code from}
     * null the version kept before {@code to}. Both are read again from their stored sources.
     */
    DocumentDiff diff(String docId, Integer from, Integer to) throws IOException {
        ManifestEntry e = entry(docId);
        List<ManifestEntry> versions = e.versions();
        ManifestEntry newer = to == null ? versions.get(0) : kept(e, docId, to);
        ManifestEntry older;
        if (from != null) {
            older = kept(e, docId, from);
        } else {
            int at = versions.indexOf(newer);
            if (at + 1 >= versions.size()) {
                throw new KnowledgeException(docId + " has no version kept before version " + newer.version()
                        + " (kept: " + numbers(e) + ")");
            }
            older = versions.get(at + 1);
        }
        return PassageDiffer.diff(older.describe(scope, older.version() == e.version()), passagesOf(older),
                newer.describe(scope, newer.version() == e.version()), passagesOf(newer));
    }

    private ManifestEntry kept(ManifestEntry e, String docId, int number) {
        return e.version(number).orElseThrow(() -> new KnowledgeException("no version " + number + " of " + docId
                + " is kept (kept: " + numbers(e) + ")"));
    }

    private List<Passage> passagesOf(ManifestEntry version) throws IOException {
        try {
            return preparer.passages(version, sources.read(version.storedAs()));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new KnowledgeException("version " + version.version() + " of " + scope.docId(version.id())
                    + " changed while it was read; try again");
        }
    }

    private ManifestEntry entry(String docId) {
        try (Snapshot s = snapshot()) {
            return s.manifest().find(scope.indexId(docId)).orElseThrow(() -> new UnknownDocumentException(docId));
        }
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
            return s.passages(indexId);
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
        for (ManifestEntry d : s.manifest().entries()) {
            List<String> sections = new ArrayList<>();
            for (Passage p : s.passages(d.id())) {
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
    private abstract class IndexChange implements PassageStore.Change {
        private final List<AuditLog.Entry> entries = new ArrayList<>();

        void audit(String actor, String action, String doc, String sha256, int passages, int version) {
            entries.add(new AuditLog.Entry(Instant.now().toString(), actor, action, scope.serverId(), doc, sha256,
                    passages, version, 0));
        }

        @Override
        public String record(PassageStore.Committed previous) {
            return AuditLog.toJson(mirrors.audit().withUnlogged(previous, entries));
        }

        @Override
        public void afterCommit(PassageStore.Committed committed) throws IOException {
            mirrors.catchUp(index);
            retainSourcesOf(committed.manifest());
        }

        @Override
        public void afterRollback(Manifest committed) throws IOException {
            retainSourcesOf(committed);
        }
    }

    /** Drops the source copies that neither a document nor one of its kept versions refers to. */
    private void retainSourcesOf(Manifest committed) throws IOException {
        sources.retainOnly(committed.entries().stream().flatMap(e -> e.versions().stream()).map(ManifestEntry::storedAs)
                .collect(Collectors.toSet()));
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
