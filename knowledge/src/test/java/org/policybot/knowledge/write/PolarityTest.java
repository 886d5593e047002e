package org.policybot.knowledge.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.question.Vocabulary;

class PolarityTest {
    /** The question read with no knowledge base: every content word weighs the same. */
    private static ReadQuestion query(String q) {
        return new QuestionReader().read(Question.of(q), Vocabulary.EMPTY);
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
    void aNegationCutOffByCommasStillDeniesTheClauseItBelongsTo() {
        // GIVEN negations whose predicate an aside splits from the words the question asks about
        Polarity.Verdict sell = Polarity.judge("We do not, under any circumstances, sell your personal data.",
                query("do you sell my personal data?"));
        Polarity.Verdict guests = Polarity.judge("Members may not, without approval, bring guests.",
                query("can members bring guests?"));
        // AND a denial in an earlier clause about something else
        Polarity.Verdict transfer = Polarity.judge("No refunds are given after 14 days, but members may transfer"
                + " their place.", query("can members transfer their place?"));

        // THEN the split negation counts, and the other clause's does not
        assertThat(sell.negative()).isTrue();
        assertThat(guests.negative()).isTrue();
        assertThat(transfer.negative()).isFalse();
    }

    @Test
    void durationsInOneUnitMatchOnlyWhenEqualAndAcrossUnitsWithinAMargin() {
        // GIVEN durations asked about and written, in one unit and in two
        Polarity.Verdict leave = Polarity.judge("Full-time staff get 25 days of annual leave.",
                query("do full-time staff get 28 days of annual leave?"));
        Polarity.Verdict month = Polarity.judge("The cooling-off period lasts 30 days.",
                query("is the cooling-off period a month?"));

        // THEN 25 days contradicts 28 days, and 30 days is a month
        assertThat(leave.figureMismatch()).isTrue();
        assertThat(leave.figureMatch()).isFalse();
        assertThat(month.figureMatch()).isTrue();
    }

    @Test
    void notOnlyIsNotANegation() {
        assertThat(QuestionReader.isNegated("safety mechanisms, not only for AGI but also for products")).isFalse();
        assertThat(QuestionReader.isNegated("we don’t sell data")).isTrue();
    }

    @Test
    void aNegationThatDescribesANounDeniesNothing() {
        // GIVEN sentences whose only negation opens a clause about a noun, and others whose verb is negated too
        String blocks = "The DCO check blocks merge requests with a commit that is not signed off.";
        String unpaid = "Members who have not paid their fee cannot vote.";

        // THEN the clause about the noun is read past, and the rest still counts
        assertThat(QuestionReader.isNegated(blocks)).isFalse();
        assertThat(QuestionReader.isNegated("Posts that aren't in English are removed.")).isFalse();
        assertThat(QuestionReader.isNegated(unpaid)).isTrue();
        assertThat(QuestionReader.isNegated("You may not post content that is not yours.")).isTrue();
        assertThat(QuestionReader.isNegated("We confirm that we do not sell data.")).isTrue();
        assertThat(QuestionReader.isNegated("Members who cannot attend may vote by proxy.")).isFalse();
        // AND a pronoun that opens the text, follows a comma or a function word, or "that" straight before the
        // negation, opens no clause about a noun: its negation stands
        assertThat(QuestionReader.isNegated("Dogs, which are not allowed in the building, must stay outside.")).isTrue();
        assertThat(QuestionReader.isNegated("That is not permitted on the premises.")).isTrue();
        assertThat(QuestionReader.isNegated("Who can't vote?")).isTrue();
        assertThat(QuestionReader.isNegated("so that is not allowed?")).isTrue();
        assertThat(QuestionReader.isNegated("Note that not all members may vote.")).isTrue();
        assertThat(QuestionReader.isNegated("which isn't covered by the refund policy?")).isTrue();
        // AND a question reads the same way: the member who has not paid is asked about, not denied
        assertThat(query("can members who haven't paid vote?").negated()).isFalse();
        assertThat(Polarity.judge(unpaid, query("can members who haven't paid vote?")).negative()).isTrue();
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
