package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.PassageStore;
import org.policybot.knowledge.index.PreparedPassage;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Span;

/** Two writers of one scope (two processes: two stores) cannot both win; the loser is told and leaves nothing. */
class ConcurrentWritersTest {
    private static final int DIMENSIONS = 384;

    private static PreparedPassage passage(String doc, String text) {
        float[] v = new float[DIMENSIONS];
        v[Math.abs(text.hashCode()) % DIMENSIONS] = 1f;
        return new PreparedPassage(new Passage(doc + "#0", doc, "Title", List.of("Part"), "", 0, text,
                List.of(new Span(0, text.length()))), List.of(v));
    }

    private static PassageStore.Change replace(String doc, String text, Runnable meanwhile) {
        return (latest, writes) -> {
            writes.replace(doc, List.of(passage(doc, text)));
            meanwhile.run();
            return latest;
        };
    }

    @Test
    void ofTwoWritersOfOneScopeOneWinsAndTheOtherIsToldToTryAgain(@TempDir Path work) throws Exception {
        try (SolrBackend one = SolrTestCluster.backend("writers"); SolrBackend two = SolrTestCluster.backend("writers");
             PassageStore first = one.open(Scope.SHARED, work.resolve("a"), DIMENSIONS);
             PassageStore second = two.open(Scope.SHARED, work.resolve("b"), DIMENSIONS)) {
            // GIVEN two stores of the same scope (as two processes hold them)
            // WHEN the first stages a change and, before it commits, the second commits one
            assertThatThrownBy(() -> first.change(replace("rules", "the loser's text", () -> {
                try {
                    second.change(replace("rules", "the winner's text", () -> { }));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            })))
                    // THEN the first is refused with a message saying why and what to do
                    .isInstanceOf(KnowledgeException.class).hasMessageContaining("changed by another process")
                    .hasMessageContaining("try again");

            // AND the winner's version is what both read, and the loser's staged passage is gone
            try (Snapshot a = first.acquire(); Snapshot b = second.acquire()) {
                float[] v = passage("rules", "the winner's text").sentenceVectors().get(0);
                assertThat(a.nearest(v, 10)).extracting(h -> a.load(h).passage().text()).containsExactly("the winner's text");
                assertThat(b.nearest(v, 10)).extracting(h -> b.load(h).passage().text()).containsExactly("the winner's text");
            }
            long staged = one.client().query(SolrTestCluster.COLLECTION,
                    new org.apache.solr.client.solrj.SolrQuery("kind:passage AND scope:writers.shared").setRows(0))
                    .getResults().getNumFound();
            assertThat(staged).isEqualTo(1);
            assertThat(first.latest().sequence()).isEqualTo(1);
            assertThat(first.latest().manifest()).isEqualTo(Manifest.EMPTY);
        }
    }

    @Test
    void overAnExistingPointerTooOnlyOneWriterWins(@TempDir Path work) throws Exception {
        try (SolrBackend one = SolrTestCluster.backend("writers-again");
             SolrBackend two = SolrTestCluster.backend("writers-again");
             PassageStore first = one.open(Scope.SHARED, work.resolve("a"), DIMENSIONS);
             PassageStore second = two.open(Scope.SHARED, work.resolve("b"), DIMENSIONS)) {
            // GIVEN a scope whose pointer exists (one change committed: the write must match its version)
            first.change(replace("rules", "the first text", () -> { }));
            assertThat(second.latest().sequence()).isEqualTo(1);

            // WHEN the second stages a change and, before it commits, the first commits one
            assertThatThrownBy(() -> second.change(replace("rules", "the loser's text", () -> {
                try {
                    first.change(replace("rules", "the winner's text", () -> { }));
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            })))
                    // THEN the second is refused and told to try again
                    .isInstanceOf(KnowledgeException.class).hasMessageContaining("try again");

            // AND both read the winner's change, at sequence 2 (these changes add passages without a manifest
            // entry, so they are read by search, not by document)
            assertThat(first.latest().sequence()).isEqualTo(2);
            assertThat(second.latest().sequence()).isEqualTo(2);
            try (Snapshot b = second.acquire()) {
                float[] v = passage("rules", "the winner's text").sentenceVectors().get(0);
                assertThat(b.nearest(v, 10)).extracting(h -> b.load(h).passage().text()).containsExactly("the winner's text");
            }
            // AND trying again on the second now succeeds, over the winner's change
            second.change(replace("rules", "the retried text", () -> { }));
            assertThat(first.latest().sequence()).isEqualTo(3);
            try (Snapshot b = second.acquire()) {
                float[] v = passage("rules", "the retried text").sentenceVectors().get(0);
                assertThat(b.nearest(v, 10)).extracting(h -> b.load(h).passage().text()).containsExactly("the retried text");
            }
        }
    }
}
