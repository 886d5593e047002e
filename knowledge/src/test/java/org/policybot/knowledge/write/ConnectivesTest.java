package org.policybot.knowledge.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConnectivesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "For example, members may bring a guest.|Members may bring a guest.",
        "And members may vote by proxy.|Members may vote by proxy.",
        "Also, the bar closes at 23:00.|The bar closes at 23:00.",
        "So, the committee decides.|The committee decides.",
        "See the TSC Charter [5] for details.|See the TSC Charter for details."})
    void aLinkToTheSentenceBeforeIsDropped(String sentence, String expected) {
        assertThat(Connectives.strip(sentence)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Plus members get two guest passes.",
        "So long as you pay, you may stay.",
        "First, second and third-year students may apply.",
        "Then-members keep their votes."})
    void aWordThatCarriesMeaningOrOpensAnEnumerationStays(String sentence) {
        // GIVEN a sentence opening with a link's word that is part of what it says
        // THEN it is quoted whole
        assertThat(Connectives.strip(sentence)).isEqualTo(sentence);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "It has a meaning to which this document does not conform [1][2][3].|It has a meaning to which this document does not conform.",
        "Support is being tracked here [16].|Support is being tracked here.",
        "It does not conform.[4]|It does not conform.",
        "Pass the input file as argv[1] and the folder as argv[2].|Pass the input file as argv[1] and the folder as argv[2].",
        "Read the field getRecords()[0] from the result.|Read the field getRecords()[0] from the result.",
        "See [1](https://example.org/notes) first.|See [1](https://example.org/notes) first."})
    void theSourcesOwnNoteReferencesGoAndIndexesStay(String sentence, String expected) {
        // GIVEN sentences as scraped from pages that number their notes and links, and sentences with code indexes
        // THEN a reference, or a run of them, goes (it would read as a citation of the answer); an index and a
        // link's text stay
        assertThat(Connectives.strip(sentence)).isEqualTo(expected);
    }
}
