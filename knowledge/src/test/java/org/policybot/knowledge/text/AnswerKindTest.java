package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerKindTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "FIGURE|The committee has seven members.|true", "FIGURE|The committee meets often.|false",
        "DURATION|Logs are kept for 30 days.|true", "DURATION|Records are kept permanently.|true",
        "DURATION|Logs are kept.|false",
        "FREQUENCY|The council meets every two months.|true", "FREQUENCY|Each year, the TSC elects a chair.|true",
        "FREQUENCY|Reports are published twice a year.|true", "FREQUENCY|The schedule is reviewed annually.|true",
        "FREQUENCY|The council meets in 2 months.|false", "FREQUENCY|Each member has one vote.|false",
        "TIME|The policy took effect on 12 September 2024.|true", "TIME|Reports are reviewed after the meeting.|true",
        "TIME|You may ask the committee.|false",
        "AGENT|Appeals go to the Conduct Committee.|true", "AGENT|Appeals go to a lead moderator.|true",
        "AGENT|appeals are final.|false",
        "PLACE|Write to privacy@example.org with your request.|true", "PLACE|The office is in Leeds.|true",
        "PLACE|Write to us.|false"})
    void aSentenceHoldsAKindByItsShapeNotByADocumentsWords(AnswerKind kind, String sentence, boolean holds) {
        assertThat(kind.in(sentence)).as(sentence).isEqualTo(holds);
    }
}
