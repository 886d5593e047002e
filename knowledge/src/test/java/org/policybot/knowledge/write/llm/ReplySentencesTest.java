package org.policybot.knowledge.write.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplySentencesTest {
    @Test
    void readsMarkersInTheUsualForms() {
        // GIVEN markers written singly, adjacent, in a list and as a range
        String reply = "Students used ChatGPT [1]. Grocers cut waste [2][3]. Policymakers engage [1, 4]. "
                + "Leaders agree [2-4]. Users opt out [Passage 3].";

        // WHEN parsing
        List<ReplySentence> sentences = ReplySentences.parse(reply);

        // THEN each sentence keeps its words and the numbers it named, in order, without repeats
        assertThat(sentences).containsExactly(
                new ReplySentence("Students used ChatGPT.", List.of(1)),
                new ReplySentence("Grocers cut waste.", List.of(2, 3)),
                new ReplySentence("Policymakers engage.", List.of(1, 4)),
                new ReplySentence("Leaders agree.", List.of(2, 3, 4)),
                new ReplySentence("Users opt out.", List.of(3)));
    }

    @Test
    void aGarbledMarkerCitesNothingInsteadOfFailing() {
        // GIVEN a marker the model garbled
        // WHEN parsing / THEN the sentence is read, citing nothing
        assertThat(ReplySentences.parse("Members vote yearly [1-2-3]."))
                .extracting(ReplySentence::cited).containsExactly(List.of());
    }

    @Test
    void markerAfterTheFullStopBelongsToTheSentenceBefore() {
        // GIVEN markers placed after the terminator, and one alone on the last line
        String reply = "The trip lasted four weeks. [2] It covered 25 cities.\n[1]";

        // WHEN parsing
        List<ReplySentence> sentences = ReplySentences.parse(reply);

        // THEN they are attributed backwards
        assertThat(sentences).containsExactly(
                new ReplySentence("The trip lasted four weeks.", List.of(2)),
                new ReplySentence("It covered 25 cities.", List.of(1)));
    }

    @Test
    void listsHeadingsAndEmphasisAreUnwrapped() {
        // GIVEN a Markdown-formatted reply
        String reply = "## Answer\n- **OpenAI** does not train on API data [1]\n2. Users can opt out [1].";

        // WHEN parsing
        List<ReplySentence> sentences = ReplySentences.parse(reply);

        // THEN the heading is an uncited sentence and the items are plain sentences
        assertThat(sentences).containsExactly(
                new ReplySentence("Answer", List.of()),
                new ReplySentence("OpenAI does not train on API data", List.of(1)),
                new ReplySentence("Users can opt out.", List.of(1)));
    }

    @Test
    void uncitedAndEmptyRepliesHaveNoMarkers() {
        // GIVEN an uncited reply, a blank one and none
        // WHEN parsing / THEN
        assertThat(ReplySentences.parse("The passages do not answer this.")).singleElement()
                .isEqualTo(new ReplySentence("The passages do not answer this.", List.of()));
        assertThat(ReplySentences.parse("  \n ")).isEmpty();
        assertThat(ReplySentences.parse(null)).isEmpty();
    }
}
