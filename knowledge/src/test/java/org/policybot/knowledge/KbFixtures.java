package org.policybot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.LuceneBackend;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageBackendFactory;
import org.policybot.knowledge.model.Source;

/**
 * The real embedder (loaded once per test JVM), the policy documents under {@code src/test/resources/kb/}
 * and the passage backend the tests run on: the embedded index, or the one named by the system property
 * {@value #BACKEND_PROPERTY} (found through {@link PassageBackendFactory}, with the settings given as
 * {@code policybot.test.index.*} properties), so that another module runs these tests on its backend.
 */
public final class KbFixtures {
    public static final Embedder EMBEDDER = new CachingEmbedder(MiniLmEmbedder.shared(), 10_000);
    /** Names the backend ({@code index.backend}) the knowledge bases of the tests use; unset: the embedded index. */
    public static final String BACKEND_PROPERTY = "policybot.test.backend";
    /** Prefix of the system properties that are the backend's {@code index} settings. */
    public static final String SETTINGS_PREFIX = "policybot.test.index.";

    private KbFixtures() {
    }

    /** Opens (seeding if empty) a knowledge base with default settings and the shared embedder. */
    public static KnowledgeBase open(Path dataDir) throws IOException {
        return open(dataDir, KnowledgeBase.Settings.defaults(), EMBEDDER);
    }

    /** Opens (seeding if empty) a knowledge base on the backend the tests run on. */
    public static KnowledgeBase open(Path dataDir, KnowledgeBase.Settings settings, Embedder embedder)
            throws IOException {
        return KnowledgeBase.open(dataDir, settings, embedder, backend(dataDir));
    }

    /**
     * The backend for the knowledge base in {@code dataDir}. A shared one (SolrCloud) gets a namespace of
     * its own per data folder, so tests never see each other's documents and reopening a folder finds its own.
     */
    public static PassageBackend backend(Path dataDir) {
        String name = System.getProperty(BACKEND_PROPERTY, "");
        if (name.isEmpty() || name.equals("lucene")) {
            return new LuceneBackend();
        }
        Map<String, String> settings = new HashMap<>();
        System.getProperties().stringPropertyNames().stream().filter(k -> k.startsWith(SETTINGS_PREFIX))
                .forEach(k -> settings.put(k.substring(SETTINGS_PREFIX.length()), System.getProperty(k)));
        settings.put("namespace", "t" + Integer.toHexString(dataDir.toAbsolutePath().normalize().toString().hashCode()));
        for (PassageBackendFactory f : ServiceLoader.load(PassageBackendFactory.class)) {
            if (f.name().equals(name)) {
                return f.create(settings);
            }
        }
        throw new IllegalStateException(BACKEND_PROPERTY + "=" + name + ": no such backend on the class path");
    }

    public static Source document(String name) {
        return Source.of(name, bytes(name));
    }

    /** A document under another file name (so another id), e.g. a new version replacing an old one. */
    public static Source document(String name, String asFileName) {
        return Source.of(asFileName, bytes(name));
    }

    public static byte[] bytes(String name) {
        try (InputStream in = KbFixtures.class.getResourceAsStream("/kb/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource kb/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a data folder (a template seeded once) into {@code to}, so each test starts from the same state quickly. */
    public static void copyTree(java.nio.file.Path from, java.nio.file.Path to) throws java.io.IOException {
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(from)) {
            for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files::iterator) {
                java.nio.file.Path target = to.resolve(from.relativize(f).toString());
                if (java.nio.file.Files.isDirectory(f)) {
                    java.nio.file.Files.createDirectories(target);
                } else {
                    java.nio.file.Files.copy(f, target);
                }
            }
        }
    }
}
