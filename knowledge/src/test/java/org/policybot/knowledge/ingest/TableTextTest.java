package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTextTest {

    @Test
    void rowsNameTheirColumnsAndSkipPlaceholderCells() {
        // GIVEN a table with a header row and a "--" cell
        List<List<String>> cells = List.of(List.of("Data category", "Retention period", "Trigger"),
                List.of("Server logs", "30 days", "Date of log entry"), List.of("Board minutes", "Permanent", "--"));

        // WHEN read  THEN one sentence-like line per row
        assertThat(TableText.rows(cells, true)).containsExactly(
                "Data category: Server logs; Retention period: 30 days; Trigger: Date of log entry.",
                "Data category: Board minutes; Retention period: Permanent.");
    }

    @Test
    void twoColumnsWithoutHeaderReadAsKeyAndValueAndACaptionRowStandsAlone() {
        // GIVEN a document-control table: a caption row with an empty cell, then labels and values
        List<List<String>> cells = List.of(List.of("Document control", ""), List.of("Owner", "Technical Steering"
                + " Committee"), List.of("Effective date", "1 October 2024"));

        // WHEN read  THEN the caption is a line of its own and each row reads "key: value."
        assertThat(TableText.rows(cells, TableText.looksLikeHeader(cells))).containsExactly("Document control",
                "Owner: Technical Steering Committee.", "Effective date: 1 October 2024.");
    }

    @Test
    void cellsThatNameThemselvesAreJoinedNotLabelledAgain() {
        // GIVEN a two-column layout of "label: value" cells
        List<List<String>> cells = List.of(List.of("Document No.: LF-7", "Revision: 4"));

        // WHEN read  THEN the cells are joined with "; "
        assertThat(TableText.rows(cells, false)).containsExactly("Document No.: LF-7; Revision: 4.");
    }

    @Test
    void aHeaderIsGuessedOnlyForThreeOrMoreColumnsOfShortLabels() {
        assertThat(TableText.looksLikeHeader(List.of(List.of("Type", "Committee", "Board"), List.of("Any", "2/3",
                "Majority")))).isTrue();
        assertThat(TableText.looksLikeHeader(List.of(List.of("Owner", "TSC"), List.of("Date", "2024")))).isFalse();
        assertThat(TableText.looksLikeHeader(List.of(List.of("Members must be kind.", "Yes", "No"), List.of("a", "b",
                "c")))).isFalse();
    }
}
