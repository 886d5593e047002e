package org.policybot.knowledge.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AnswerTypeTest {
    private static final List<String> TRIP = List.of(
            "This is why, for four weeks in May and June, an OpenAI team led by our CEO Sam Altman traveled to 25 cities"
                    + " across 6 continents.");
    private static final AnswerType.WordPair LITERAL = (a, b) -> a.equals(b);
    private static final Set<String> AUTHORS = Set.of("OpenAI");

    private static int check(String q, QuestionType type, List<String> sentences) {
        return AnswerType.check(q, type, sentences, LITERAL, AUTHORS);
    }

    @Test
    void howManyNeedsAFigureCountingTheAskedNoun() {
        assertThat(check("How many cities did they visit?", QuestionType.COUNT, TRIP)).isEqualTo(AnswerType.PRESENT);
        assertThat(check("how many continents did they hit", QuestionType.COUNT, TRIP)).isEqualTo(AnswerType.PRESENT);
        assertThat(check("How many employees does OpenAI have?", QuestionType.COUNT, TRIP)).isEqualTo(AnswerType.ABSENT);
        assertThat(check("how many nigerian students used it?", QuestionType.COUNT,
                List.of("In Nigeria, high school students told us how they used ChatGPT."))).isEqualTo(AnswerType.ABSENT);
    }

    @Test
    void aCountedNounMayBeMatchedByMeaning() {
        AnswerType.WordPair politicians = (a, b) -> a.equals("politicians") && b.equals("policymakers");
        int result = AnswerType.check("how many politicians did they meet?", QuestionType.COUNT,
                List.of("We sat down with dozens of senior policymakers and heads of state."), politicians, AUTHORS);

        assertThat(result).isEqualTo(AnswerType.PRESENT);
    }

    @Test
    void howLongNeedsADurationAndWhenADate() {
        assertThat(check("How long was the trip?", QuestionType.COUNT, TRIP)).isEqualTo(AnswerType.PRESENT);
        assertThat(check("How long is data retained?", QuestionType.COUNT,
                List.of("We do not train on API customer data."))).isEqualTo(AnswerType.ABSENT);
        assertThat(check("When did the trip happen?", QuestionType.WHEN, TRIP)).isEqualTo(AnswerType.PRESENT);
    }

    @Test
    void aNameAskedForMustBeGivenAndNotBeOneTheQuestionAlreadyHolds() {
        List<String> grocery = List.of("In France, a grocery chain is using our tools to help customers reduce food waste.");

        assertThat(check("whats the name of the french grocery chain?", QuestionType.OTHER, grocery))
                .isEqualTo(AnswerType.ABSENT);
        assertThat(check("Who led the tour?", QuestionType.WHO, TRIP)).isEqualTo(AnswerType.PRESENT);
        assertThat(check("who were the hosts and partners?", QuestionType.WHO,
                List.of("We are deeply grateful to the hosts and partners who helped make our trip a success.")))
                .isEqualTo(AnswerType.ABSENT);
        assertThat(check("Who is the president of Nigeria?", QuestionType.WHO,
                List.of("In Nigeria, high school students told us how they used ChatGPT."))).isEqualTo(AnswerType.ABSENT);
        assertThat(check("Who is the CEO?", QuestionType.WHO, TRIP)).isEqualTo(AnswerType.PRESENT);
    }

    @Test
    void aHowToQuestionNeedsItsVerb() {
        List<String> grants = List.of("We will invest in our cybersecurity grants program.");

        assertThat(check("how do I apply for the cybersecurity grant?", QuestionType.OTHER, grants))
                .isEqualTo(AnswerType.ABSENT);
        assertThat(check("how can I invest?", QuestionType.OTHER, grants)).isEqualTo(AnswerType.PRESENT);
    }

    @Test
    void amountsNeedAFigureAndWhenNeedsATime() {
        List<String> pricing = List.of("We are committed to making our pricing structure accessible for developers.");

        assertThat(check("what's the new api price after the tour?", QuestionType.OTHER, pricing))
                .isEqualTo(AnswerType.ABSENT);
        assertThat(check("when will better language support ship?", QuestionType.WHEN, pricing))
                .isEqualTo(AnswerType.ABSENT);
        assertThat(check("when may moderators ping everyone?", QuestionType.WHEN, pricing)).isEqualTo(AnswerType.NONE);
        assertThat(check("how many high school students in nigeria use chatgpt?", QuestionType.COUNT,
                List.of("In Nigeria, high school students told us how they used ChatGPT."))).isEqualTo(AnswerType.ABSENT);
    }

    @Test
    void acronymsAndCompoundsAreNotNames() {
        assertThat(check("what's the provenance tool called?", QuestionType.OTHER,
                List.of("New efforts to empower people to track the provenance of AI-generated content and API use.")))
                .isEqualTo(AnswerType.ABSENT);
        assertThat(check("which singapore government agency uses it?", QuestionType.OTHER,
                List.of("In Singapore, civil servants are incorporating OpenAI tools."))).isEqualTo(AnswerType.ABSENT);
    }

    @Test
    void otherQuestionsAskForNoParticularKind() {
        assertThat(check("What did they learn?", QuestionType.OTHER, TRIP)).isEqualTo(AnswerType.NONE);
    }
}
