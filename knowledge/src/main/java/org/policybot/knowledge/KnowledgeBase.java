package org.policybot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.policybot.knowledge.index.CommitMirrors;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.LuceneBackend;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for changes to the knowledge base: add, remove, list, show, reindex, each in a
 * {@link Scope}. The shared documents (the shipped ones, and those the operator adds from the
 * command line) live in the data folder itself: {@code index/} (Lucene; each change one commit
 * carrying the manifest and its audit entries), {@code sources/} (the source files, by content hash),
 * {@code manifest.json} (a readable mirror of the committed manifest), {@code audit.jsonl} and
 * {@code .mirrors.lock} (see {@link CommitMirrors}). Each Discord server's own documents live the
 * same way in {@code servers/<server id>/}. An empty data folder is seeded from the documents shipped
 * in the jar.
 *
 * <p>Reading in a server's scope sees the shared documents and that server's ({@link #snapshot}); a
 * change in a scope touches that scope's documents only. A server's folder stays until the operator
 * removes its documents: a bot that leaves a server keeps them.
 */
public final class KnowledgeBase implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeBase.class);
    static final String SHIPPED_LIST = "policybot/documents/documents.list";
    static final String SHIPPED_DIR = "policybot/documents/";
    /** The folder of the data folder that holds one folder per server with documents of its own. */
    public static final String SERVERS_DIR = "servers";
    public static final String SEED_ACTOR = "policybot:seed";

    /**
     * @param maxFileBytes files larger than this are refused (default 20 MB)
     * @param keptVersions how many older versions of each document are kept for history and rollback
     *                     (default 10); the oldest beyond that are dropped with their source files
     */
    public record Settings(long maxFileBytes, int keptVersions) {
        public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
        public static final int DEFAULT_KEPT_VERSIONS = 10;

        public Settings {
            if (maxFileBytes < 1) {
                throw new IllegalArgumentException("maxFileBytes: must be >= 1, was " + maxFileBytes);
            }
            if (keptVersions < 0) {
                throw new IllegalArgumentException("keptVersions: must be >= 0, was " + keptVersions);
            }
        }

        /** Settings with the default number of kept versions. */
        public Settings(long maxFileBytes) {
            this(maxFileBytes, DEFAULT_KEPT_VERSIONS);
        }

        public static Settings defaults() {
            return new Settings(DEFAULT_MAX_FILE_BYTES);
        }
    }

    private final Path dataDir;
    private final PassageBackend backend;
    private final int keptVersions;
    private final Ingestor ingestor;
    private final Embedder embedder;
    private final Library shared;
    private final Map<String, Library> servers = new ConcurrentHashMap<>();

    private KnowledgeBase(Path dataDir, PassageBackend backend, int keptVersions, Ingestor ingestor, Embedder embedder,
                          Library shared) {
        this.dataDir = dataDir;
        this.backend = backend;
        this.keptVersions = keptVersions;
        this.ingestor = ingestor;
        this.embedder = embedder;
        this.shared = shared;
    }

    /** Opens (creating and seeding if empty) the knowledge base in {@code dataDir}, on the embedded index. */
    public static KnowledgeBase open(Path dataDir, Settings settings, Embedder embedder) throws IOException {
        return open(dataDir, settings, embedder, new LuceneBackend());
    }

    /**
     * Opens (creating and seeding if empty) the knowledge base whose local files live in {@code dataDir}
     * and whose passages {@code backend} keeps. The knowledge base owns the backend: closing it (or a
     * failure to open) closes the backend.
     */
    public static KnowledgeBase open(Path dataDir, Settings settings, Embedder embedder, PassageBackend backend)
            throws IOException {
        Ingestor ingestor = new Ingestor(settings.maxFileBytes());
        Library shared;
        try {
            shared = Library.open(Scope.SHARED, dataDir, backend, ingestor, embedder, settings.keptVersions());
        } catch (IOException | RuntimeException e) {
            closeQuietly(backend, e);
            throw e;
        }
        KnowledgeBase kb = new KnowledgeBase(dataDir, backend, settings.keptVersions(), ingestor, embedder, shared);
        try {
            if (!shared.hasCommit()) {
                kb.seed();
            }
        } catch (IOException | RuntimeException e) {
            shared.close();
            closeQuietly(backend, e);
            throw e;
        }
        shared.catchUpMirrors();
        return kb;
    }

    private static void closeQuietly(PassageBackend backend, Exception cause) {
        try {
            backend.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    public Path dataDir() {
        return dataDir;
    }

    /**
     * A point-in-time view for reading (retrieval) in {@code scope}: the shared documents, plus the
     * server's when the scope is a server's. Nothing else is visible through it. Close it after use.
     */
    public Snapshot snapshot(Scope scope) {
        Snapshot common = shared.snapshot();
        if (scope.shared()) {
            return common;
        }
        Library own;
        try {
            own = library(scope, false);
        } catch (IOException | RuntimeException e) {
            common.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        if (own == null) {
            return common;
        }
        Snapshot server;
        try {
            server = own.snapshot();
        } catch (RuntimeException e) {
            common.close();
            throw e;
        }
        return backend.union(common, server);
    }

    /**
     * Refuses a file over the size limit by its size alone, so that a caller reading it from disk or
     * the network can refuse it before loading it ({@link #add} checks again).
     */
    public void checkSize(String fileName, long bytes) {
        ingestor.refuseIfTooLarge(fileName, bytes);
    }

    /** Adds (or replaces, by id) one shared document; refused files change nothing. */
    public DocumentInfo add(Source source, String actor) throws IOException {
        return add(Scope.SHARED, source, actor);
    }

    /** Adds (or replaces, by id) one document of {@code scope}; refused files change nothing. */
    public DocumentInfo add(Scope scope, Source source, String actor) throws IOException {
        return addAll(scope, List.of(source), actor).get(0);
    }

    /** Adds several shared documents in one commit: all or nothing. */
    public List<DocumentInfo> addAll(List<Source> batch, String actor) throws IOException {
        return addAll(Scope.SHARED, batch, actor);
    }

    /**
     * Adds several documents of {@code scope} in one commit: all or nothing. Every file is parsed,
     * split and embedded before the index is touched, so a bad file is refused without any change.
     */
    public List<DocumentInfo> addAll(Scope scope, List<Source> batch, String actor) throws IOException {
        requireActor(actor);
        return library(scope, true).addAll(batch, actor);
    }

    /** Removes a shared document and its passages. */
    public DocumentInfo remove(String docId, String actor) throws IOException {
        return remove(Scope.SHARED, docId, actor);
    }

    /** Removes a document of {@code scope} (never a shared one through a server's scope). */
    public DocumentInfo remove(Scope scope, String docId, String actor) throws IOException {
        requireActor(actor);
        Library library = library(scope, false);
        if (library == null) {
            throw new UnknownDocumentException(docId);
        }
        return library.remove(docId, actor);
    }

    /** Removes every document of {@code scope} in one commit; returns what was removed. */
    public List<DocumentInfo> removeAll(Scope scope, String actor) throws IOException {
        requireActor(actor);
        Library library = library(scope, false);
        return library == null ? List.of() : library.removeAll(actor);
    }

    /** Rebuilds every shared document from its stored source, in one commit; returns the passage count. */
    public int reindex(String actor) throws IOException {
        return reindex(Scope.SHARED, actor);
    }

    /** Rebuilds every document of {@code scope} from its stored source, in one commit; returns the passage count. */
    public int reindex(Scope scope, String actor) throws IOException {
        requireActor(actor);
        Library library = library(scope, false);
        return library == null ? 0 : library.reindex(actor);
    }

    /**
     * Makes a kept older version of a document of {@code scope} current again, in one commit (audited as
     * "rollback"): the document answers exactly as it did at that version, with the same citations. The
     * version it replaces is kept, so the rollback can be undone the same way.
     *
     * @return the document as it now is: a new version number, restored from {@code version}
     */
    public DocumentInfo rollback(Scope scope, String docId, int version, String actor) throws IOException {
        requireActor(actor);
        Library library = library(scope, false);
        if (library == null) {
            throw new UnknownDocumentException(docId);
        }
        return library.rollback(docId, version, actor);
    }

    /** The kept versions of a document, newest (the current one) first, as {@code scope} reads it. */
    public List<DocumentVersion> history(Scope scope, String docId) {
        return reading(scope, docId).history(docId);
    }

    /**
     * What changed between two kept versions of a document, as {@code scope} reads it; {@code to} null
     * means the current version, {@code from} null the version kept before {@code to}.
     */
    public DocumentDiff diff(Scope scope, String docId, Integer from, Integer to) throws IOException {
        return reading(scope, docId).diff(docId, from, to);
    }

    /** The library {@code scope} reads a document from: the server's own document first, else the shared one. */
    private Library reading(Scope scope, String docId) {
        if (!scope.shared()) {
            Library own = existing(scope);
            if (own != null && own.holds(docId)) {
                return own;
            }
        }
        return shared;
    }

    /** The shared documents, in the order they were first added. */
    public List<DocumentInfo> list() {
        return shared.list();
    }

    /**
     * What {@code scope} reads: the shared documents, then (for a server) the server's own, each in
     * the order they were first added; {@link DocumentInfo#scope()} tells them apart.
     */
    public List<DocumentInfo> list(Scope scope) {
        List<DocumentInfo> out = new ArrayList<>(shared.list());
        if (!scope.shared()) {
            Library own = existing(scope);
            if (own != null) {
                out.addAll(own.list());
            }
        }
        return out;
    }

    /** The servers that have documents of their own (or had: a folder stays when they are all removed). */
    public List<String> servers() {
        Path dir = dataDir.resolve(SERVERS_DIR);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(dir)) {
            return folders.filter(p -> Scope.isServerId(p.getFileName().toString())
                            && backend.exists(Scope.server(p.getFileName().toString()), p))
                    .map(p -> p.getFileName().toString())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("listing " + dir, e);
        }
    }

    /** A shared document's passages in order. */
    public List<Passage> show(String docId) {
        return shared.show(docId);
    }

    /** A document's passages in order, as {@code scope} reads it: the server's own document first, else the shared one. */
    public List<Passage> show(Scope scope, String docId) {
        if (!scope.shared()) {
            Library own = existing(scope);
            if (own != null && own.holds(docId)) {
                return own.show(docId);
            }
        }
        return shared.show(docId);
    }

    private void seed() throws IOException {
        List<Source> shipped = shippedDocuments();
        LOG.info("Seeding an empty knowledge base in {} with {} shipped document(s)", dataDir, shipped.size());
        if (shipped.isEmpty()) {
            shared.commitEmpty();
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
     * The library of {@code scope}: opened on first use; for a server, created when {@code create}
     * (a first add), else null while the server has no folder. Another process (the command line
     * beside a running bot) may create it at any time, so absence is checked again at each call.
     */
    private Library library(Scope scope, boolean create) throws IOException {
        if (scope.shared()) {
            return shared;
        }
        Library open = servers.get(scope.serverId());
        if (open != null) {
            return open;
        }
        Path dir = serverDir(scope);
        if (!create && !backend.exists(scope, dir)) {
            return null;
        }
        synchronized (servers) {
            open = servers.get(scope.serverId());
            if (open == null) {
                open = Library.open(scope, dir, backend, ingestor, embedder, keptVersions);
                open.catchUpMirrors();
                servers.put(scope.serverId(), open);
            }
            return open;
        }
    }

    private Library existing(Scope scope) {
        try {
            return library(scope, false);
        } catch (IOException e) {
            throw new UncheckedIOException("opening the documents of " + scope, e);
        }
    }

    private Path serverDir(Scope scope) {
        return dataDir.resolve(SERVERS_DIR).resolve(scope.serverId());
    }

    /**
     * Summary of what {@code scope} reads: document title to its top-level sections (the shared
     * documents', then the server's). Every abstention quotes it; each library caches its part.
     */
    public Map<String, List<String>> coverage(Scope scope) {
        Map<String, List<String>> common = shared.coverage();
        Library own = scope.shared() ? null : existing(scope);
        if (own == null) {
            return common;
        }
        Map<String, List<String>> out = new LinkedHashMap<>(common);
        own.coverage().forEach((title, sections) -> out.merge(title, sections, (a, b) -> {
            List<String> both = new ArrayList<>(a);
            b.stream().filter(x -> !both.contains(x)).forEach(both::add);
            return List.copyOf(both);
        }));
        return Collections.unmodifiableMap(out);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Library l : servers.values()) {
            try {
                l.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        try {
            shared.close();
        } catch (IOException e) {
            failure = e;
        }
        try {
            backend.close();
        } catch (Exception e) {
            failure = e instanceof IOException io ? io : new IOException("closing the index backend", e);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
