package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorer's evidence test: a phrase as the document's reader copied it, against a passage as the knowledge base reads it. */
class EvidenceMatchTest {
    /** Two rows of a sanctions table as the knowledge base writes them (column names, "; " between cells). */
    private static final String ROWS = "Step: 4; Sanction: Timeout for 7 days; Typical use: Three warnings within 90 days;"
            + " Who can apply it: Any moderator.\nStep: 5; Sanction: Temporary ban for 90 days; Typical use: Serious or"
            + " repeated breaches, abuse of crew; Who can apply it: Two moderators acting together.";

    @Test
    void aRowsCellsCopiedOneAfterTheOtherAreInThatRow() {
        // GIVEN cells of one row copied from the page (joined by a space) and from a text table (joined by a bar)
        List<String> copied = List.of("Temporary ban for 90 days Serious or repeated breaches, abuse of crew");
        List<String> barred = List.of("Temporary ban for 90 days  |  Serious or repeated breaches");

        // WHEN each is looked for in the rows  THEN both are found, whatever the case
        assertThat(EvidenceMatch.holds(ROWS, copied)).isTrue();
        assertThat(EvidenceMatch.holds(ROWS.toUpperCase(java.util.Locale.ROOT), barred)).isTrue();
    }

    @Test
    void aKeyAndValueCopiedWithTheirDotLeaderAreInTheRowTheKnowledgeBaseWrites() {
        // GIVEN a two-column row as the knowledge base writes a dot-leader table's line
        String row = "Cancellation period: 14 days from delivery.\nGift cards valid for: 18 months from purchase.";

        // WHEN the line is looked for as the document draws it, with full stops or spaced ones  THEN it is found
        assertThat(EvidenceMatch.holds(row, List.of("Cancellation period .......... 14 days from delivery"))).isTrue();
        assertThat(EvidenceMatch.holds(row, List.of("Gift cards valid for . . . . . 18 months"))).isTrue();
        assertThat(EvidenceMatch.holds(row, List.of("Cancellation period .......... 18 months"))).isFalse();
        // AND a grid's row copied with a cell's own semicolon is in the named row
        String grid = "Role: Carriage works; Minimum age: 16; Training needed: Workshop induction; no machine use under 18.";
        assertThat(EvidenceMatch.holds(grid, List.of("Carriage works | 16 | Workshop induction; no machine use"))).isTrue();
    }

    @Test
    void cellsCopiedAcrossTwoConsecutiveRowsAreInThoseRows() {
        // GIVEN the end of one row and the start of the next, copied as the page shows them
        String rows = "Library: LAPACK; Minimum version: 3.7.1.\nLibrary: BLAS; Minimum version: A recent version of"
                + " OpenBLAS, MKL or ATLAS.";

        // WHEN looked for  THEN it is found, although the knowledge base ends each row with a stop
        assertThat(EvidenceMatch.holds(rows, List.of("LAPACK 3.7.1 BLAS A recent version of OpenBLAS"))).isTrue();
        assertThat(EvidenceMatch.holds(rows, List.of("LAPACK 3.7.2 BLAS A recent version of OpenBLAS"))).isFalse();
    }

    @Test
    void cellsOfTwoRowsOrOutOfOrderAreNot() {
        // GIVEN the sanction of one row with the use of the next, and one row's cells in the wrong order
        List<String> acrossRows = List.of("Timeout for 7 days Serious or repeated breaches");
        List<String> reversed = List.of("Serious or repeated breaches, abuse of crew Temporary ban for 90 days");

        // WHEN each is looked for  THEN neither is found
        assertThat(EvidenceMatch.holds(ROWS, acrossRows)).isFalse();
        assertThat(EvidenceMatch.holds(ROWS, reversed)).isFalse();
    }

    @Test
    void proseMatchesAcrossLineBreaksAndRunsOfSpaces() {
        // GIVEN a sentence wrapped over two lines in the passage
        String text = "You may appeal within 14 days\nof the decision by writing to the Secretary.";

        // WHEN the phrase is looked for as one line  THEN it is found; a phrase the text does not hold is not
        assertThat(EvidenceMatch.holds(text, List.of("appeal within 14 days of the decision"))).isTrue();
        assertThat(EvidenceMatch.holds(text, List.of("appeal within 28 days of the decision"))).isFalse();
        assertThat(EvidenceMatch.holds(text, List.of("  "))).isFalse();
        assertThat(EvidenceMatch.holds(text, List.of("; ", ":\n"))).isFalse();
    }
}
