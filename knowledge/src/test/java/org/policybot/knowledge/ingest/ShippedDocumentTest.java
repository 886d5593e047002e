package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

/** The Markdown document that ships with the product (knowledge/documents, packaged as a resource). */
class ShippedDocumentTest {
    private static final String NAME = "insights-from-global-conversations.md";
    private static final String DOC_ID = "insights-from-global-conversations";

    private static byte[] shipped() throws IOException {
        try (InputStream in = ShippedDocumentTest.class.getResourceAsStream("/policybot/documents/" + NAME)) {
            assertThat(in).as("shipped document on the classpath").isNotNull();
            return in.readAllBytes();
        }
    }

    @Test
    void frontMatterGivesTheMetadata() throws IOException {
        // GIVEN the shipped Markdown  WHEN parsed
        ParsedDocument doc = new Ingestor(20L * 1024 * 1024).parse(Source.of(NAME, shipped()));

        // THEN the front matter is the metadata and the leading "# Title" is not a section
        assertThat(doc.title()).isEqualTo("Insights from global conversations");
        assertThat(doc.url()).isEqualTo("https://openai.com/blog/insights-from-global-conversations");
        assertThat(doc.published()).isEqualTo("2023-06-29");
        assertThat(doc.author()).isEqualTo("OpenAI");
        assertThat(doc.tags()).containsExactly("Announcements", "Responsible AI", "Community");
        assertThat(doc.blocks().get(0).sectionPath()).isEmpty();
    }

    @Test
    void headingsGiveTheExpectedSectionsAndPassages() throws IOException {
        // GIVEN the shipped Markdown  WHEN parsed and split
        List<Passage> passages = new Splitter().split(DOC_ID,
                new Ingestor(20L * 1024 * 1024).parse(Source.of(NAME, shipped())));

        // THEN each bold lead sentence is a sub-section of its part, in reading order
        assertThat(passages.stream().map(Passage::sectionLabel).distinct().toList()).containsExactly(
                "",
                "What we learned › Our users and developers are already building valuable applications.",
                "What we learned › There are common hopes and concerns for AI’s impact among communities.",
                "What we learned › Policymakers everywhere are deeply engaged on AI.",
                "What we learned › People want to know more about our core values.",
                "What’s next",
                "What’s next › Making our products more useful, impactful, and accessible.",
                "What’s next › Further developing best practices for governing highly capable foundation models.",
                "What’s next › Working to unlock AI’s benefits.",
                "About this document");
        Passage values = passages.stream().filter(p -> p.section().size() == 2
                && p.section().get(1).startsWith("People want")).findFirst().orElseThrow();
        assertThat(values.id()).isEqualTo(DOC_ID + "#what-we-learned.people-want-to-know-more-about-our-core-values.1");
        assertThat(values.text()).startsWith("People want to know more about our core values. The trip allowed us"
                        + " to reinforce our intentions.")
                .contains("we do not train on API customer data");
        assertThat(passages).extracting(Passage::position).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, passages.size()).boxed().toList());
        assertThat(passages.get(passages.size() - 1).text()).isEqualTo("“Insights from global conversations” was"
                + " written and published by OpenAI on June 29, 2023 (2023-06-29). Its author is OpenAI."
                + " It is available at"
                + " https://openai.com/blog/insights-from-global-conversations. Its topics are Announcements,"
                + " Responsible AI, Community. The page credits its pictures: Photo: Tom Isaacson.");
        assertThat(passages.subList(0, passages.size() - 1)).allSatisfy(p -> {
            assertThat(p.title()).isEqualTo("Insights from global conversations");
            assertThat(p.url()).isEqualTo("https://openai.com/blog/insights-from-global-conversations");
            assertThat(Splitter.words(p.text())).isBetween(25, 120);
            assertThat(p.text()).doesNotContain("**", "#", "â", "Â", "Photo:");
        });
    }

    @Test
    void shippedCopyHasTheSeedPagesOwnWordsAndNothingElse() throws IOException {
        // GIVEN the shipped Markdown and the raw scraped page it was made from
        Ingestor ingestor = new Ingestor(20L * 1024 * 1024);
        ParsedDocument shipped = ingestor.parse(Source.of(NAME, shipped()));
        String raw = "insights-from-global-conversations.raw.txt";
        ParsedDocument scraped = ingestor.parse(Source.of(raw, Fixtures.resource(raw)));
        String scrapedText = String.join(" ", scraped.blocks().stream()
                .map(b -> String.join(" ", b.sectionPath()) + " " + b.text()).toList());
        String shippedText = String.join(" ", shipped.blocks().stream()
                .map(b -> String.join(" ", b.sectionPath()) + " " + b.text()).toList());

        // THEN every shipped paragraph and heading is verbatim in the repaired page, and every sentence of the page
        // is in the shipped copy; both credit the page's pictures alike
        assertThat(shipped.credits()).isEqualTo(scraped.credits()).containsExactly("Photo: Tom Isaacson");
        assertThat(shipped.blocks()).allSatisfy(b -> {
            assertThat(scrapedText).contains(b.text());
            b.sectionPath().forEach(h -> assertThat(scrapedText).contains(h));
        });
        assertThat(scraped.blocks()).allSatisfy(b -> org.policybot.knowledge.text.Sentences.texts(b.text())
                .forEach(sentence -> assertThat(shippedText).contains(sentence)));
    }
}
