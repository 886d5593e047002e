package org.policybot.knowledge.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Sentences;

class OverviewWriterTest {
    /** A notice printed from a PDF: a byline line, then the sentence that says what the notice is. */
    private static final String OPENING = "Example Ltd · Version 5.1 · Effective 3 March 2025\n\n"
            + "This notice explains how Example Ltd collects and uses personal data when you visit our cafés, shop "
            + "online, book a table or an event, join our loyalty scheme, or take part in our Discord server and "
            + "our forum. It also explains your rights and how to use them.";

    private static Passage passage(int position, List<String> section, String text) {
        return new Passage("notice#" + position, "notice", "Privacy Notice", section, "", position, text,
                Sentences.split(text));
    }

    private static OverviewWriter.Document notice(String url) {
        return new OverviewWriter.Document("Privacy Notice", "", url, List.of(passage(0, List.of(), OPENING),
                passage(1, List.of("1. Who we are"), "Example Ltd is the controller of the personal data in this notice.")));
    }

    @Test
    void aDocumentIsIntroducedByItsFirstWholeSentenceNotItsBylineNorASentencePointingBack() {
        // WHEN a document whose opening is a byline, a long sentence and one pointing back is listed
        Composition c = OverviewWriter.catalog(List.of(notice(""))).orElseThrow();

        // THEN the long sentence saying what it is introduces it: the byline tells nothing, "It also…" needs it
        assertThat(c.text()).contains("“Privacy Notice”: This notice explains how Example Ltd collects");
        assertThat(c.citations()).extracting(Citation::quote).singleElement().asString().startsWith("This notice");
    }

    @Test
    void aDocumentOpeningWithAMetadataRowIsIntroducedByItsFirstPart() {
        // GIVEN rules whose text before the first heading is only a row of metadata
        OverviewWriter.Document rules = new OverviewWriter.Document("EXAMPLE LTD", "", "", List.of(
                passage(0, List.of(), "Effective: 1 April 2025; Replaces: Issue 2 (2023)."),
                passage(1, List.of("1. INTRODUCTION"), "Points is the loyalty programme of Example Ltd and its cafés.")));

        // WHEN it is listed and summarised
        Composition listed = OverviewWriter.catalog(List.of(rules)).orElseThrow();
        Composition brief = OverviewWriter.document(rules).orElseThrow();

        // THEN its first part's sentence tells what it is; the row is no gist
        assertThat(listed.text()).contains("“EXAMPLE LTD”: Points is the loyalty programme");
        assertThat(brief.text()).doesNotContain("Effective:").contains("1. INTRODUCTION: Points is the loyalty");
    }

    @Test
    void aLinkRequestForADocumentAddedAsAFileSaysItHasNoAddress() {
        // WHEN the address of a document added as a file is asked for
        Composition c = OverviewWriter.links(List.of(notice(""))).orElseThrow();

        // THEN the answer says it has none, and cites its opening so that the member sees its text is here
        assertThat(c.text()).startsWith("“Privacy Notice” has no web address: it was added as a file. It opens: "
                + "This notice explains");
        assertThat(c.citations()).hasSize(1);
    }

    @Test
    void aLinkRequestCountsTheDocumentsWithoutAnAddressWhenOthersHaveOne() {
        // WHEN addresses are asked for and one document has one, another none
        OverviewWriter.Document site = new OverviewWriter.Document("Rules", "", "https://example.org/rules",
                List.of(passage(0, List.of(), "The rules of the server are at https://example.org/rules.")));
        Composition c = OverviewWriter.links(List.of(site, notice(""))).orElseThrow();

        // THEN the address is given and the file is counted, not introduced
        assertThat(c.text()).contains("“Rules” is at https://example.org/rules")
                .endsWith("One more document was added as a file, with no web address.");
    }

    @Test
    void aLinkRequestGivesTheAddressOfAPageThatOpensWithItsHeadings() {
        // GIVEN a page added from its address whose text starts under its first heading, the address nowhere in it
        OverviewWriter.Document conduct = new OverviewWriter.Document("Code of Conduct", "",
                "https://example.org/conduct", List.of(passage(0, List.of("Our Pledge"),
                "We pledge to make participation in our community a harassment-free experience for everyone.")));

        // WHEN its address is asked for
        Composition c = OverviewWriter.links(List.of(conduct)).orElseThrow();

        // THEN the address is given, cited from its first part, and nothing is said to be a file
        assertThat(c.text()).startsWith("“Code of Conduct” is at https://example.org/conduct").doesNotContain("file");
        assertThat(c.citations()).hasSize(1);
    }
}
