package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KbFixtures;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.LexicalTerm;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/** Readers during repeated replaces of a document never see it half there. */
class TornReadTest {
    private static final int REPLACES = 8;
    private static final int READERS = 3;

    private static Source version(String marker, int sections) {
        StringBuilder b = new StringBuilder("# Rules\n\n");
        for (int i = 0; i < sections; i++) {
            b.append("## Part ").append(i).append("\n\n").append("The ").append(marker).append(" rule number ").append(i)
                    .append(" says members keep the rooms tidy and the ").append(marker).append(" list current.\n\n");
        }
        return new Source("rules.md", b.toString().getBytes(StandardCharsets.UTF_8), null, null, null);
    }

    @Test
    void readersDuringReplacesSeeOneWholeVersion(@TempDir Path work) throws Exception {
        try (SolrBackend backend = SolrTestCluster.backend("torn");
             KnowledgeBase kb = KnowledgeBase.open(work, KnowledgeBase.Settings.defaults(), KbFixtures.EMBEDDER, backend)) {
            // GIVEN a document in version "alpha" (3 parts); "omega" has 5 parts
            kb.add(version("alpha", 3), "test");
            AtomicBoolean done = new AtomicBoolean();
            AtomicInteger reads = new AtomicInteger();
            ConcurrentLinkedQueue<String> torn = new ConcurrentLinkedQueue<>();
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                Thread t = new Thread(() -> {
                    while (!done.get()) {
                        try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                            ManifestEntry e = s.manifest().find("rules").orElseThrow();
                            List<Passage> passages = s.passages("rules");
                            long alpha = passages.stream().filter(p -> p.text().contains("alpha")).count();
                            long omega = passages.stream().filter(p -> p.text().contains("omega")).count();
                            int found = s.lexical(List.of(new LexicalTerm("alpha", 1f), new LexicalTerm("omega", 1f)), 50)
                                    .size();
                            if (passages.size() != e.passages() || (alpha > 0 && omega > 0) || found != passages.size()) {
                                torn.add("manifest " + e.passages() + ", passages " + passages.size() + " (alpha " + alpha
                                        + ", omega " + omega + "), BM25 hits " + found);
                            }
                            reads.incrementAndGet();
                        } catch (RuntimeException ex) {
                            torn.add("read failed: " + ex);
                        }
                    }
                });
                t.start();
                readers.add(t);
            }

            // WHEN it is replaced again and again, alternating versions, while the readers read
            long start = System.nanoTime();
            for (int i = 0; i < REPLACES; i++) {
                kb.add(i % 2 == 0 ? version("omega", 5) : version("alpha", 3), "test");
            }
            SolrTestCluster.figure("replace of a 3-5 passage document with 3 readers running, ms each",
                    (System.nanoTime() - start) / 1_000_000 / REPLACES);
            done.set(true);
            for (Thread t : readers) {
                t.join();
            }

            // THEN every read saw one whole version: as many passages as its manifest says, all of one version
            SolrTestCluster.figure("torn-read test: reads / torn", reads.get() + " / " + torn.size());
            assertThat(reads.get()).isGreaterThan(REPLACES);
            assertThat(torn).isEmpty();
        }
    }

    @Test
    void aSnapshotHeldOpenAcrossReplacesStillReadsItsVersion(@TempDir Path work) throws Exception {
        // the test backend sweeps retired versions at once (graceSeconds 0): only the open snapshot protects them
        try (SolrBackend backend = SolrTestCluster.backend("held");
             KnowledgeBase kb = KnowledgeBase.open(work, KnowledgeBase.Settings.defaults(), KbFixtures.EMBEDDER, backend)) {
            // GIVEN a snapshot taken while the document is in version "alpha" (3 parts)
            kb.add(version("alpha", 3), "test");
            try (Snapshot held = kb.snapshot(Scope.SHARED)) {
                // WHEN the document is replaced twice, so a later change could sweep "alpha"
                kb.add(version("omega", 5), "test");
                kb.add(version("gamma", 4), "test");

                // THEN the held snapshot still reads all of "alpha", and its searches find it
                List<Passage> passages = held.passages("rules");
                assertThat(passages).hasSize(3).allMatch(p -> p.text().contains("alpha"));
                assertThat(held.lexical(List.of(new LexicalTerm("alpha", 1f)), 10)).hasSize(3);
                // AND a new snapshot reads the latest version only
                try (Snapshot now = kb.snapshot(Scope.SHARED)) {
                    assertThat(now.passages("rules")).hasSize(4).allMatch(p -> p.text().contains("gamma"));
                }
            }
            // AND once it is closed, a further change (which may now sweep what nobody reads) reads whole
            kb.add(version("delta", 2), "test");
            try (Snapshot now = kb.snapshot(Scope.SHARED)) {
                assertThat(now.passages("rules")).hasSize(2).allMatch(p -> p.text().contains("delta"));
            }
        }
    }
}
