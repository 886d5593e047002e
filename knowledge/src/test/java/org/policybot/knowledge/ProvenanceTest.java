package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/**
 * What an answer says about its evidence besides its text, on the shipped document: the passage closest
 * to the question and the decision's probability, also when it abstains; the version each citation's
 * text dates from.
 */
class ProvenanceTest {
    private static Answer ask(String q) {
        return SharedEngine.engine().answer(Question.of(q));
    }

    @Test
    void anAnswerNamesTheClosestPassageItsProbabilityAndTheVersionOfEachCitation() {
        // WHEN a question the document answers is asked
        Answer a = ask("Does OpenAI train on API customer data?");

        // THEN the closest passage is one it cites, the probability is the decision's, and every citation
        // dates from version 1 (the shipped document was never updated)
        assertThat(a.abstained()).isFalse();
        assertThat(a.weighed()).isTrue();
        assertThat(a.probability()).isBetween(0.0, 1.0);
        assertThat(a.closest()).isNotNull();
        assertThat(a.citations()).extracting(c -> c.passageId()).contains(a.closest().passageId());
        assertThat(a.closest().similarity()).isGreaterThan(0.5);
        assertThat(a.citations()).allSatisfy(c -> assertThat(c.origin().version()).isEqualTo(1));
    }

    @Test
    void aNearMissNamesThePassageThatCameClosestAndAnUnrelatedQuestionAFarOne() {
        // WHEN a question near the document's topic, and one far from it, are asked
        Answer near = ask("How long is data retained?");
        Answer far = ask("Who won the 2022 FIFA football final?"); // "world" is a word of the document

        // THEN both abstain, weighed, each with its closest passage; the near miss comes much closer
        assertThat(near.abstained()).isTrue();
        assertThat(far.abstained()).isTrue();
        assertThat(near.weighed()).isTrue();
        assertThat(near.closest().doc()).isEqualTo("insights-from-global-conversations");
        assertThat(near.closest().section()).isNotBlank();
        assertThat(near.closest().similarity()).isGreaterThan(far.closest().similarity());
    }

    @Test
    void aGreetingIsNotWeighed() {
        // WHEN the engine is greeted  THEN it abstains without weighing anything: no closest passage, no probability
        Answer hello = ask("hi there!");
        assertThat(hello.abstained()).isTrue();
        assertThat(hello.weighed()).isFalse();
        assertThat(hello.closest()).isNull();
    }
}
