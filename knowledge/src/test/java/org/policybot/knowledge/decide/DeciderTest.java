package org.policybot.knowledge.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The text tests by which a chosen sentence brings the one before it. */
class DeciderTest {
    @Test
    void aSentenceThatPointsBackOrSpeaksOfSomeoneByPronounNeedsTheOneBefore() {
        // GIVEN sentences that open by pointing back, that speak of a person by pronoun, and that stand alone
        String pointing = "This includes the forum and the Discord server.";
        String pronoun = "You can contact him by email at privacy@example.org.";
        String alone = "Members may appeal a ban within 14 days.";

        // THEN the first two need the sentence before them, the third does not
        assertThat(Decider.pointsBack(pointing)).isTrue();
        assertThat(Decider.speaksOfSomeone(pronoun)).isTrue();
        assertThat(Decider.speaksOfSomeone("She chairs the committee.")).isTrue();
        assertThat(Decider.pointsBack(alone)).isFalse();
        assertThat(Decider.speaksOfSomeone(alone)).isFalse();
        assertThat(Decider.speaksOfSomeone("The theme and other details are set here.")).isFalse();
    }

    @Test
    void aPointingWordAmongTheFirstThreeWordsPointsBack() {
        // GIVEN a sentence that names what the sentence before describes, and one whose pointing word comes late
        String naming = "We call this the buddy rule.";
        String late = "Members who break the rules of this server are warned.";

        // THEN the first points back, the second does not
        assertThat(Decider.pointsBack(naming)).isTrue();
        assertThat(Decider.pointsBack(late)).isFalse();
    }
}
