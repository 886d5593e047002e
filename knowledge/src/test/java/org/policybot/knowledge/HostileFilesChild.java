package org.policybot.knowledge;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.Source;

/**
 * A separate process, run with a small heap, that offers files to an existing knowledge base:
 * {@code DATA_DIR MAX_FILE_BYTES FILE...}. Prints "refused: REASON" or "added: ID" a file, then the
 * peak heap use, and exits 0; running out of memory ends it with an error instead.
 */
public final class HostileFilesChild {
    private HostileFilesChild() {
    }

    public static void main(String[] args) throws Exception {
        KnowledgeBase.Settings settings = new KnowledgeBase.Settings(Long.parseLong(args[1]));
        try (KnowledgeBase kb = KnowledgeBase.open(Path.of(args[0]), settings,
                new CachingEmbedder(MiniLmEmbedder.shared(), 100))) {
            for (int i = 2; i < args.length; i++) {
                Path f = Path.of(args[i]);
                try {
                    System.out.println("added: " + kb.add(Source.of(f.getFileName().toString(), Files.readAllBytes(f)),
                            "test:child").id());
                } catch (RejectedFileException e) {
                    System.out.println("refused: " + e.getMessage());
                }
            }
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println("peak heap MB: " + peak / (1024 * 1024));
        System.exit(0);
    }
}
