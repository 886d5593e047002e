package org.policybot.knowledge.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.retrieve.QueryTerm;
import org.policybot.knowledge.text.Terms;

class PolarityTest {
    private static QueryAnalysis query(String q) {
        List<QueryTerm> terms = Terms.distinct(q).stream()
                .map(s -> new QueryTerm(s, s, s, 1f, true, false, false, true)).toList();
        return new QueryAnalysis(q, q, terms, List.of());
    }

    private static final String SENTENCE = "For example, one common question was on our use of customer data, giving us an"
            + " opportunity to reiterate that we do not train on API customer data, and that ChatGPT users can easily"
            + " opt-out as well.";

    @Test
    void theClauseHoldingTheQuestionDecides() {
        Polarity.Verdict train = Polarity.judge(SENTENCE, query("Does OpenAI train on API customer data?"));
        Polarity.Verdict optOut = Polarity.judge(SENTENCE, query("Can ChatGPT users opt out?"));

        assertThat(train.decisive()).isTrue();
        assertThat(train.negative()).isTrue();
        assertThat(optOut.decisive()).isTrue();
        assertThat(optOut.negative()).isFalse();
    }

    @Test
    void notOnlyIsNotANegation() {
        assertThat(Polarity.isNegated("safety mechanisms, not only for AGI but also for products")).isFalse();
        assertThat(Polarity.isNegated("we don’t sell data")).isTrue();
    }

    @Test
    void figuresAreComparedByWhatTheyCount() {
        String s = "An OpenAI team traveled to 25 cities across 6 continents.";

        assertThat(Polarity.judge(s, query("Did they visit 30 cities?")).figureMismatch()).isTrue();
        assertThat(Polarity.judge(s, query("Did they visit twenty five cities or 6 continents?")).figureMatch()).isTrue();
        assertThat(Polarity.judge(s, query("Did they visit six continents?")).figureMatch()).isTrue();
    }

    @Test
    void durationsAreComparedInDays() {
        String s = "For four weeks in May and June, a team traveled to 25 cities.";

        assertThat(Polarity.judge(s, query("the tour lasted like 3 months right?")).figureMismatch()).isTrue();
        assertThat(Polarity.judge(s, query("did it last a month?")).figureMatch()).isTrue();
    }
}
