package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KbFixtures;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Hit;
import org.policybot.knowledge.index.LexicalTerm;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.text.Terms;

/**
 * The same knowledge base (the shipped document plus the test policies) on the embedded index and on
 * SolrCloud answers the same: the same BM25 ranking and scores, the same nearest passages, the same
 * term statistics and spelling suggestions, and for the shipped eval questions the same answers with
 * the same citations.
 */
class SameAnswersTest {
    private static final Path EVAL = Path.of("..", "bot", "src", "test", "resources", "eval", "dev.jsonl");
    private static final List<String> QUESTIONS = List.of("Does OpenAI train on API customer data?",
            "which countries did the team visit", "how will you regulate powerful AI", "cafeteria opening hours",
            "travel expenses reimbursement receipts", "what did people ask about safety");
    @TempDir
    static Path work;
    private static KnowledgeBase lucene;
    private static KnowledgeBase solr;

    @BeforeAll
    static void openBoth() throws IOException {
        lucene = KnowledgeBase.open(work.resolve("lucene"), KnowledgeBase.Settings.defaults(), KbFixtures.EMBEDDER);
        long t = System.nanoTime();
        SolrBackend backend = SolrTestCluster.backend("same");
        solr = KnowledgeBase.open(work.resolve("solr"), KnowledgeBase.Settings.defaults(), KbFixtures.EMBEDDER, backend);
        SolrTestCluster.figure("open + seed the shipped document on SolrCloud (first use creates the collection), ms",
                (System.nanoTime() - t) / 1_000_000);
        for (String name : List.of("cafeteria.md", "travel.md", "announcements.md")) {
            lucene.add(KbFixtures.document(name), "test");
            solr.add(KbFixtures.document(name), "test");
        }
        // a replaced document: the old version's passages must not count in the statistics
        lucene.add(KbFixtures.document("cafeteria-v2.md", "cafeteria.md"), "test");
        solr.add(KbFixtures.document("cafeteria-v2.md", "cafeteria.md"), "test");
    }

    @AfterAll
    static void close() throws IOException {
        lucene.close();
        solr.close();
    }

    private static List<LexicalTerm> terms(String question) {
        List<LexicalTerm> out = new ArrayList<>();
        float weight = 1f;
        for (String stem : Terms.distinct(question)) {
            out.add(new LexicalTerm(stem, weight));
            weight = weight == 1f ? 0.7f : 1f;
        }
        return out;
    }

    @Test
    void bm25RanksAndScoresAsTheEmbeddedIndex() {
        for (String q : QUESTIONS) {
            // GIVEN the same passages in both backends  WHEN the question's stems are searched with BM25
            try (Snapshot a = lucene.snapshot(Scope.SHARED); Snapshot b = solr.snapshot(Scope.SHARED)) {
                List<Hit> expected = a.lexical(terms(q), 20);
                List<Hit> actual = b.lexical(terms(q), 20);

                // THEN the same passages come back in the same order with the same scores
                assertThat(ids(b, actual)).as(q).isEqualTo(ids(a, expected));
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i).score()).as(q).isCloseTo(expected.get(i).score(), within(1e-4f));
                }
            }
        }
    }

    @Test
    void nearestPassagesAndCosinesAreTheEmbeddedIndexs() {
        for (String q : QUESTIONS) {
            // GIVEN the question embedded  WHEN the 10 nearest passages are asked for
            float[] v = KbFixtures.EMBEDDER.embed(q);
            try (Snapshot a = lucene.snapshot(Scope.SHARED); Snapshot b = solr.snapshot(Scope.SHARED)) {
                List<Hit> expected = a.nearest(v, 10);
                List<Hit> actual = b.nearest(v, 10);

                // THEN the same passages with the same cosines
                assertThat(ids(b, actual)).as(q).isEqualTo(ids(a, expected));
                for (int i = 0; i < expected.size(); i++) {
                    assertThat(actual.get(i).score()).as(q).isCloseTo(expected.get(i).score(), within(1e-4f));
                }
            }
        }
    }

    @Test
    void termStatisticsAndSpellingAreTheEmbeddedIndexs() {
        // GIVEN both backends  WHEN their statistics and spelling suggestions are read
        try (Snapshot a = lucene.snapshot(Scope.SHARED); Snapshot b = solr.snapshot(Scope.SHARED)) {
            // THEN they agree, word for word
            assertThat(b.terms().passages()).isEqualTo(a.terms().passages());
            for (String q : QUESTIONS) {
                for (String stem : Terms.distinct(q)) {
                    assertThat(b.terms().docFreq(stem)).as(stem).isEqualTo(a.terms().docFreq(stem));
                }
            }
            for (String word : List.of("citys", "trian", "custmer", "regulatoin", "cafeterai", "reciepts", "openai",
                    "safety", "zzzz")) {
                assertThat(b.terms().hasWord(word)).as(word).isEqualTo(a.terms().hasWord(word));
                assertThat(b.terms().closestWord(word, 2, 0.5f)).as(word).isEqualTo(a.terms().closestWord(word, 2, 0.5f));
            }
            // (the same documents, versions and passage counts; the times of adding differ)
            assertThat(b.manifest().entries()).extracting(e -> e.id() + "@" + e.version() + ":" + e.passages())
                    .isEqualTo(a.manifest().entries().stream().map(e -> e.id() + "@" + e.version() + ":" + e.passages())
                            .toList());
        }
    }

    @Test
    void theEvalQuestionsGetTheSameAnswersAndCitations() throws IOException {
        // GIVEN the shipped eval questions and an answer engine on each backend
        List<String> questions = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(EVAL)) {
            if (!line.isBlank()) {
                JsonNode n = json.readTree(line);
                questions.add(n.get("q").asText());
            }
        }
        assertThat(questions).hasSizeGreaterThan(20);
        AnswerEngine onLucene = new AnswerEngine(lucene, KbFixtures.EMBEDDER, null);
        AnswerEngine onSolr = new AnswerEngine(solr, KbFixtures.EMBEDDER, null);

        for (String q : questions) {
            // WHEN each is asked on both
            Answer expected = onLucene.answer(Question.of(q));
            Answer actual = onSolr.answer(Question.of(q));

            // THEN the answer text, whether it abstained, and the citations (passage and quote) are the same
            assertThat(actual.answer()).as(q).isEqualTo(expected.answer());
            assertThat(actual.abstained()).as(q).isEqualTo(expected.abstained());
            assertThat(actual.citations()).as(q).hasSameSizeAs(expected.citations());
            for (int i = 0; i < expected.citations().size(); i++) {
                assertThat(actual.citations().get(i).passageId()).as(q).isEqualTo(expected.citations().get(i).passageId());
                assertThat(actual.citations().get(i).quote()).as(q).isEqualTo(expected.citations().get(i).quote());
                assertThat(version(actual.citations().get(i).origin())).as(q)
                        .isEqualTo(version(expected.citations().get(i).origin()));
            }
        }
    }

    @Test
    void queryLatencyOnBothBackends() {
        // GIVEN the questions embedded beforehand (the model's time is not the index's)
        List<float[]> vectors = QUESTIONS.stream().map(KbFixtures.EMBEDDER::embed).toList();
        for (KnowledgeBase kb : List.of(lucene, solr)) {
            long[] bm25 = new long[60];
            long[] knn = new long[60];
            for (int i = 0; i < bm25.length; i++) {
                // WHEN BM25 and kNN queries run one after another, each on a fresh snapshot
                try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                    long t = System.nanoTime();
                    s.lexical(terms(QUESTIONS.get(i % QUESTIONS.size())), 20);
                    bm25[i] = System.nanoTime() - t;
                    t = System.nanoTime();
                    s.nearest(vectors.get(i % QUESTIONS.size()), 20);
                    knn[i] = System.nanoTime() - t;
                }
            }
            // THEN (a figure, not a bound) the medians after 10 warm-up queries
            String name = kb == solr ? "SolrCloud" : "embedded";
            SolrTestCluster.figure(name + " BM25 / kNN median of 50, ms", median(bm25) + " / " + median(knn));
        }
    }

    private static String median(long[] nanos) {
        long[] measured = java.util.Arrays.copyOfRange(nanos, 10, nanos.length);
        java.util.Arrays.sort(measured);
        return String.format(java.util.Locale.ROOT, "%.1f", measured[measured.length / 2] / 1e6);
    }

    private static Integer version(org.policybot.knowledge.model.PassageOrigin origin) {
        return origin == null ? null : origin.version();
    }

    private static List<String> ids(Snapshot s, List<Hit> hits) {
        return hits.stream().map(h -> s.load(h).passage().id()).toList();
    }
}
