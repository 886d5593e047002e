package org.policybot.knowledge.retrieve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IndexVocabularyTest {
    @Test
    void aTitleIsNamedByTheInitialsOfItsRunsOfWords() {
        // GIVEN titles as moderators give them, with versions, dashes and small words
        // WHEN their initialisms are read
        // THEN a run of words is named by the initials of all its words and of those other than small words
        assertThat(IndexVocabulary.initialisms("Eclipse Public License - v 2.0"))
                .containsEntry("epl", "eclipse public license").doesNotContainKey("pl");
        assertThat(IndexVocabulary.initialisms("Harbor Lights Code of Conduct"))
                .containsEntry("coc", "code of conduct").containsEntry("hlcoc", "harbor lights code of conduct");
        assertThat(IndexVocabulary.initialisms("GNU General Public License v3")).containsEntry("gpl",
                "general public license");
    }

    @Test
    void twoLettersOrARunEndingOnASmallWordNameNothing() {
        // GIVEN a two-word title and one ending in a small word
        // WHEN their initialisms are read
        // THEN "cc" (too short to tell from other things) and a run ending in "of" are not read
        assertThat(IndexVocabulary.initialisms("Community Charter")).isEmpty();
        assertThat(IndexVocabulary.initialisms("Terms of")).isEmpty();
    }
}
