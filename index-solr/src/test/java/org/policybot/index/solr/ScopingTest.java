package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KbFixtures;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Hit;
import org.policybot.knowledge.index.LexicalTerm;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.text.Terms;

/** Per-server scoping on SolrCloud: a server's search never returns another server's passages. */
class ScopingTest {
    private static final Scope A = Scope.server("111");
    private static final Scope B = Scope.server("222");
    private static final String A_POLICY = """
            # Zorblax club rules

            ## Zorblax meetings

            Zorblax members meet on Mondays in the blue room; bring your zorblax badge.
            """;
    private static final String B_POLICY = """
            # Quintafel guild rules

            ## Quintafel dues

            Quintafel dues are paid each quarter to the treasurer of the quintafel guild.
            """;
    @TempDir
    static Path work;
    private static KnowledgeBase kb;

    @BeforeAll
    static void twoServers() throws IOException {
        SolrBackend backend = SolrTestCluster.backend("scoping");
        kb = KnowledgeBase.open(work, KnowledgeBase.Settings.defaults(), KbFixtures.EMBEDDER, backend);
        kb.add(A, new Source("rules.md", A_POLICY.getBytes(StandardCharsets.UTF_8), null, null, null), "test");
        kb.add(B, new Source("rules.md", B_POLICY.getBytes(StandardCharsets.UTF_8), null, null, null), "test");
    }

    @AfterAll
    static void close() throws IOException {
        kb.close();
    }

    private static List<LexicalTerm> terms(String text) {
        return Terms.distinct(text).stream().map(s -> new LexicalTerm(s, 1f)).toList();
    }

    @Test
    void bm25InOneServerNeverReturnsAnotherServersPassages() {
        // GIVEN servers 111 and 222 each with a document of its own (both called "rules")
        // WHEN server 111 searches for the words of both documents
        try (Snapshot s = kb.snapshot(A)) {
            List<Hit> hits = s.lexical(terms(A_POLICY + " " + B_POLICY), 100);

            // THEN it finds its own document and never server 222's
            List<String> docs = hits.stream().map(h -> s.load(h).passage().docId()).toList();
            assertThat(docs).contains("111:rules").noneMatch(d -> d.startsWith("222:"));
            // and 222's words count nowhere in 111's statistics or spelling
            assertThat(s.terms().docFreq(Terms.of("quintafel").get(0))).isZero();
            assertThat(s.terms().hasWord("quintafel")).isFalse();
            assertThat(s.terms().closestWord("quintafell", 2, 0.5f)).isNull();
            assertThat(s.terms().hasWord("zorblax")).isTrue();
        }
    }

    @Test
    void nearestInOneServerNeverReturnsAnotherServersPassages() {
        // GIVEN the text of server 222's document embedded
        float[] v = KbFixtures.EMBEDDER.embed(B_POLICY);

        // WHEN server 111 asks for the 100 nearest passages
        try (Snapshot s = kb.snapshot(A)) {
            List<String> docs = s.nearest(v, 100).stream().map(h -> s.load(h).passage().docId()).toList();

            // THEN it gets its own and the shared ones, never 222's
            assertThat(docs).contains("111:rules").noneMatch(d -> d.startsWith("222:"));
        }
    }

    @Test
    void theSharedScopeSeesNoServersPassagesAndEachServerItsOwn() {
        // GIVEN both servers' documents  WHEN the shared scope and server 222 search for both documents' words
        try (Snapshot shared = kb.snapshot(Scope.SHARED); Snapshot b = kb.snapshot(B)) {
            List<String> sharedDocs = shared.lexical(terms(A_POLICY + " " + B_POLICY), 100).stream()
                    .map(h -> shared.load(h).passage().docId()).toList();
            List<String> bDocs = b.nearest(KbFixtures.EMBEDDER.embed(A_POLICY), 100).stream()
                    .map(h -> b.load(h).passage().docId()).toList();

            // THEN the shared scope finds neither server's; 222 finds its own and never 111's
            assertThat(sharedDocs).noneMatch(d -> d.contains(":"));
            assertThat(bDocs).contains("222:rules").noneMatch(d -> d.startsWith("111:"));
            assertThat(b.passages("111:rules")).isEmpty();
            assertThat(b.passageAt("111:rules", 0)).isEmpty();
        }
    }
}
