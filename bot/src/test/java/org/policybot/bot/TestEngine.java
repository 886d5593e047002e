package org.policybot.bot;

import java.io.IOException;
import java.nio.file.Path;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;

/**
 * The real engine for the bot's tests: one embedding model per JVM (about a second to load), a real
 * knowledge base per test class in its temp folder (seeded with the shipped document).
 */
public final class TestEngine {
    private static Embedder embedder;

    private TestEngine() {
    }

    public static synchronized Embedder embedder() {
        if (embedder == null) {
            embedder = new MiniLmEmbedder();
        }
        return embedder;
    }

    public static KnowledgeBase openKnowledgeBase(Path dataDir) throws IOException {
        return KnowledgeBase.open(dataDir, KnowledgeBase.Settings.defaults(), embedder());
    }

    public static AnswerEngine engine(KnowledgeBase kb) {
        return new AnswerEngine(kb, embedder(), null);
    }

    /** A test resource's bytes (a path from the test class path's root, "/discord/refunds.md"). */
    public static byte[] resource(String name) throws IOException {
        try (java.io.InputStream in = TestEngine.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
