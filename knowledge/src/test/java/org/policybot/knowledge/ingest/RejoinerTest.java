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
        assertThat(rejoined("Questions about this policy should be sent to the Coordinator through the",
                "Society Hub or the #society-leads channel.")).hasSize(1);
    }

    @Test
    void aListItemLinkedByAndOrAHeadingIsNotJoined() {
        // GIVEN items ending "; and" or "and" (their bullets drawn as pictures), a short line ending in a capital
        // letter, headings of a Word file without heading styles ending on a small word or on a hyphened one
        // WHEN they are joined again
        // THEN each stays apart from what follows
        assertThat(rejoined("Three student trustees, elected by the members; and", "Two co-opted trustees."))
                .hasSize(2);
        assertThat(rejoined("Be registered on a full-time course at the University and", "Live in the UK during term."))
                .hasSize(2);
        assertThat(rejoined("Grants for Band A", "New societies may apply once a year.")).hasSize(2);
        assertThat(rejoined("2. Who this policy applies to", "It covers every registered volunteer.")).hasSize(2);
        assertThat(rejoined("All visitors to the building must complete the visitor sign-in",
                "Reception keeps the book for a year.")).hasSize(2);
    }
}
