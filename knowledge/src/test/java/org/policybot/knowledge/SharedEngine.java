package org.policybot.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.write.llm.LlmComposer;
import org.policybot.knowledge.write.llm.LlmSettings;

/**
 * One real embedding model and one real knowledge base seeded with the shipped document, shared by
 * the read-only engine tests of a test JVM (loading the model takes about a second). Tests that
 * change a knowledge base open their own in a @TempDir with {@link #embedder()}.
 */
public final class SharedEngine {
    private static Embedder embedder;
    private static KnowledgeBase kb;
    private static AnswerEngine engine;

    private SharedEngine() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new CachingEmbedder(new MiniLmEmbedder(), 10_000);
        }
        return embedder;
    }

    /** A knowledge base holding the shipped document only; do not change it. */
    public static synchronized KnowledgeBase shippedKnowledgeBase() {
        if (kb == null) {
            try {
                Path dir = Files.createTempDirectory("policybot-shared-kb");
                kb = KbFixtures.open(dir, KnowledgeBase.Settings.defaults(), embedder());
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return kb;
    }

    public static synchronized AnswerEngine engine() {
        if (engine == null) {
            engine = new AnswerEngine(shippedKnowledgeBase(), embedder(), null);
        }
        return engine;
    }

    /** An engine on the shipped document whose answers a model with {@code settings} writes. */
    public static AnswerEngine withModel(LlmSettings settings) {
        return new AnswerEngine(shippedKnowledgeBase(), embedder(),
                AnswerEngine.Generative.of(LlmComposer.create(settings, embedder())));
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort at JVM exit
        }
    }
}
