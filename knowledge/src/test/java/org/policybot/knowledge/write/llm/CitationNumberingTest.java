package org.policybot.knowledge.write.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.write.Composition;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;

class CitationNumberingTest {
    private static final List<Passage> PASSAGES = List.of(FixturePassages.get(1), FixturePassages.get(2),
            FixturePassages.get(6));

    private static CheckedSentence sentence(String body, int passage, Integer... sentences) {
        Map<Integer, Set<Integer>> evidence = new LinkedHashMap<>();
        evidence.put(passage, Set.of(sentences));
        return new CheckedSentence(body, evidence);
    }

    @Test
    void numbersPassagesByFirstUseAndQuotesTheirSupportingSentencesInOrder() {
        // GIVEN sentences backed by passage index 2, then 1, then 2 again (another sentence of it)
        List<CheckedSentence> sentences = List.of(
                sentence("OpenAI does not train on API customer data.", 2, 1),
                sentence("Students in Nigeria used ChatGPT", 1, 1),
                sentence("OpenAI focuses on safety mechanisms!", 2, 2),
                sentence("ChatGPT users can opt out.", 2, 1));

        // WHEN composing
        Composition c = CitationNumbering.compose(sentences, PASSAGES);

        // THEN markers go before the final punctuation, numbered 1.. by first use
        assertThat(c.text()).isEqualTo("OpenAI does not train on API customer data [1]. "
                + "Students in Nigeria used ChatGPT [2]. OpenAI focuses on safety mechanisms [1]! "
                + "ChatGPT users can opt out [1].");
        assertThat(c.citations()).extracting(Citation::n, Citation::passageId)
                .containsExactly(tuple(1, PASSAGES.get(2).id()),
                        tuple(2, PASSAGES.get(1).id()));
        // AND a citation quotes each supporting sentence once, verbatim, in passage order
        assertThat(c.citations().get(0).quote())
                .isEqualTo(PASSAGES.get(2).sentence(1) + " " + PASSAGES.get(2).sentence(2));
        assertThat(c.citations().get(1).quote()).isEqualTo(PASSAGES.get(1).sentence(1));
    }

    @Test
    void markersSitBeforeTheEndingAndASentenceWithoutOneGetsAFullStop() {
        // GIVEN endings with a closing quote, several marks, and none
        // WHEN adding markers / THEN
        assertThat(CitationNumbering.withMarkers("They said \"yes.\"", "[1]")).isEqualTo("They said \"yes [1].\"");
        assertThat(CitationNumbering.withMarkers("Really?!", "[2][3]")).isEqualTo("Really [2][3]?!");
        assertThat(CitationNumbering.withMarkers("No ending here", "[1]")).isEqualTo("No ending here [1].");
    }
}
