package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Source;

/**
 * Word's own list labels in DOCX files: written by pandoc (their Markdown beside them under ingest/docx/) or built with
 * Apache POI (list-through-a-table, legal-style, no-restart).
 */
class DocxNumberingTest {
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    @Test
    void aConvertersNestedListsKeepTheLabelsWordShows() {
        // GIVEN rules written as nested numbered lists with lettered items, one list starting at 5, converted by
        // pandoc (each list a numbering instance of its own that restarts every level)
        byte[] docx = Fixtures.resource("docx/pandoc-lists.docx");

        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("pandoc-lists.docx", docx));

        // THEN each paragraph opens with the label Word shows for it, counted by level (Tika alone wrote "0." and
        // "1." whatever the place, and "1." for the list that starts at 5)
        String text = String.join("\n", doc.blocks().stream().map(Block::text).toList());
        assertThat(text).contains("1. The club is called the Riverside Chess Club.",
                "2. Its office is at the town library.", "2. Objects", "1. The objects of the club are:",
                "a. to promote chess in the town;", "b. to run a winter league.", "5. General meetings",
                "1. The annual general meeting is held each May.", "2. Members receive 21 days");
        assertThat(text).doesNotContain("0. ");
    }

    @Test
    void aParagraphIsRelabelledOnlyWhenTikaGaveItALabel() {
        // GIVEN a line that names a clause ("See Membership") right before the numbered clause "5. Membership"
        // WHEN it is ingested
        String text = text("see-before-a-clause.docx");

        // THEN the line keeps its words, and the clause and those after it get Word's labels
        assertThat(text).contains("See Membership", "5. Membership", "6. Fees", "7. Notices");
    }

    @Test
    void aListCountsOnThroughATableAndPastItemsWithFootnotes() {
        // GIVEN a list one of whose items sits in a table cell (made with POI), and a pandoc list whose first three
        // items carry footnotes (their text differs between Tika and POI, so they are not matched)
        // WHEN they are ingested
        String table = text("list-through-a-table.docx");
        String footnoted = text("footnoted-items.docx");

        // THEN the items after the table count it, and the items after the footnoted ones get Word's labels
        assertThat(table).contains("3. Late fees are doubled.", "4. Refunds are not given.",
                "5. Members may resign at any time.");
        assertThat(footnoted).contains("4. Refunds are not given.", "5. Members may resign at any time.",
                "6. The board meets monthly.", "7. Minutes are kept.");
    }

    @Test
    void aLegalStyleLevelCountsInDecimalAndALevelMayRunOnAcrossItsParents() {
        // GIVEN (made with POI) a level "%1.%2" under upper-case roman parts, marked legal style; and a level "%2."
        // whose restart level is 0, so it never restarts
        // WHEN they are ingested
        String legal = text("legal-style.docx");
        String runOn = text("no-restart.docx");

        // THEN the legal-style labels are all decimal, and the level runs on from one part to the next
        assertThat(legal).contains("1.1 Anyone may join.", "2.1 The fee is 10 GBP.");
        assertThat(runOn).contains("1. Anyone may join.", "2. The board may refuse.", "3. The fee is 10 GBP.");
    }

    @Test
    void headingsAndClausesNumberedThroughTheirStylesGetTheLabelsWordShows() {
        // GIVEN (written by style-numbering.py beside it) outline-numbered headings and "List Number" clauses whose
        // numbering is set on their styles only, one style based on another, one clause setting only its level, one
        // heading turning the numbering off, and an introduction naming two headings in plain paragraphs
        // WHEN it is ingested
        ParsedDocument doc = ingestor.parse(Source.of("style-numbering.docx",
                Fixtures.resource("docx/style-numbering.docx")));

        // THEN headings and clauses open with Word's labels (Tika wrote none), so sections are named as Word shows
        // them; the clause at level 1 counts in its own level; the heading with its numbering off keeps its bare
        // title, and the introduction's plain paragraphs take no heading's label
        assertThat(doc.blocks()).extracting(b -> String.join(" > ", b.sectionPath())).contains(
                "1. Definitions > 1.1 Contributor", "1. Definitions > 1.2 Licence", "2. Membership",
                "2. Membership > 2.1 Fees", "Annex");
        String text = String.join("\n", doc.blocks().stream().map(Block::text).toList());
        assertThat(text).contains("(a) Anyone may join.", "(b) The board may refuse an application.",
                "(i) Juniors need a parent to sign.", "(c) Members pay a yearly fee.", "Fees are due each May.",
                "The annex lists past champions.", "These rules cover:")
                .doesNotContain("2. Membership", "2.1 Fees", "1. Definitions");
    }

    private String text(String fixture) {
        ParsedDocument doc = ingestor.parse(Source.of(fixture, Fixtures.resource("docx/" + fixture)));
        return String.join("\n", doc.blocks().stream().map(Block::text).toList());
    }

    @Test
    void wordsFormatsCountInLettersAndRomanNumbers() {
        // GIVEN counts in Word's number formats
        // WHEN they are written
        // THEN letters run on as Word's do ("aa" after "z"), roman numbers in either case, others in decimal
        assertThat(List.of(DocxNumbering.number(1, "lowerLetter"), DocxNumbering.number(27, "lowerLetter"),
                DocxNumbering.number(4, "upperRoman"), DocxNumbering.number(9, "lowerRoman"),
                DocxNumbering.number(3, "decimalZero"), DocxNumbering.number(12, "ordinal")))
                .containsExactly("a", "aa", "IV", "ix", "03", "12");
    }
}
