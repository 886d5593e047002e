package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;

class DocumentBuilderTest {

    @Test
    void aNumberedHeadingsParentIsTheNearestHeadingWhoseNumberIsItsPrefix() {
        // GIVEN headings whose levels say one thing and numbers another (section 6 has no heading of its own)
        DocumentBuilder doc = new DocumentBuilder();
        doc.heading(1, "Part One");
        doc.heading(2, "5. Project Leader");
        doc.paragraph("The leader is elected.");
        doc.heading(3, "6.1 Powers");
        doc.paragraph("The Committee may act.");
        doc.heading(2, "7. Finance");
        doc.heading(2, "7.1 Budget");
        doc.paragraph("The budget is yearly.");

        // THEN 6.1 leaves section 5 but stays in the unnumbered part; 7.1 sits under 7 although both are level 2
        assertThat(doc.build().blocks()).extracting(Block::sectionPath).containsExactly(
                List.of("Part One", "5. Project Leader"),
                List.of("Part One", "6.1 Powers"),
                List.of("Part One", "7. Finance", "7.1 Budget"));
    }

    @Test
    void aDottedClauseParagraphLeavesItsSiblingsSection() {
        // GIVEN "3.2. ..." written as a paragraph right after the heading "3.1. Eligibility"
        DocumentBuilder doc = new DocumentBuilder();
        doc.heading(2, "3. Selection");
        doc.heading(3, "3.1. Eligibility");
        doc.paragraph("a. be at least 18 years old;");
        doc.paragraph("3.2. Open calls. The Project holds two calls a year.");
        doc.paragraph("2. second item of a list");

        // THEN the clause is filed under 3, not 3.1; an undotted "2." is taken as a list item and stays
        assertThat(doc.build().blocks()).extracting(Block::sectionPath).containsExactly(
                List.of("3. Selection", "3.1. Eligibility"), List.of("3. Selection"), List.of("3. Selection"));
    }

    @Test
    void aReferenceADecimalOrADateOpeningAParagraphIsNoClause() {
        // GIVEN paragraphs under "3.1. Eligibility" that open with a cited section, a decimal and a date
        DocumentBuilder doc = new DocumentBuilder();
        doc.heading(2, "3. Reporting");
        doc.heading(3, "3.1. Eligibility");
        doc.paragraph("Section 4.2 explains how appeals work.");
        doc.paragraph("1.5 million members use the forum.");
        doc.paragraph("12.03.2024 Retention updated.");

        // THEN each stays in the section it stands in
        assertThat(doc.build().blocks()).extracting(Block::sectionPath).containsOnly(
                List.of("3. Reporting", "3.1. Eligibility"));
    }

    @Test
    void aSectionNumberedWithAZeroHoldsItsClauses() {
        // GIVEN a licence numbered as "1.0 Definitions", "2.0 What this License covers", its clauses "2.1." and "2.2"
        DocumentBuilder doc = new DocumentBuilder();
        doc.heading(2, "ODC Open Database License (ODbL)");
        doc.heading(3, "1.0 Definitions of Capitalised Words");
        doc.paragraph("\"Database\" – A collection of material.");
        doc.heading(3, "2.0 What this License covers");
        doc.paragraph("2.1. Legal effect of this document. This License is:");
        doc.paragraph("2.2 Legal rights covered. This License covers the legal rights in the Database.");
        doc.heading(3, "3.0 Rights granted");
        doc.paragraph("3.1 Subject to the terms and conditions of this License, the Licensor grants You a licence.");

        // THEN each clause stays in its section: "2.0" is all of section 2, not a sibling of 2.1
        String top = "ODC Open Database License (ODbL)";
        assertThat(doc.build().blocks()).extracting(Block::sectionPath).containsExactly(
                List.of(top, "1.0 Definitions of Capitalised Words"),
                List.of(top, "2.0 What this License covers"),
                List.of(top, "2.0 What this License covers"),
                List.of(top, "3.0 Rights granted"));
    }

    @Test
    void tablesKeepOneRowPerLineAndParagraphsAreOneLine() {
        // GIVEN a hard-wrapped paragraph and a two-row table
        DocumentBuilder doc = new DocumentBuilder();
        doc.paragraph("Members must\nbe kind.");
        doc.table(List.of("Data: logs; Kept: 30 days.", "Data: posts; Kept: 2 years."));

        // THEN the paragraph is folded, the rows are not
        assertThat(doc.build().blocks()).extracting(Block::text).containsExactly("Members must be kind.",
                "Data: logs; Kept: 30 days.\nData: posts; Kept: 2 years.");
    }

    @Test
    void aPicturesCreditIsThePagesMetadataNotItsText() {
        // GIVEN a page whose pictures are credited twice, and a retention line that opens like a caption
        DocumentBuilder doc = new DocumentBuilder();
        doc.paragraph("We travelled to 25 cities.");
        doc.paragraph("Photo: Tom Isaacson");
        doc.paragraph("Video: CCTV footage is kept for 30 days.");
        doc.paragraph("Photo: Tom Isaacson");

        // WHEN it is built
        var built = doc.build();

        // THEN the credit is kept once as metadata, and the retention line stays text
        assertThat(built.credits()).containsExactly("Photo: Tom Isaacson");
        assertThat(built.blocks()).extracting(Block::text)
                .containsExactly("We travelled to 25 cities.", "Video: CCTV footage is kept for 30 days.");
    }
}
