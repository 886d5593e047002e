package org.policybot.knowledge.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.SharedEngine;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Scope;

/** Query analysis against the real index of the shipped document. */
class QueryAnalyzerTest {
    private static Snapshot snapshot;
    private static IndexReader reader;
    private final QueryAnalyzer analyzer = new QueryAnalyzer();

    @BeforeAll
    static void open() {
        snapshot = SharedEngine.shippedKnowledgeBase().snapshot(Scope.SHARED);
        reader = snapshot.searcher().getIndexReader();
    }

    @AfterAll
    static void close() {
        snapshot.close();
    }

    @Test
    void typosAreCorrectedToWordsTheKnowledgeBaseHolds() {
        QueryAnalysis q = analyzer.analyse("Does OpenAI trian on API custmer data?", List.of(), reader);

        assertThat(q.corrected()).isEqualTo("Does OpenAI train on API customer data?");
        assertThat(q.terms()).filteredOn(QueryTerm::corrected).extracting(QueryTerm::word)
                .containsExactly("train", "customer");
    }

    @Test
    void realWordsTheKnowledgeBaseLacksAreKeptAsUnknown() {
        QueryAnalysis q = analyzer.analyse("What is the refund policy?", List.of(), reader);

        assertThat(q.terms()).extracting(QueryTerm::word).containsExactly("refund", "policy");
        QueryTerm refund = q.terms().get(0);
        assertThat(refund.known()).isFalse();
        assertThat(refund.corrected()).isFalse();
        assertThat(refund.idf()).isGreaterThan(q.terms().get(1).idf());
    }

    @Test
    void framingPhrasesAndChatAbbreviationsCarryNoTopic() {
        QueryAnalysis q = analyzer.analyse("how long did the tour take place w ppl", List.of(), reader);

        assertThat(q.terms()).extracting(QueryTerm::word).containsExactly("tour", "people");
    }

    @Test
    void namesAreMarkedSoTheyMustMatchLiterally() {
        QueryAnalysis q = analyzer.analyse("What is the best grocery store in Paris?", List.of(), reader);

        assertThat(q.terms()).filteredOn(QueryTerm::name).extracting(QueryTerm::word).containsExactly("paris");
    }

    @Test
    void focusPhrasesAreTheNounPhrasesNotTheVerbsAroundThem() {
        QueryAnalysis q = analyzer.analyse("Did the trip last four weeks? What is the refund policy?", List.of(), reader);

        assertThat(q.terms()).filteredOn(QueryTerm::focus).extracting(QueryTerm::word)
                .containsExactly("trip", "refund", "policy");
    }

    @Test
    void earlierQuestionsGiveWeakerContextTerms() {
        QueryAnalysis q = analyzer.analyse("and ChatGPT users?", List.of("Does OpenAI train on API data?"), reader);

        assertThat(q.terms()).extracting(QueryTerm::stem).containsExactly("chatgpt", "user");
        assertThat(q.context()).extracting(QueryTerm::stem).contains("train", "api", "data");
    }

    @Test
    void querySyntaxIsJustWords() {
        QueryAnalysis q = analyzer.analyse("title:\"data\" AND (train* OR opt~2) \\ / ^3", List.of(), reader);

        assertThat(q.terms()).extracting(QueryTerm::word).contains("title", "data", "train", "opt");
    }
}
