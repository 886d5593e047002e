package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Source;

/** Word's own list labels in a DOCX file written by pandoc (source beside it: ingest/docx/pandoc-lists.md). */
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
