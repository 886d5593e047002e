package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.apache.solr.embedded.JettySolrRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KbFixtures;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One Solr node stopped during a {@code kb add}: the add completes or fails clearly, and nothing is lost or doubled. */
class FaultTest {
    private static final Logger LOG = LoggerFactory.getLogger(FaultTest.class);
    private static final String QUESTION = "When is the cafeteria open?";

    @Test
    void aNodeStoppedDuringAnAddLosesAndDoublesNothing(@TempDir Path work) throws Exception {
        MiniSolrCloudCluster cluster = SolrTestCluster.get();
        try (SolrBackend backend = SolrTestCluster.backend("fault");
             KnowledgeBase kb = KnowledgeBase.open(work, KnowledgeBase.Settings.defaults(), KbFixtures.EMBEDDER, backend)) {
            // GIVEN a knowledge base with the shipped document and the cafeteria rules, and the answer it gives
            kb.add(KbFixtures.document("cafeteria.md"), "test");
            AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
            Answer before = engine.answer(Question.of(QUESTION));
            assertThat(before.abstained()).isFalse();

            // WHEN one node is stopped while the travel policy is being added
            CompletableFuture<String> add = CompletableFuture.supplyAsync(() -> {
                try {
                    kb.addAll(List.of(KbFixtures.document("travel.md"), KbFixtures.document("announcements.md")), "test");
                    return "added";
                } catch (Exception e) {
                    return "failed: " + e.getMessage();
                }
            });
            Thread.sleep(30);
            long t = System.nanoTime();
            JettySolrRunner stopped = cluster.stopJettySolrRunner(0);
            SolrTestCluster.figure("stopping a node, ms", (System.nanoTime() - t) / 1_000_000);
            String outcome = add.get(120, TimeUnit.SECONDS);
            LOG.info("The add during the node's stop: {}", outcome);
            SolrTestCluster.figure("add during a node stop", outcome.startsWith("added") ? "completed" : "failed clearly");

            // THEN it either completed or failed with a message that says what happened and that nothing changed
            if (!outcome.equals("added")) {
                assertThat(outcome).contains("SolrCloud").containsAnyOf("nothing was changed", "try again");
            }
            // and the earlier documents answer as before, while the node is away
            Answer during = engine.answer(Question.of(QUESTION));
            assertThat(during.answer()).isEqualTo(before.answer());
            assertPassagesMatchManifest(kb);

            // WHEN the node comes back
            t = System.nanoTime();
            cluster.startJettySolrRunner(stopped, true);
            cluster.waitForActiveCollection(SolrTestCluster.COLLECTION, 2, 4);
            SolrTestCluster.figure("node back and all 4 replicas active, ms", (System.nanoTime() - t) / 1_000_000);

            // THEN every document has exactly its manifest's passages, once each, and the add can be made (again)
            assertPassagesMatchManifest(kb);
            assertThat(engine.answer(Question.of(QUESTION)).answer()).isEqualTo(before.answer());
            kb.addAll(List.of(KbFixtures.document("travel.md"), KbFixtures.document("announcements.md")), "test");
            assertThat(kb.list()).extracting(d -> d.id()).contains("travel", "announcements", "cafeteria");
            assertPassagesMatchManifest(kb);
        }
    }

    private static void assertPassagesMatchManifest(KnowledgeBase kb) {
        try (Snapshot s = kb.snapshot(Scope.SHARED)) {
            // the documents added before the node stopped are always there, whatever the add did
            assertThat(s.manifest().entries()).extracting(ManifestEntry::id)
                    .contains("insights-from-global-conversations", "cafeteria");
            for (ManifestEntry e : s.manifest().entries()) {
                List<Passage> passages = s.passages(e.id());
                Set<String> ids = new HashSet<>();
                passages.forEach(p -> ids.add(p.id()));
                assertThat(passages).as(e.id()).hasSize(e.passages());
                assertThat(ids).as(e.id() + " passages are distinct").hasSize(e.passages());
            }
            assertThat(s.terms().passages()).isEqualTo(s.manifest().entries().stream()
                    .mapToInt(ManifestEntry::passages).sum());
        }
    }
}
