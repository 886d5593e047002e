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

    @Test
    void regularInflectionsOfWholeWordsAreWordsToo() {
        // GIVEN words the tokenizer may hold only in their base form, and typos
        // THEN a regular inflection of a whole word is a word ("fixes" is no typo of "files"), a typo is not
        assertThat(ModelWords.isWord("fixes")).isTrue();
        assertThat(ModelWords.isWord("bounties")).isTrue();
        assertThat(ModelWords.isWord("stopped")).isTrue();
        assertThat(ModelWords.isWord("colaborators")).isFalse();
        assertThat(ModelWords.isWord("recieves")).isFalse();
    }
}
