package org.policybot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The embedding model's whole words, read from the tokenizer the process ships. */
class ModelWordsTest {
    @Test
    void commonWordsAreWordsAndTyposAreNot() {
        // GIVEN the in-jar tokenizer's vocabulary
        // THEN common English words are whole words of it, chat typos and word pieces are not
        assertThat(ModelWords.contains("care")).isTrue();
        assertThat(ModelWords.contains("stuff")).isTrue();
        assertThat(ModelWords.contains("custmer")).isFalse();
        assertThat(ModelWords.contains("recieve")).isFalse();
        assertThat(ModelWords.contains("##ing")).isFalse();
        assertThat(ModelWords.contains("[CLS]")).isFalse();
    }
}
