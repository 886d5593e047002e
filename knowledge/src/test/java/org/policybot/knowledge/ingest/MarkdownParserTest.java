package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Source;

class MarkdownParserTest {
    private final Ingestor ingestor = new Ingestor(1 << 20);

    private ParsedDocument md(String text) {
        return ingestor.parse(Source.of("page.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void inlineMarkupIsStrippedToPlainText() {
        // GIVEN emphasis, links, images, code, strike-through and HTML tags
        ParsedDocument doc = md("Read the **rules**, the _FAQ_ and [our policy](https://example.org/p \"Policy\")."
                + " ![logo](logo.png)Use `/report` or <b>email</b> us. ~~Old rule.~~ snake_case_name stays.\n");

        // THEN only the words remain, link text kept
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Read the rules, the FAQ and our policy."
                + " Use /report or email us. Old rule. snake_case_name stays.");
    }

    @Test
    void emphasisOverTheLinesOfAParagraphIsStripped() {
        // GIVEN a disclaimer in italics wrapped over three lines, and a term in bold wrapped over two
        ParsedDocument doc = md("## No Liability\n\n*As far as the law allows, the software comes as is,\nwithout any"
                + " warranty, under any kind of\nlegal claim.*\n\n**your\ncompany** is any legal entity.\n");

        // THEN no asterisk is left in the text
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                "As far as the law allows, the software comes as is, without any warranty, under any kind of legal"
                        + " claim.", "your company is any legal entity.");
    }

    @Test
    void aShortFirstLineIsTheTitleOfAFileWithoutAFirstLevelHeading() {
        // GIVEN a licence in Markdown that opens with its name on a line of its own, a guide that opens with prose,
        // and a policy that opens with its date
        ParsedDocument licence = md("Elastic License 2.0 (ELv2)\n\nCopyright 2026 Someone\n\n## Acceptance\n\nBy using"
                + " the software, you agree.\n");
        ParsedDocument guide = md("Thanks for helping us.\n\n## Scope\n\nThis guide covers patches.\n");
        ParsedDocument dated = md("Last updated: 1 March 2024\n\n## Scope\n\nThis policy covers members.\n");

        // THEN the name is the licence's title, not a paragraph; the guide's first sentence and the date stay text
        assertThat(licence.title()).isEqualTo("Elastic License 2.0 (ELv2)");
        assertThat(licence.blocks()).extracting(Block::text).containsExactly("Copyright 2026 Someone",
                "By using the software, you agree.");
        assertThat(guide.blocks()).extracting(Block::text).startsWith("Thanks for helping us.");
        assertThat(dated.blocks()).extracting(Block::text).startsWith("Last updated: 1 March 2024");
    }

    @Test
    void anFaqsLabelledQuestionsHeadTheirAnswersInBoldOrPlain() {
        // GIVEN an FAQ in Markdown: a bold labelled question above its answer, and a question and its answer on
        // two lines of one paragraph
        ParsedDocument doc = md("# FAQ\n\n## Fees\n\n**Q: Can I pay monthly?**\n\nA: Yes, by direct debit.\n\n"
                + "Q: Is there a joining fee?\nA: No, joining is free.\n\nQ: Can I bring a friend?\nYes, for 5 pounds.\n\n"
                + "**Who is eligible for study leave?**\n\nA. Full-time employees.\n");

        // THEN each question, without its label, heads its answer, which loses its own label; an unlabelled answer
        // stays whole, and a list's first item "A." keeps its letter
        assertThat(doc.blocks()).extracting(b -> String.join(" › ", b.sectionPath()) + " | " + b.text())
                .containsExactly("Fees › Can I pay monthly? | Yes, by direct debit.",
                        "Fees › Is there a joining fee? | No, joining is free.",
                        "Fees › Can I bring a friend? | Yes, for 5 pounds.",
                        "Fees › Who is eligible for study leave? | A. Full-time employees.");
    }

    @Test
    void aSentenceCutByAFencedLineOfCodeIsOneSentenceAgain() {
        // GIVEN a sentence broken by a fenced line of code, then a finished sentence before another fenced line
        ParsedDocument doc = md("## Option 1\n\nTo have the patch included, add the tag\n\n```\nCc: stable@vger.kernel.org"
                + "\n```\n\nin the sign-off area.\n\nThe tag is:\n\n```\nCc: stable@vger.kernel.org\n```\n\nsee above.\n");

        // THEN the first code stands in its sentence; after a finished sentence the code stays apart
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                "To have the patch included, add the tag Cc: stable@vger.kernel.org in the sign-off area.",
                "The tag is:", "Cc: stable@vger.kernel.org", "see above.");
    }

    @Test
    void listItemsAreParagraphsAndHeadingsBuildThePath() {
        // GIVEN nested headings (ATX and setext), a list, a quote, a table and a code fence
        ParsedDocument doc = md("""
                Moderation
                ==========

                Intro text.

                Reports
                -------

                - First item
                  continues here.
                * Second item
                1. Third item

                > Quoted rule.

                ### Table ###

                | Level | Action |
                |-------|--------|
                | 1 | Warning |

                ```
                code line
                ```
                """);

        // THEN the first setext H1 is the title, the rest are sections, each item a paragraph with its marker, the
        // table a readable row with its columns named
        assertThat(doc.title()).isEqualTo("Moderation");
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of(), "Intro text."),
                tuple(List.of("Reports"), "- First item continues here."),
                tuple(List.of("Reports"), "* Second item"),
                tuple(List.of("Reports"), "1. Third item"),
                tuple(List.of("Reports"), "Quoted rule."),
                tuple(List.of("Reports", "Table"), "Level: 1; Action: Warning."),
                tuple(List.of("Reports", "Table"), "code line"));
    }

    @Test
    void aPipeTableWithoutOuterBarsIsReadAsRows() {
        // GIVEN a table written the short way, under a paragraph holding a bar that is no table
        ParsedDocument doc = md("""
                ## Retention

                Pipe output with cmd | grep when you test.

                Data | Retention
                --- | :---:
                Server logs | 30 days
                Backups | 90 days
                """);

        // THEN the table's rows name their cells by the header, and the paragraph stays a paragraph
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Pipe output with cmd | grep when you test.",
                "Data: Server logs; Retention: 30 days.\nData: Backups; Retention: 90 days.");
    }

    @Test
    void boldLeadSentenceStartsASubSection() {
        // GIVEN paragraphs that open with a bold sentence, a bold label, and ordinary bold words
        ParsedDocument doc = md("""
                ## Our commitments

                **We protect your data.** We never sell it and delete it on request.

                More on data protection.

                **Reporting abuse:** Use the report button.

                **Be kind** to others, always.

                **Contact**

                Write to the team.
                """);

        // THEN the bold sentence names a sub-section until the next lead, a bold label with its text on its line only
        // that line; plain bold text stays in the paragraph
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of("Our commitments", "We protect your data."), "We never sell it and delete it on request."),
                tuple(List.of("Our commitments", "We protect your data."), "More on data protection."),
                tuple(List.of("Our commitments", "Reporting abuse"), "Use the report button."),
                tuple(List.of("Our commitments"), "Be kind to others, always."),
                tuple(List.of("Our commitments", "Contact"), "Write to the team."));
    }

    @Test
    void frontMatterListsDatesAndTitleRules() {
        // GIVEN front matter with a dash list of tags and a written date, and an H1 that differs from the title
        ParsedDocument doc = md("""
                ---
                title: "Refund Policy"
                date: March 5, 2024
                author: 'Support Team'
                tags:
                  - billing
                  - refunds
                ---
                # Summary

                Refunds take 14 days.
                """);

        // THEN the metadata is read and the different H1 is a section
        assertThat(doc.title()).isEqualTo("Refund Policy");
        assertThat(doc.published()).isEqualTo("2024-03-05");
        assertThat(doc.author()).isEqualTo("Support Team");
        assertThat(doc.tags()).containsExactly("billing", "refunds");
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsExactly(List.of("Summary"));
    }

    @Test
    void moderatorOverridesWin() {
        // GIVEN a file with its own title and URL, offered with --title/--url
        ParsedDocument doc = ingestor.parse(new Source("page.md", "---\ntitle: Old\nurl: https://old.example\n---\nText.\n"
                .getBytes(StandardCharsets.UTF_8), null, "New Title", "https://new.example"));

        // THEN the overrides are used; without a title anywhere the file name gives one
        assertThat(doc.title()).isEqualTo("New Title");
        assertThat(doc.url()).isEqualTo("https://new.example");
        assertThat(ingestor.parse(Source.of("house-rules_v2.md", "Just text.".getBytes(StandardCharsets.UTF_8)))
                .title()).isEqualTo("House rules v2");
    }
}
