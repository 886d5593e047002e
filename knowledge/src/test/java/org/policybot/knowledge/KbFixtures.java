package org.policybot.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.Source;

/** The real embedder (loaded once per test JVM) and the policy documents under {@code src/test/resources/kb/}. */
public final class KbFixtures {
    public static final Embedder EMBEDDER = new CachingEmbedder(MiniLmEmbedder.shared(), 10_000);

    private KbFixtures() {
    }

    /** Opens (seeding if empty) a knowledge base with default settings and the shared embedder. */
    public static KnowledgeBase open(Path dataDir) throws IOException {
        return KnowledgeBase.open(dataDir, KnowledgeBase.Settings.defaults(), EMBEDDER);
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
