package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextTablesTest {

    @Test
    void aGridWithARuledHeaderReadsOneRowPerLine() {
        // GIVEN a +---+ grid: header, rule, rows (one continues onto a second line), bottom rule, then text
        List<String> lines = List.of("+----------+---------+", "| Data     | Kept    |", "+----------+---------+",
                "| Logs     | 30 days |", "| Posts    | 2 years |", "|          | or less |", "+----------+---------+",
                "After the table.");

        // WHEN found at the first line
        TextTables.Found found = TextTables.grid(lines, 0).orElseThrow();

        // THEN the header names the columns, the continued cell is whole, and the table ends before the text
        assertThat(found.header()).isTrue();
        assertThat(found.cells()).containsExactly(List.of("Data", "Kept"), List.of("Logs", "30 days"),
                List.of("Posts", "2 years or less"));
        assertThat(found.end()).isEqualTo(7);
    }

    @Test
    void aFirstCellCutOffMidPhraseGoesOnInTheLineBelow() {
        // GIVEN a grid without rules between rows whose first cell wraps, the rest indented, after an open bracket
        List<String> lines = List.of("+------------------------+---------+", "| Item                   | Allowed |",
                "+------------------------+---------+", "| Suitcases              | 2 items |",
                "| Small hand item (bag,  | 1 item  |", "|   laptop bag, camera)  |         |",
                "| bicycle                | 1       |", "+------------------------+---------+");

        // WHEN found at the first line
        TextTables.Found found = TextTables.grid(lines, 0).orElseThrow();

        // THEN the cut-off cell is whole, and a row that opens in lower case after a complete cell is a row
        assertThat(found.cells()).containsExactly(List.of("Item", "Allowed"), List.of("Suitcases", "2 items"),
                List.of("Small hand item (bag, laptop bag, camera)", "1 item"), List.of("bicycle", "1"));
    }

    @Test
    void aGridWithEveryRowRuledJoinsEachRowsLines() {
        // GIVEN a full grid whose rows span two lines, with a "=" rule under the header
        List<String> lines = List.of("+------+-----------+", "| Role | Duty      |", "+======+===========+",
                "| Chair | Runs the |", "|       | meetings |", "+------+-----------+", "| Clerk | Keeps    |",
                "|       | minutes  |", "+------+-----------+");

        // WHEN found  THEN each ruled group is one row
        TextTables.Found found = TextTables.grid(lines, 0).orElseThrow();
        assertThat(found.header()).isTrue();
        assertThat(found.cells()).containsExactly(List.of("Role", "Duty"), List.of("Chair", "Runs the meetings"),
                List.of("Clerk", "Keeps minutes"));
    }

    @Test
    void linesWithDotLeadersAreATableOfKeysAndValues() {
        // GIVEN key and value lines joined by dot leaders (one value wrapped, one line with spaced dots), then prose
        List<String> lines = List.of("  Membership fee ............ 40 pounds a year",
                "  Guest passes .............. 6 a year, booked", "                              in advance",
                "  Refunds . . . . . . . . . . within 14 days", "The committee may change these figures.");

        // WHEN found at the first line
        TextTables.Found found = TextTables.leaders(lines, 0).orElseThrow();

        // THEN each line is a row of key and value, the wrapped value whole, and the prose is left out
        assertThat(found.header()).isFalse();
        assertThat(found.cells()).containsExactly(List.of("Membership fee", "40 pounds a year"),
                List.of("Guest passes", "6 a year, booked in advance"), List.of("Refunds", "within 14 days"));
        assertThat(found.end()).isEqualTo(4);
        // AND an ellipsis in prose, or one line alone, is no such table
        assertThat(TextTables.leaders(List.of("We wait... and then", "we act ... at once"), 0)).isEmpty();
        assertThat(TextTables.leaders(List.of("Contents .......... 3", "1. Scope"), 0)).isEmpty();
        // AND a table of contents (page numbers only) and a form's blanks are none either
        assertThat(TextTables.leaders(List.of("  1. Scope .......... 2", "  2. Refunds ........ 4",
                "  Annex ............ xii"), 0)).isEmpty();
        assertThat(TextTables.leaders(List.of("Signature ........ Date ........",
                "Print name ....... Member no. ........"), 0)).isEmpty();
    }

    @Test
    void alignedColumnsNeedTwoLinesThatLineUp() {
        // GIVEN two aligned lines, and a line with one double space
        List<String> aligned = List.of("   Owner: DPO           Revision: 4", "   Adopted: 2023        Next: 2025");
        List<String> single = List.of("    <program>  Copyright (C) <year>  <name of author>",
                "    This program comes with ABSOLUTELY NO WARRANTY.");

        // WHEN looked for  THEN only the first is a table
        assertThat(TextTables.aligned(aligned, 0)).hasValueSatisfying(f -> assertThat(f.cells()).containsExactly(
                List.of("Owner: DPO", "Revision: 4"), List.of("Adopted: 2023", "Next: 2025")));
        assertThat(TextTables.aligned(single, 0)).isEmpty();
    }

    @Test
    void aRuleUnderTheRowsEndsTheTableAndANoteUnderItStaysProse() {
        // GIVEN a ruled table whose right-aligned prices start one or two columns apart, then a long note under it
        List<String> lines = List.of(
                "  Ticket type          Age       Price    What it includes",
                "  -------------------  --------  -------  --------------------------------",
                "  Weekend Adult        18+       165.00   Arena Fri-Sun, General Camping",
                "  Weekend Youth        13-17      85.00   Arena Fri-Sun, General Camping",
                "  Under 5              0-4         Free   Arena Fri-Sun, must be registered",
                "  -------------------  --------  -------  --------------------------------",
                "  All prices in GBP. Add-ons and passes are only valid with a Weekend ticket and a wristband.",
                "");

        // WHEN looked for
        TextTables.Found found = TextTables.aligned(lines, 0).orElseThrow();

        // THEN its rows are read under their header, and the note after the closing rule is left to the text
        assertThat(found.header()).isTrue();
        assertThat(found.cells()).contains(List.of("Under 5", "0-4", "Free", "Arena Fri-Sun, must be registered"));
        assertThat(found.end()).isEqualTo(6);
    }

    @Test
    void aRuleBeforeALabelOrAFewerSegmentedRuleKeepsTheTableWhole() {
        // GIVEN a table ruled above and below its header whose rows are grouped under one-cell labels, a rule in the
        // middle followed by a label, and a rule that draws fewer columns than the rows have
        List<String> grouped = List.of(
                "  ---------------  --------",
                "  Ticket           Price",
                "  ---------------  --------",
                "  Adults",
                "  Weekend          40",
                "  Day              15",
                "  ---------------  --------",
                "  Children",
                "  Weekend          20",
                "  ---------------  --------",
                "");
        List<String> fewer = List.of(
                "Item        Qty   Note",
                "---------   ---",
                "Tent        2     one spare",
                "Stove       1     gas only",
                "");

        // WHEN looked for
        TextTables.Found whole = TextTables.aligned(grouped, 0).orElseThrow();
        TextTables.Found items = TextTables.aligned(fewer, 0).orElseThrow();

        // THEN no label ends the table: every row is read, and the rows after the middle rule too
        assertThat(whole.cells()).contains(List.of("Weekend", "40"), List.of("Weekend", "20"));
        assertThat(whole.end()).isEqualTo(10);
        // AND columns come from where cells start when the rule does not draw them all
        assertThat(items.cells()).contains(List.of("Tent", "2", "one spare"));
    }

    @Test
    void pandocsMultilineTableReadsEachGroupOfLinesAsOneRow() {
        // GIVEN a table as pandoc writes it in plain text: framed by full rules, a header of two lines, segments one
        // space apart, rows apart by blank lines, the first column wrapped too
        List<String> lines = List.of(
                "  -----------------------------------------------",
                "  Type           Price          What it",
                "                                includes",
                "  -------------- -------------- ----------------",
                "  Adult Season   £165 for the   Unlimited swims",
                "                 season         in the season",
                "",
                "  Friend of the  £25 a year     No swims; the",
                "  Lido                          newsletter",
                "  -----------------------------------------------",
                "",
                "After the table.");

        // WHEN looked for at the first line
        TextTables.Found found = TextTables.multiline(lines, 0).orElseThrow();

        // THEN the header and each row are whole, and the table ends at its closing rule
        assertThat(found.header()).isTrue();
        assertThat(found.cells()).containsExactly(List.of("Type", "Price", "What it includes"),
                List.of("Adult Season", "£165 for the season", "Unlimited swims in the season"),
                List.of("Friend of the Lido", "£25 a year", "No swims; the newsletter"));
        assertThat(found.end()).isEqualTo(10);
    }

    @Test
    void rowsApartByBlankLinesEndBeforeTextThatOpensNoRow() {
        // GIVEN a hand-made table without a closing rule: wrapped rows apart by blank lines, then a numbered clause
        List<String> lines = List.of(
                "  TYPE                AGES          PRICE",
                "  ------------------  ------------  -------------",
                "  Adult Season        18 to 64      £165 for the",
                "                                    season",
                "",
                "  Family Season       2 adults and  £390 for the",
                "                      up to 3       season",
                "",
                "3.2   Children under 8 do not need a membership. They swim free with a",
                "      paying adult.");

        // WHEN looked for
        TextTables.Found found = TextTables.multiline(lines, 0).orElseThrow();

        // THEN both rows are read whole, and the clause after them is left to the text
        assertThat(found.cells()).containsExactly(List.of("TYPE", "AGES", "PRICE"),
                List.of("Adult Season", "18 to 64", "£165 for the season"),
                List.of("Family Season", "2 adults and up to 3", "£390 for the season"));
        assertThat(found.end()).isEqualTo(7);
    }

    @Test
    void groupsOfOneLineRowsStayRowsAndOneGroupIsLeftToTheAlignedReader() {
        // GIVEN rows of one line each, in two groups apart by a blank line; and the same table in one group, as
        // pandoc writes a simple table (segments one space apart, no closing rule)
        List<String> grouped = List.of(
                "  Group      Ages", "  ---------- -----", "  Otters     8-10", "  Kestrels   11-13", "",
                "  Ravens     13-15", "");
        List<String> simple = List.of("  Group      Ages", "  ---------- -----", "  Otters     8-10",
                "  Kestrels   11-13", "", "After.");

        // WHEN looked for
        TextTables.Found found = TextTables.multiline(grouped, 0).orElseThrow();

        // THEN each line of a group is a row
        assertThat(found.cells()).containsExactly(List.of("Group", "Ages"), List.of("Otters", "8-10"),
                List.of("Kestrels", "11-13"), List.of("Ravens", "13-15"));
        // AND one group is no multiline table, but the aligned reader takes the rule of close segments
        assertThat(TextTables.multiline(simple, 0)).isEmpty();
        assertThat(TextTables.aligned(simple, 0)).hasValueSatisfying(f -> assertThat(f.cells())
                .containsExactly(List.of("Group", "Ages"), List.of("Otters", "8-10"), List.of("Kestrels", "11-13")));
    }

    @Test
    void aFramedTableOfOneLineRowsAndTwoTablesSideBySideStayApart() {
        // GIVEN a hand-made table framed by full rules whose rows are one line each, and two unframed tables of the
        // same columns, one after the other, each with rows apart by blank lines
        List<String> framed = List.of(
                "--------------------------------------------------",
                "Data category        Retention period    Trigger",
                "-------------------  ------------------  ---------",
                "Server logs          30 days             Log date",
                "Backups              90 days             Backup",
                "--------------------------------------------------");
        List<String> two = List.of(
                "Category        Retention", "--------------  ---------", "Server logs     30 days", "",
                "Backups         90 days", "", "Role            Access", "--------------  ---------",
                "Admin           All", "", "Member          Own posts", "");

        // WHEN looked for
        TextTables.Found rows = TextTables.multiline(framed, 0).orElseThrow();
        TextTables.Found first = TextTables.multiline(two, 0).orElseThrow();

        // THEN each line of the framed table is a row, and the table ends at its closing rule
        assertThat(rows.cells()).containsExactly(List.of("Data category", "Retention period", "Trigger"),
                List.of("Server logs", "30 days", "Log date"), List.of("Backups", "90 days", "Backup"));
        assertThat(rows.end()).isEqualTo(6);
        // AND the first table ends before the blank line above the second table's header
        assertThat(first.cells()).containsExactly(List.of("Category", "Retention"), List.of("Server logs", "30 days"),
                List.of("Backups", "90 days"));
        assertThat(first.end()).isEqualTo(5);
        assertThat(TextTables.multiline(two, 6).orElseThrow().cells()).contains(List.of("Member", "Own posts"));
    }
}
