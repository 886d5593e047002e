package org.policybot.knowledge.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerTypeTest {
    private static final List<String> TRIP = List.of(
            "This is why, for four weeks in May and June, an OpenAI team led by our CEO Sam Altman traveled to 25 cities"
                    + " across 6 continents.");

    @Test
    void howManyNeedsAFigureCountingTheAskedNoun() {
        assertThat(AnswerType.check("How many cities did they visit?", QuestionType.COUNT, TRIP)).isEqualTo(1);
        assertThat(AnswerType.check("How many employees does OpenAI have?", QuestionType.COUNT, TRIP)).isEqualTo(-1);
    }

    @Test
    void howLongNeedsADurationAndWhenADate() {
        assertThat(AnswerType.check("How long was the trip?", QuestionType.COUNT, TRIP)).isEqualTo(1);
        assertThat(AnswerType.check("How long is data retained?", QuestionType.COUNT,
                List.of("We do not train on API customer data."))).isEqualTo(-1);
        assertThat(AnswerType.check("When did the trip happen?", QuestionType.WHEN, TRIP)).isEqualTo(1);
    }

    @Test
    void otherQuestionsAskForNoParticularKind() {
        assertThat(AnswerType.check("What did they learn?", QuestionType.OTHER, TRIP)).isZero();
    }
}
