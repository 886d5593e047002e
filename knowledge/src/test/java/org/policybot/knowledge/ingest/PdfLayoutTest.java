package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class PdfLayoutTest {
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    private List<Passage> passages(String name, byte[] pdf) {
        ParsedDocument doc = ingestor.parse(Source.of(name, pdf));
        return new Splitter().split("doc", doc);
    }

    @Test
    void sentenceCaseNumberedHeadingsSetInLargerTypeStartSectionsOfTheirOwn() {
        // GIVEN a PDF whose numbered headings are in sentence case, without a final stop, set in 14 pt bold right
        // above their 10 pt paragraphs (no gap), under a 20 pt title
        byte[] pdf = Fixtures.typesetPdf(List.of(
                "# Workshop Rules",
                "## 1. Purpose and who is responsible",
                "These rules keep members safe in the workshop. The safety officer keeps them up to date.",
                "## 2. The laser cutter",
                "The laser cutter causes more small fires than any other machine. Never leave it while it cuts.",
                "## 3. Working alone",
                "Red tools are never used alone. Another adult member must be in the building."));

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("rules.pdf", pdf));
        List<Passage> passages = new Splitter().split("rules", doc);

        // THEN the title is the 20 pt line, each heading names its section and no paragraph starts with a heading
        assertThat(doc.title()).isEqualTo("Workshop Rules");
        assertThat(passages).extracting(Passage::sectionLabel).containsExactly("1. Purpose and who is responsible",
                "2. The laser cutter", "3. Working alone");
        assertThat(StructureChecks.in(passages, "2. The laser cutter").text())
                .startsWith("The laser cutter causes more small fires");
    }

    @Test
    void headingTypesNestByProminenceAndNumbers() {
        // GIVEN unnumbered 14 pt headings with 10 pt bold subheadings, then numbered ones of both kinds
        byte[] pdf = Fixtures.typesetPdf(List.of(
                "# Incident Procedures",
                "## How to report",
                "Reports go to the committee by email or in person.",
                "### Reporting anonymously",
                "Send a message to any single member of the committee, who keeps your name to themselves.",
                "## 4. Records",
                "The committee keeps a record of every report.",
                "### 4.1 How long records are kept",
                "Records are deleted three years after the case is closed."));

        // WHEN it is ingested
        List<Passage> passages = passages("procedures.pdf", pdf);

        // THEN subheadings sit under their heading, and "4.1" under "4."
        assertThat(passages).extracting(Passage::sectionLabel).containsExactly("How to report",
                "How to report › Reporting anonymously", "4. Records", "4. Records › 4.1 How long records are kept");
    }

    @Test
    void emphasisAndTableRowsInBoldAreText() {
        // GIVEN bold that is not a heading: a bold lead-in word, a whole bold sentence, a long bold notice, and a
        // table's bold header row whose cells stand apart
        byte[] pdf = Fixtures.typesetPdf(List.of(
                "# Tool Policy",
                "## 1. Tool categories",
                "Every tool and machine in the workshop carries a coloured label showing its category, and the",
                "category says what you need before you may use it, as the table below sets out.",
                "| Category | Examples | Minimum age",
                "Green hand tools may be used by anyone who has been through the general site induction, from the",
                "age of sixteen, and younger children may use them with a parent or guardian beside them.",
                "* Amber tools need an induction by a steward.",
                "### Never leave a running machine.",
                "### Members who ignore this rule lose their induction on every tool in the workshop for a full year",
                "without any exception."));

        // WHEN it is ingested
        List<Passage> passages = passages("tools.pdf", pdf);

        // THEN there is one section, holding all of that text
        assertThat(passages).extracting(Passage::sectionLabel).containsOnly("1. Tool categories");
        assertThat(String.join("\n", passages.stream().map(Passage::text).toList()))
                .contains("Category", "Amber tools need an induction", "Never leave a running machine.",
                        "lose their induction on every tool");
    }

    @Test
    void aNumberedListInBodyTypeStaysInItsSection() {
        // GIVEN a typeset heading "2." followed by a numbered list in the body type whose "3." would, in plain
        // text, read as the next clause of the outline
        byte[] pdf = Fixtures.typesetPdf(List.of(
                "# Trademark Policy",
                "## 1. Purpose",
                "This policy protects the marks.",
                "## 2. Uses without permission",
                "You may use the marks:",
                "1. To refer to the unmodified software.",
                "2. To name a component of an offering.",
                "3. To refer to the project itself.",
                "## 3. Questions",
                "Write to the foundation."));

        // WHEN it is ingested
        List<Passage> passages = passages("marks.pdf", pdf);

        // THEN the items stay under "2.", and "3. Questions" is the third section
        assertThat(StructureChecks.in(passages, "2. Uses without permission").text())
                .contains("To refer to the project itself.");
        assertThat(StructureChecks.labels(passages)).containsExactly("1. Purpose", "2. Uses without permission",
                "3. Questions");
    }

    private static List<String> paragraphs(List<PdfLines.Line> lines) {
        return PdfLayout.chunks(lines).stream().map(PlainTextParser.Chunk::text).toList();
    }

    /** A line of body type that PDFBox marked as opening a paragraph, as it marks every line of some PDFs. */
    private static PdfLines.Line line(String text, float baseline, float right) {
        List<PdfLines.Word> words = List.of(new PdfLines.Word(text, 60, right));
        return new PdfLines.Line(text, true, new PdfLines.Style(10, false), 1, 60, right, 60 + 5 * text.indexOf(' '),
                10, baseline, List.of(new PdfLines.Segment(words)), 842);
    }

    @Test
    void aLineOneLineSpacingBelowAFullLineGoesOnItsParagraphEvenAtACapital() {
        // GIVEN lines of a policy printed from a web page, each marked as opening a paragraph: a paragraph's lines 12
        // points apart at 10-point type, 22 between paragraphs, one line wrapping between "the Station" and "Manager"
        List<PdfLines.Line> lines = List.of(
                line("Recordings are kept for 42 days and then deleted by the logging", 100, 500),
                line("system, unless a complaint about the programme is open.", 112, 400),
                line("Recordings may be heard only by the Head of Programmes, the Station", 134, 502),
                line("Manager, the Data Protection Lead and the regulator.", 146, 380),
                line("Presenters may ask for a copy of their own programme.", 168, 390));

        // WHEN the lines are read as paragraphs
        List<String> paragraphs = paragraphs(lines);

        // THEN each paragraph is whole, and the paragraphs stay apart
        assertThat(paragraphs).containsExactly(
                "Recordings are kept for 42 days and then deleted by the logging\nsystem, unless a complaint about the"
                        + " programme is open.",
                "Recordings may be heard only by the Head of Programmes, the Station\nManager, the Data Protection Lead"
                        + " and the regulator.",
                "Presenters may ask for a copy of their own programme.");
    }

    @Test
    void aListItemAParagraphsMarginBelowALongUnfinishedItemIsNotJoinedToIt() {
        // GIVEN a paragraph and a list printed from a web page, the list's bullets drawn as pictures: lines 12 points
        // apart at 10-point type, items 22, the first item wrapping and ending, long and unpunctuated, on a figure
        List<PdfLines.Line> lines = List.of(
                line("Unless you have an excellent reason not to, give the maintainer some time to", 78, 500),
                line("react before you upload. Here are some recommended values to use for the", 90, 498),
                line("delays, counted from the day the upload is made:", 102, 300),
                line("Upload fixing only urgent bugs older than 7 days, with no maintainer", 124, 500),
                line("activity on the bug for 7 days and no fix in progress that anyone knows of: 0 days", 136, 502),
                line("Upload fixing only urgent bugs older than 7 days: 2 days", 158, 380),
                line("Other uploads: 10 days", 180, 200));

        // WHEN the lines are read as paragraphs, and paragraphs a page or the layout cut are joined again
        List<String> paragraphs = Rejoiner.rejoin(PdfLayout.chunks(lines)).stream()
                .map(PlainTextParser.Chunk::text).toList();

        // THEN each item stays a paragraph of its own, the wrapped one whole
        assertThat(paragraphs).containsExactly(
                "Unless you have an excellent reason not to, give the maintainer some time to\nreact before you upload."
                        + " Here are some recommended values to use for the\ndelays, counted from the day the upload is"
                        + " made:",
                "Upload fixing only urgent bugs older than 7 days, with no maintainer\nactivity on the bug for 7 days"
                        + " and no fix in progress that anyone knows of: 0 days",
                "Upload fixing only urgent bugs older than 7 days: 2 days",
                "Other uploads: 10 days");
    }

    @Test
    void aParagraphSetLooserThanTheRestKeepsItsLinesTogether() {
        // GIVEN a paragraph 12 points a line at 10-point type, then one whose lines stand 16 points apart, each long
        // and unfinished, two opening with a capital, and a paragraph's margin (24 points) between the two
        List<PdfLines.Line> lines = List.of(
                line("Grants are paid to societies that have held a general meeting in the year and that", 78, 500),
                line("have sent their accounts to the Treasurer before the end of the autumn term, as", 90, 498),
                line("the funding policy says in its second part on eligibility for every society.", 102, 480),
                line("Grants are paid only to societies affiliated to the Union for a full year by a society and", 126, 500),
                line("Student Council may withdraw a grant at any time it finds the money misused, where the Union", 142, 502),
                line("Secretary reports to it that a society has not kept proper accounts of what it spent.", 158, 480));

        // WHEN the lines are read as paragraphs, and paragraphs a page or the layout cut are joined again
        List<String> paragraphs = Rejoiner.rejoin(PdfLayout.chunks(lines)).stream()
                .map(PlainTextParser.Chunk::text).toList();

        // THEN the loose paragraph is whole, and the two paragraphs stay apart
        assertThat(paragraphs).hasSize(2);
        assertThat(paragraphs.get(1)).startsWith("Grants are paid only").endsWith("what it spent.");
    }

    @Test
    void aLineOpeningWithACapitalAfterASentencesEndStaysApartThoughOneSpacingBelow() {
        // GIVEN list items whose bullets are pictures and a heading in body type, each one line spacing below a line
        // that ran to the column's edge and ended a sentence
        List<PdfLines.Line> lines = List.of(
                line("Volunteers sign in at the desk and wear their badge while in the studio.", 100, 500),
                line("Guests are met at the door by the presenter who invited them along.", 112, 500),
                line("Complaints", 124, 120),
                line("Write to the Station Manager, who answers within ten working days.", 136, 470));

        // WHEN the lines are read as paragraphs
        List<String> paragraphs = paragraphs(lines);

        // THEN each stays a paragraph of its own
        assertThat(paragraphs).hasSize(4);
    }

    @Test
    void aLineBrokenOffBeforeTheColumnsEdgeEndsItsItemButWrappedLinesJoin() {
        // GIVEN a typeset PDF with a paragraph wrapped at the column's edge, then a list whose bullets were drawings
        // (each item a short line of its own), then another wrapped paragraph; no gaps between them
        byte[] pdf = Fixtures.typesetPdf(List.of(
                "# Laser Cutter Rules",
                "## 1. Using the laser cutter",
                "The laser cutter causes more small fires than any other machine in the workshop, so every member",
                "who uses it follows these rules.",
                "Never leave it while it is cutting.",
                "Make sure the extraction fan is running.",
                "Only cut materials on the approved list.",
                "During busy times a single booking is limited to two hours, and members who have booked the next",
                "slot may ask anyone who has run over to stop, even in the middle of a long job."));

        // WHEN it is ingested
        List<Passage> passages = passages("laser.pdf", pdf);

        // THEN each item is a paragraph of its own, and each wrapped paragraph is whole
        List<String> paragraphs = passages.stream().flatMap(p -> List.of(p.text().split("\n\n")).stream()).toList();
        assertThat(paragraphs).contains("Never leave it while it is cutting.", "Make sure the extraction fan is running.",
                "Only cut materials on the approved list.",
                "The laser cutter causes more small fires than any other machine in the workshop, so every member who"
                        + " uses it follows these rules.",
                "During busy times a single booking is limited to two hours, and members who have booked the next slot"
                        + " may ask anyone who has run over to stop, even in the middle of a long job.");
    }

    @Test
    void aSubtitleInBodyTypeUnderATypesetTitleIsNotASection() {
        // GIVEN a title followed by a short Title Case line in the body type (the organisation's name)
        byte[] pdf = Fixtures.typesetPdf(List.of(
                "# Safety Policy",
                "Riverside Makers Association",
                "",
                "Version 2. Approved by the Board.",
                "## 1. Scope",
                "This policy applies to every member."));

        // WHEN it is ingested
        List<Passage> passages = passages("safety.pdf", pdf);

        // THEN the subtitle is text before the first heading, not a heading
        assertThat(StructureChecks.labels(passages)).containsExactly("", "1. Scope");
        assertThat(passages.get(0).text()).startsWith("Riverside Makers Association");
    }

    @Test
    void aMakerspaceSafetyPolicyPrintedFromHtmlKeepsEverySection() {
        // GIVEN a real policy printed to PDF from HTML (wkhtmltopdf): 19 pt bold numbered headings in sentence case
        // right above 15 pt paragraphs, a table, lists whose bullets are drawings
        List<Passage> passages = passages("safety-and-equipment-policy.pdf",
                Fixtures.resource("pdf/safety-and-equipment-policy.pdf"));

        // THEN every numbered heading names a section, nothing but the preamble is outside them, and no passage
        // opens with its heading's words again
        assertThat(StructureChecks.labels(passages)).contains("1. Purpose and who is responsible",
                "7. The laser cutter", "14. Accidents, near misses and incidents", "15. Changes to this policy");
        assertThat(passages).filteredOn(p -> p.section().isEmpty()).hasSize(1);
        assertThat(StructureChecks.in(passages, "7. The laser cutter").text())
                .startsWith("The laser cutter causes more small fires");
        StructureChecks.numbersNest(passages);
    }
}
