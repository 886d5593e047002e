package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Source;

/**
 * Requests for the gist of a document ("tl;dr of the travel policy") and for what the bot knows, on a
 * real knowledge base holding the shipped post, two Markdown policies and the GPL as plain text.
 */
class AnswerEngineOverviewTest {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static AnswerEngine engine;

    @BeforeAll
    static void open() throws IOException {
        kb = KbFixtures.open(dir.resolve("data"));
        kb.addAll(List.of(KbFixtures.document("travel.md"), KbFixtures.document("cafeteria.md"),
                Source.of("GPL-3", gpl())), "test:alice");
        engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
    }

    @AfterAll
    static void close() throws IOException {
        kb.close();
    }

    private static byte[] gpl() {
        try (InputStream in = AnswerEngineOverviewTest.class.getResourceAsStream("/ingest/GPL-3")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer ask(String q) {
        return engine.answer(Question.of(q));
    }

    @ParameterizedTest
    @ValueSource(strings = {"summarise the travel policy", "tl;dr of the travel policy please",
        "What is the travel policy about?"})
    void aGistOfANamedDocumentQuotesOneSentenceOfEachOfItsParts(String request) {
        // WHEN a member asks for the gist of a document by its title
        Answer a = ask(request);

        // THEN each part of its outline is told by its first sentence, cited, under the part's heading
        assertThat(a.abstained()).isFalse();
        assertThat(a.confidence()).isEqualTo(Answer.HIGH);
        assertThat(a.answer()).startsWith("“Travel policy” in brief:")
                .contains("• Booking: Business trips are booked through the travel desk at least fourteen days before"
                        + " departure [1].")
                .contains("• Expenses: Hotel costs are reimbursed up to one hundred and fifty euros a night [2].")
                .contains("• Safety: Travellers register their itinerary with the safety team before leaving [3].");
        assertThat(a.citations()).allSatisfy(c -> {
            assertThat(c.doc()).isEqualTo("travel");
            assertThat(c.text()).contains(c.quote());
        });
        assertThat(a.citations().get(1).section()).isEqualTo("Expenses");
        assertEveryMarkerNamesACitation(a);
    }

    @Test
    void aDocumentNamedByItsInitialsIsToldByTheSectionsUnderItsOneBigHeading() {
        // WHEN the GPL, whose sections all sit under "TERMS AND CONDITIONS", is asked about by its initials
        Answer a = ask("what's the gist of the GPL?");

        // THEN its numbered sections are the parts told or named, not the one heading over them
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).startsWith("“GNU GENERAL PUBLIC LICENSE” in brief:")
                .contains("• 0. Definitions: ").contains("8. Termination")
                .doesNotContain("• TERMS AND CONDITIONS");
        assertThat(a.citations()).extracting(Citation::doc).containsOnly("gpl-3");
        assertEveryMarkerNamesACitation(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"What documents do you have?", "what can I ask?", "tl;dr?"})
    void askingWhatTheBotKnowsListsEveryDocumentWithItsOpeningSentence(String request) {
        // WHEN a member asks what the bot knows, or for a gist naming no document among several
        Answer a = ask(request);

        // THEN every document is listed by title with its opening sentence, cited
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).startsWith("I answer questions from 4 documents:")
                .contains("“Travel policy”: Business trips are booked").contains("“Cafeteria rules”: The cafeteria opens")
                .contains("“Insights from global conversations”").contains("“GNU GENERAL PUBLIC LICENSE”");
        assertThat(a.citations()).extracting(Citation::doc).containsExactlyInAnyOrder(
                "insights-from-global-conversations", "travel", "cafeteria", "gpl-3");
        assertEveryMarkerNamesACitation(a);
    }

    @ParameterizedTest
    @ValueSource(strings = {"link to the travel policy?", "where can I read the whole travel policy?"})
    void askingWhereADocumentIsGivesItsAddressCitedFromItsOwnMetadata(String request) {
        // WHEN a member asks where a document can be read
        Answer a = ask(request);

        // THEN its address is given, cited from the sentence of its own that states it
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).isEqualTo("“Travel policy” is at https://example.org/policies/travel [1].");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.quote()).contains(
                "https://example.org/policies/travel"));
    }

    @Test
    void aRequestNamingTwoDocumentsGetsBoth() {
        // WHEN a member asks for the addresses of two documents at once
        Answer a = ask("links to the travel policy and the cafeteria rules?");

        // THEN both addresses are given, each cited
        assertThat(a.answer()).contains("“Travel policy” is at https://example.org/policies/travel [")
                .contains("“Cafeteria rules” is at https://example.org/policies/cafeteria [");
        assertEveryMarkerNamesACitation(a);
    }

    @Test
    void askingForLinksListsEveryAddressAndCountsTheFilesWithoutOne() {
        // WHEN a member asks for the links, naming no document
        Answer a = ask("links?");

        // THEN each document with an address is listed, and the GPL, added as a file, is counted
        assertThat(a.answer()).contains("• “Travel policy” is at https://example.org/policies/travel [")
                .contains("• “Cafeteria rules” is at https://example.org/policies/cafeteria [")
                .endsWith("One more document was added as a file, with no web address.");
        assertEveryMarkerNamesACitation(a);
    }

    @Test
    void askingForTheLinkOfADocumentAddedAsAFileSaysItHasNone() {
        // WHEN a member asks for the address of the GPL, added as a file without one
        Answer a = ask("link to the GPL?");

        // THEN the answer says so and cites the licence's opening, so the member sees its text is here
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).startsWith("“GNU GENERAL PUBLIC LICENSE” has no web address: it was added as a file.");
        assertThat(a.citations()).singleElement().satisfies(c -> assertThat(c.doc()).isEqualTo("gpl-3"));
        assertEveryMarkerNamesACitation(a);
    }

    @Test
    void aGistRequestAboutATopicWeighsItsTopicNotItsCueWord() {
        // WHEN a request for an overview names a topic inside a document, with a cue word no document holds
        Answer a = ask("give me an overview of how expenses work");

        // THEN "overview" asks, it is not a missing topic: the passage on expenses answers
        assertThat(a.abstained()).isFalse();
        assertThat(a.answer()).doesNotContain("in brief:").contains("one hundred and fifty euros");
    }

    @Test
    void aRequestWhoseWordsNameNoDocumentIsReadAsAQuestion() {
        // WHEN a request for a summary names a topic inside a document, not a document
        Answer a = ask("give me a summary of how hotel costs are reimbursed");

        // THEN it is answered as a question from the passage on expenses, not as an outline
        assertThat(a.answer()).doesNotContain("in brief:").contains("one hundred and fifty euros");
    }

    @Test
    void aQuestionForAFactAboutASummaryIsNoRequestForOne() {
        // WHEN a question asks for a kind of fact and merely calls a document a summary
        Answer a = ask("who wrote the travel policy summary?");

        // THEN it is answered as a question: the author, not an outline
        assertThat(a.answer()).doesNotContain("in brief:").contains("Example Community");
    }

    private static void assertEveryMarkerNamesACitation(Answer a) {
        Matcher m = MARKER.matcher(a.answer());
        java.util.Set<Integer> markers = new java.util.TreeSet<>();
        while (m.find()) {
            markers.add(Integer.parseInt(m.group(1)));
        }
        assertThat(markers).containsExactlyElementsOf(a.citations().stream().map(Citation::n).sorted().toList());
    }
}
