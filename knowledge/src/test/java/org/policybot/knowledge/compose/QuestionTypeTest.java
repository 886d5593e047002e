package org.policybot.knowledge.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuestionTypeTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Does OpenAI train on API customer data?|YES_NO", "and can ChatGPT users opt out?|YES_NO",
        "Is there demand for code?|YES_NO", "How many continents did the trip cover?|COUNT",
        "how long was the trip|COUNT", "When did the trip take place?|WHEN", "What year was it?|WHEN",
        "Who led the tour?|WHO", "Which team led it?|WHO", "Where did they go?|WHERE",
        "Which countries were visited?|WHERE", "Why does OpenAI train on data?|WHY",
        "What risks did people raise?|OTHER", "Tell me about literacy|OTHER"})
    void questionsAreClassifiedByWhatTheyAskFor(String question, QuestionType expected) {
        assertThat(QuestionType.of(question)).isEqualTo(expected);
    }
}
