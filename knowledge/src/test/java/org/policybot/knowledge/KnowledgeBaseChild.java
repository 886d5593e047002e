package org.policybot.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/**
 * A separate process that makes one change to a knowledge base, for tests that kill it midway:
 * {@code DATA_DIR add FILE...}, {@code DATA_DIR reindex} or {@code DATA_DIR rollback DOC VERSION}. Exits 0 when the change is done.
 */
public final class KnowledgeBaseChild {
    private KnowledgeBaseChild() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        try (KnowledgeBase kb = KnowledgeBase.open(data, KnowledgeBase.Settings.defaults(),
                new CachingEmbedder(MiniLmEmbedder.shared(), 1_000))) {
            if (args[1].equals("add")) {
                List<Source> sources = new ArrayList<>();
                for (int i = 2; i < args.length; i++) {
                    Path f = Path.of(args[i]);
                    sources.add(Source.of(f.getFileName().toString(), Files.readAllBytes(f)));
                }
                kb.addAll(sources, "test:child");
            } else if (args[1].equals("reindex")) {
                kb.reindex("test:child");
            } else if (args[1].equals("rollback")) {
                kb.rollback(Scope.SHARED, args[2], Integer.parseInt(args[3]), "test:child");
            } else {
                throw new IllegalArgumentException("unknown action " + args[1]);
            }
        }
        System.exit(0);
    }
}
