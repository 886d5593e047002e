package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.model.Span;

class SplitterTest {
    private final Splitter splitter = new Splitter();

    private static ParsedDocument doc(Block... blocks) {
        return new ParsedDocument("Handbook", "https://example.org/h", "", "", List.of(), List.of(), List.of(blocks));
    }

    /** {@code n} numbered sentences of ten words each. */
    private static String sentences(int n) {
        return IntStream.rangeClosed(1, n).mapToObj(i -> "Sentence number " + i + " says members must follow the"
                + " posted rules.").collect(Collectors.joining(" "));
    }

    @Test
    void longParagraphSplitsEvenlyAtSentenceBoundaries() {
        // GIVEN one paragraph of 30 ten-word sentences (300 words)
        List<Passage> passages = splitter.split("h", doc(new Block(List.of("Rules"), sentences(30))));

        // THEN three passages of about 100 words, each made of whole sentences, in order
        assertThat(passages).hasSize(3);
        assertThat(passages).allSatisfy(p -> {
            assertThat(Splitter.words(p.text())).isBetween(90, 110);
            assertThat(p.text()).startsWith("Sentence number").endsWith("rules.");
            assertThat(p.sentences()).hasSize(10);
        });
        assertThat(passages.get(1).text()).startsWith("Sentence number 11 ");
        assertThat(passages).extracting(Passage::id).containsExactly("h#rules.1", "h#rules.2", "h#rules.3");
    }

    @Test
    void shortParagraphsMergeWithinASectionButNeverAcrossHeadings() {
        // GIVEN short paragraphs in two sections
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of("A"), "First short note."),
                new Block(List.of("A"), "Second short note."),
                new Block(List.of("B"), "Third short note in another section.")));

        // THEN the two of section A merge, B stays apart
        assertThat(passages).extracting(Passage::section, Passage::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("A"), "First short note.\n\nSecond short note."),
                org.assertj.core.groups.Tuple.tuple(List.of("B"), "Third short note in another section."));
        assertThat(passages.get(0).sentences()).extracting(s -> s.of(passages.get(0).text()))
                .containsExactly("First short note.", "Second short note.");
    }

    @Test
    void aShortLeadSentenceJoinsTheParagraphAfterIt() {
        // GIVEN a 35-word paragraph, then a one-sentence lead, then the paragraph it introduces
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of(), "Members must follow the posted rules at all times. Moderators enforce them"
                        + " fairly and explain every decision they take in the public log."),
                new Block(List.of(), "People want to know more about our core values."),
                new Block(List.of(), sentences(6))));

        // THEN the lead starts the second passage instead of trailing the first
        assertThat(passages).hasSize(2);
        assertThat(passages.get(1).text()).startsWith("People want to know more about our core values.\n\nSentence");
    }

    @Test
    void aParagraphEndingWithAColonKeepsWhatItAnnounces() {
        // GIVEN a paragraph of over 40 words that ends by announcing a subject line, the subject line, and more
        // text of the section
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of("Proposals"), "A proposal is accepted by consensus of all interested contributors."
                        + " We need a concrete way to tell whether consensus has been reached, so when you think a"
                        + " proposal is ready to accept, start a topic on the developer forum with a subject like:"),
                new Block(List.of("Proposals"), "Proposal to accept number and title"),
                new Block(List.of("Proposals"), sentences(6))));

        // THEN the subject line stays in the passage that announces it
        assertThat(passages.get(0).text()).endsWith("with a subject like:\n\nProposal to accept number and title");
    }

    @Test
    void aSentenceEndingWithAColonKeepsEveryParagraphItAnnouncesThatFitsAPassage() {
        // GIVEN a licence's notice naming its three authors, one paragraph each, then a long paragraph of the section
        String cea = "Commissariat a l'Energie Atomique - CEA, a public scientific, technical and industrial research"
                + " establishment, having its principal place of business at 25 rue Leblanc, 75015 Paris, France.";
        String cnrs = "Centre National de la Recherche Scientifique - CNRS, a public scientific and technological"
                + " establishment, having its principal place of business at 3 rue Michel-Ange, Paris, France.";
        String inria = "Institut National de Recherche en Informatique et en Automatique - INRIA, a public scientific"
                + " and technological establishment, having its principal place of business at Rocquencourt, France.";
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of("Notice"), "The authors of the licence are:"), new Block(List.of("Notice"), cea),
                new Block(List.of("Notice"), cnrs), new Block(List.of("Notice"), inria),
                new Block(List.of("Notice"), sentences(8))));

        // THEN the three authors stay in the passage that announces them, and the long paragraph stands apart
        assertThat(passages.get(0).text()).startsWith("The authors of the licence are:").contains("CEA", "CNRS")
                .endsWith(inria);
        assertThat(passages).hasSize(2);
    }

    @Test
    void aHugeSentenceIsCutAtWordBoundaries() {
        // GIVEN one "sentence" of 500 words without punctuation
        String words = IntStream.range(0, 500).mapToObj(i -> "word" + i).collect(Collectors.joining(" "));

        // THEN no passage exceeds the limit
        assertThat(splitter.split("h", doc(new Block(List.of(), words))))
                .allSatisfy(p -> assertThat(Splitter.words(p.text())).isLessThanOrEqualTo(Splitter.MAX_WORDS));
    }

    @Test
    void idsAreUniqueEvenForRepeatedSectionNames() {
        // GIVEN two sections with the same name under the same parent, and one with no section
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of(), "Intro " + sentences(5)),
                new Block(List.of("Scope", "Overview"), sentences(5)),
                new Block(List.of("Terms"), sentences(5)),
                new Block(List.of("Scope", "Overview"), sentences(5))));

        // THEN every id is distinct and numbered per section
        assertThat(passages).extracting(Passage::id).containsExactly("h#1", "h#scope.overview.1", "h#terms.1",
                "h#scope.overview.2");
        assertThat(passages).extracting(Passage::position).containsExactly(0, 1, 2, 3);
    }

    @Test
    void longSectionPathsAreCutWithAHash() {
        // GIVEN two very long section paths that share their first 100 characters
        String shared = "A very long heading that keeps going ".repeat(4);
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of(shared + "ending one"), sentences(5)),
                new Block(List.of(shared + "ending two"), sentences(5))));

        // THEN the keys are cut to the limit and still distinct
        assertThat(passages).extracting(Passage::id).doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id.length()).isLessThanOrEqualTo("h#".length() + PassageIds.MAX_KEY + 2))
                .allSatisfy(id -> assertThat(id).matches("h#a-very-long-heading[a-z0-9-]*-[0-9a-f]{8}\\.1"));
    }

    @Test
    void reIngestingTheSameBytesGivesTheSameIds() {
        // GIVEN the same file ingested twice
        byte[] bytes = Fixtures.resource("Apache-2.0.txt");
        Ingestor ingestor = new Ingestor(20L * 1024 * 1024);
        List<String> first = ids(splitter.split("apache", ingestor.parse(Source.of("Apache-2.0.txt", bytes))));
        List<String> second = ids(splitter.split("apache", ingestor.parse(Source.of("Apache-2.0.txt", bytes))));

        // THEN the ids are identical and unique
        assertThat(second).isEqualTo(first).doesNotHaveDuplicates();
    }

    @Test
    void sentenceSpansCoverThePassageText() {
        // GIVEN a parsed Markdown page
        ParsedDocument doc = new Ingestor(1 << 20).parse(Source.of("p.md",
                "# Policy\n\nWe store logs for 30 days, e.g. chat logs. Dr. Smith approved it on Jan. 5.\n"
                        .getBytes(StandardCharsets.UTF_8)));

        // WHEN split  THEN the sentences are the real ones, abbreviations kept inside
        Passage p = splitter.split("p", doc).get(0);
        assertThat(p.sentences()).extracting(s -> s.of(p.text())).containsExactly(
                "We store logs for 30 days, e.g. chat logs.", "Dr. Smith approved it on Jan. 5.");
        List<Span> spans = new ArrayList<>(p.sentences());
        assertThat(spans.get(spans.size() - 1).end()).isEqualTo(p.text().length());
    }

    @Test
    void invalidDocumentIdIsRefused() {
        // GIVEN an id with upper case and spaces  WHEN splitting  THEN the id problem is named
        assertThatThrownBy(() -> splitter.split("My Doc", doc(new Block(List.of(), "Text."))))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("\"My Doc\"");
    }

    private static List<String> ids(List<Passage> passages) {
        return passages.stream().map(Passage::id).toList();
    }

    @Test
    void aLongTableIsCutBetweenRowsAndKeepsOneRowPerLine() {
        // GIVEN a table block of 30 rows of ten words each
        String rows = IntStream.rangeClosed(1, 30).mapToObj(i -> "Data category: logs " + i + "; Retention period: "
                + i + " days; Trigger: entry.").collect(Collectors.joining("\n"));
        List<Passage> passages = splitter.split("h", doc(new Block(List.of("Appendix"), rows)));

        // THEN it is cut into passages at row boundaries, each row still on its own line and its own sentence
        assertThat(passages).hasSizeGreaterThan(1);
        assertThat(passages).allSatisfy(p -> {
            assertThat(p.text().split("\n")).allMatch(l -> l.startsWith("Data category: ") && l.endsWith("entry."));
            assertThat(p.sentences()).hasSize(p.text().split("\n").length);
        });
    }

    @Test
    void numberedClausesAndListItemsAreNotLeadsSoTheyJoinTheirNeighbours() {
        // GIVEN short one-sentence clauses, and a run of short list items after an introduction
        List<Passage> clauses = splitter.split("h", doc(
                new Block(List.of("9. Roles"), "9.1. The Officer owns this Schedule."),
                new Block(List.of("9. Roles"), "9.2. The Lead is responsible for deletion."),
                new Block(List.of("9. Roles"), "9.3. The Treasurer is responsible for financial records.")));
        List<Passage> list = splitter.split("h", doc(
                new Block(List.of("Processors"), "We use the following processors:"),
                new Block(List.of("Processors"), "Kestrel Cloud for hosting."),
                new Block(List.of("Processors"), "Postlark for email."),
                new Block(List.of("Processors"), "Paystream for payments.")));

        // THEN each group is one passage
        assertThat(clauses).singleElement().satisfies(p -> assertThat(p.text()).startsWith("9.1.").endsWith("records."));
        assertThat(list).singleElement().satisfies(p -> assertThat(p.text()).endsWith("Paystream for payments."));
    }

    @Test
    void aDefinitionsHeadingOpensItsLowerCaseText() {
        // GIVEN a definition written as a heading above "means ..."
        List<Passage> passages = splitter.split("h", doc(
                new Block(List.of("1. Definitions", "1.1. \"Contributor\""), "means each person who contributes."),
                new Block(List.of("2. Duties"), "a) keep the rules;")));

        // THEN the passage says what it defines; a lettered item is not taken for a continuation
        assertThat(passages).extracting(Passage::text).containsExactly(
                "1.1. \"Contributor\" means each person who contributes.", "a) keep the rules;");
        assertThat(passages.get(0).sentences()).singleElement()
                .satisfies(s -> assertThat(s.body(passages.get(0).text())).startsWith("\"Contributor\" means"));
    }
}
