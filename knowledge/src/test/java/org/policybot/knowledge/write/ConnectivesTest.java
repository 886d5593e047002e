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
}
