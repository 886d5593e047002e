package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

/** The raw scraped page from the seed: one glued line of chrome, mojibake and content. */
class ScrapedSeedIngestTest {
    private static final String FILE = "insights-from-global-conversations.raw.txt";
    private final ParsedDocument doc = new Ingestor(20L * 1024 * 1024).parse(Source.of(FILE, Fixtures.resource(FILE)));
    private final List<Passage> all = new Splitter().split("insights-raw", doc);
    /** The page's own text: every passage but the document facts written from its metadata. */
    private final List<Passage> passages = all.stream()
            .filter(p -> !p.sectionLabel().equals(AboutDocument.SECTION)).toList();

    @Test
    void findsTitlePublicationDateAndPictureCredit() {
        // GIVEN the raw page  WHEN parsed  THEN the title line, the date in the byline and the photo captions are
        // metadata, written out once in the last passage
        assertThat(doc.title()).isEqualTo("Insights from global conversations");
        assertThat(doc.published()).isEqualTo("2023-06-29");
        assertThat(doc.credits()).containsExactly("Photo: Tom Isaacson");
        assertThat(all.get(all.size() - 1).text()).isEqualTo(
                "“Insights from global conversations” was published on June 29, 2023 (2023-06-29)."
                        + " The page credits its pictures: Photo: Tom Isaacson.");
    }

    @Test
    void leavesNoPageChromeAndNoMojibake() {
        // GIVEN the raw page  WHEN split into passages
        String all = String.join("\n", passages.stream().map(Passage::text).toList());

        // THEN no navigation, footer, caption or broken characters survive
        assertThat(all).doesNotContain("Skip to main content", "Log in", "Sign up", "Back to top",
                "Customer stories", "Photo:", "Tom Isaacson", "Terms & policies", "Privacy policy", "©",
                "AuthorsOpenAI", "View all articles", "â", "Â");
        assertThat(all).doesNotContain("Insights from global conversations");
    }

    @Test
    void keepsKeySentencesIntactWithRepairedPunctuation() {
        // GIVEN the raw page  WHEN split  THEN the content sentences are whole, each in one passage
        assertThat(passages).extracting(Passage::text).anySatisfy(t -> assertThat(t).contains(
                "We are sharing what we learned from our conversations across 22 countries, and how we will be"
                        + " incorporating those insights moving forward."));
        assertThat(passages).extracting(Passage::text).anySatisfy(t -> assertThat(t).contains(
                "hear about each community’s priorities for AI development and deployment."));
        assertThat(passages).extracting(Passage::text).anySatisfy(t -> assertThat(t).contains(
                "(We’re eager to hear more about how our services are making an impact—if you’ve got a story you"
                        + " think we should know about, please contact us.)"));
        assertThat(passages).extracting(Passage::text).anySatisfy(t -> assertThat(t).contains(
                "we do not train on API customer data, and that ChatGPT users can easily opt-out as well."));
        assertThat(passages).extracting(Passage::text).anySatisfy(t -> assertThat(t).contains(
                "building thoughtful safety mechanisms—not only for AGI, but also for the AI products we’re"
                        + " shipping today."));
        assertThat(passages).extracting(Passage::text).anySatisfy(t -> assertThat(t).contains(
                "A warm thank you to everyone around the world who shared their perspectives and experiences"
                        + " with us."));
    }

    @Test
    void gluedElementBoundariesBecomeSeparateSentences() {
        // GIVEN "valuable applications.We were inspired" in the raw line  WHEN split into sentences
        Passage p = passages.stream().filter(x -> x.text().contains("valuable applications.")).findFirst()
                .orElseThrow();

        // THEN the lead sentence is its own sentence and the glued words are apart
        assertThat(p.sentence(0)).isEqualTo("Our users and developers are already building valuable applications.");
        assertThat(p.sentence(1)).startsWith("We were inspired by the creativity");
        assertThat(String.join(" ", passages.stream().map(Passage::text).toList()))
                .doesNotContainPattern("\\p{Ll}[.!?:]\\p{Lu}").doesNotContain("learnedOur", "nextThe");
    }

    @Test
    void recoversTheTwoTopSectionsAndWellSizedPassages() {
        // GIVEN the raw page  WHEN split  THEN the headings between paragraphs are found, and sizes are sensible
        assertThat(passages).extracting(Passage::sectionLabel).containsOnly("", "What we learned", "What’s next");
        assertThat(passages).allSatisfy(p -> assertThat(Splitter.words(p.text())).isBetween(20, 130));
        assertThat(passages.get(0).text()).startsWith("We are sharing what we learned");
        assertThat(passages.get(passages.size() - 1).text()).endsWith("experiences with us.");
    }
}
