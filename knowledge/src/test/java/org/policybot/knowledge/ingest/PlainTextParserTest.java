package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class PlainTextParserTest {
    private static final String TERMS = "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION";
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    private ParsedDocument text(String content) {
        return ingestor.parse(Source.of("policy.txt", content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void apacheLicenseClausesBecomeSectionsUnderTheTermsHeading() {
        // GIVEN the Apache License 2.0 text as shipped by Debian
        ParsedDocument doc = ingestor.parse(Source.of("Apache-2.0.txt", Fixtures.resource("Apache-2.0.txt")));

        // WHEN it is split into passages
        List<Passage> passages = new Splitter().split("apache-2.0", doc);

        // THEN the numbered clauses name the sections, under the ALL-CAPS heading, without their final period
        assertThat(doc.title()).isEqualTo("Apache License");
        assertThat(passages).extracting(Passage::section).contains(
                List.of(TERMS, "1. Definitions"), List.of(TERMS, "2. Grant of Copyright License"),
                List.of(TERMS, "3. Grant of Patent License"), List.of(TERMS, "4. Redistribution"),
                List.of(TERMS, "9. Accepting Warranty or Additional Liability"));
        Passage patent = passages.stream().filter(p -> p.section().contains("3. Grant of Patent License"))
                .findFirst().orElseThrow();
        assertThat(patent.text()).startsWith("Subject to the terms and conditions of this License, each Contributor"
                + " hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable"
                + " (except as stated in this section) patent license");
        assertThat(patent.id()).isEqualTo("apache-2.0#terms-and-conditions-for-use-reproduction-and-distribution"
                + ".3-grant-of-patent-license.1");
        assertThat(passages).extracting(Passage::sectionLabel)
                .anySatisfy(l -> assertThat(l).startsWith("APPENDIX: How to apply the Apache License"));
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).doesNotContain("\n   "));
    }

    @Test
    void listItemsStayApartAndWrappedLinesJoin() {
        // GIVEN a clause with hard-wrapped (a)/(b) items
        ParsedDocument doc = text("Rules\n\n4. Conduct. Members must:\n\n   (a) be kind to\n       others; and\n\n"
                + "   (b) report abuse to\n       a moderator.\n");

        // THEN each item is one paragraph on one line, under the clause
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Members must:", "(a) be kind to others; and",
                "(b) report abuse to a moderator.");
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("4. Conduct"));
    }

    @Test
    void recognisesTheCommonHeadingShapes() {
        // GIVEN headings written as "Article II", "Section 4", "1.2 Scope", ALL CAPS and a Title Case line
        ParsedDocument doc = text("Staff Handbook\n\nArticle II\n\nSection 4\n\nLeave is requested a week ahead.\n\n"
                + "1.2 Scope\n\nThis applies to all staff.\n\nGENERAL PROVISIONS\n\nNothing here is a contract.\n\n"
                + "Working From Home\n\nRemote days need a manager's approval.\n");

        // THEN each becomes a section at a sensible level; "1.2" is not a part of "Section 4" (numbers decide)
        assertThat(doc.title()).isEqualTo("Staff Handbook");
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsExactly(
                List.of("Article II", "Section 4"),
                List.of("Article II", "1.2 Scope"),
                List.of("GENERAL PROVISIONS"),
                List.of("GENERAL PROVISIONS", "Working From Home"));
    }

    @Test
    void ordinarySentencesAndListsAreNotHeadings() {
        // GIVEN lines that look a little like headings but are prose or steps
        ParsedDocument doc = text("Notes\n\nSection 4 describes the rules in detail.\n\n1. Open the settings page\n\n"
                + "Thanks for reading.\n");

        // THEN they stay paragraphs without sections
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsOnly(List.of());
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Section 4 describes the rules in detail.",
                "1. Open the settings page", "Thanks for reading.");
    }

    @Test
    void titleLineCarriesUrlAndDateLines() {
        // GIVEN a header block with a title, a URL and a date
        ParsedDocument doc = text("Privacy Notice\nhttps://example.org/privacy\n5 March 2024\n\nWe keep logs for 30 days.\n");

        // THEN they are metadata, not body text
        assertThat(doc.title()).isEqualTo("Privacy Notice");
        assertThat(doc.url()).isEqualTo("https://example.org/privacy");
        assertThat(doc.published()).isEqualTo("2024-03-05");
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("We keep logs for 30 days.");
    }

    @Test
    void longUnwrappedParagraphWithBrandNamesIsNotTreatedAsAScrapedPage() {
        // GIVEN one long line of prose (no hard wrapping) that mentions CamelCase brands
        String sentence = "Members share videos on YouTube, code on GitHub, slides from PowerPoint and jobs on LinkedIn,"
                + " and moderators check every link before it is pinned to the channel. ";
        ParsedDocument doc = text("Links\n\n" + sentence.repeat(12) + "\n");

        // THEN it stays one paragraph, brand names intact
        assertThat(doc.blocks()).singleElement().satisfies(b -> {
            assertThat(b.text()).contains("on YouTube, code on GitHub").hasSize(sentence.repeat(12).strip().length());
            assertThat(b.sectionPath()).isEmpty();
        });
    }
}
