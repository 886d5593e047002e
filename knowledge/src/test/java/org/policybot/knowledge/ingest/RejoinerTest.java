package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RejoinerTest {

    private static List<String> rejoined(String... paragraphs) {
        return Rejoiner.rejoin(List.of(paragraphs).stream().map(PlainTextParser.Chunk::text).toList()).stream()
                .map(PlainTextParser.Chunk::text).toList();
    }

    @Test
    void aLineStoppingOnAWordThatLeadsIntoMoreGoesOnInTheNext() {
        // GIVEN lines a PDF gave as paragraphs of their own, the first stopping on "the" or "and"
        // WHEN they are joined again
        // THEN the capitalised next line continues each
        assertThat(rejoined("Members who cannot afford fees can apply for the", "Society Access Bursary in section 10."))
                .containsExactly("Members who cannot afford fees can apply for the\nSociety Access Bursary in section 10.");
        assertThat(rejoined("It has four members: the Vice-President Activities and", "Societies, who chairs it."))
                .hasSize(1);
    }

    @Test
    void aListItemLinkedByAndOrATitleEndingInACapitalIsNotJoined() {
        // GIVEN an item ending "; and" (its bullet drawn as a picture), and a short line ending in a capital letter
        // WHEN they are joined again
        // THEN each stays apart from what follows
        assertThat(rejoined("Three student trustees, elected by the members; and", "Two co-opted trustees."))
                .hasSize(2);
        assertThat(rejoined("Grants for Band A", "New societies may apply once a year.")).hasSize(2);
    }
}
