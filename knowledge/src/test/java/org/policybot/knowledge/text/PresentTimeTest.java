package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresentTimeTest {
    @Test
    void aQuestionAsksAboutThePresentWithAMarkerOfItsOwn() {
        // GIVEN questions with and without a word of the present
        // THEN a marker counts as a word of its own, not inside a compound
        assertThat(PresentTime.asked("who is the chair right now?")).isTrue();
        assertThat(PresentTime.asked("how many members are there these days")).isTrue();
        assertThat(PresentTime.asked("Who is the current chair?")).isTrue();
        assertThat(PresentTime.asked("who is the chair?")).isFalse();
        assertThat(PresentTime.asked("is the list kept up-to-date?")).isFalse();
        assertThat(PresentTime.asked("who knows about this?")).isFalse();
    }

    @Test
    void aSentenceSaysHowThingsStandWithAMarkerOrAYear() {
        // GIVEN sentences of a policy
        // THEN a present marker or a year dates a statement; a rule, a "then-current" list or a clause number does not
        assertThat(PresentTime.stated("The committee is currently chaired by Grace Hopper.")).isTrue();
        assertThat(PresentTime.stated("The 2025 term steering council consists of five members.")).isTrue();
        assertThat(PresentTime.stated("The then-current voting members are listed in STEERING.md.")).isFalse();
        assertThat(PresentTime.stated("As of the time of the First Election, the TSC will elect a Chair.")).isFalse();
        assertThat(PresentTime.stated("See section 2019.4 and pay 2000.50 in fees.")).isFalse();
    }

    @Test
    void aHolderNamedInThePresentTenseSaysHowThingsStand() {
        // GIVEN sentences that name who holds a place, and rules about a place
        // THEN "is" before a full name says who holds it now; "is" before a capitalised meeting or one name does not
        assertThat(PresentTime.stated("(b) the Company Secretary is Desmond Okafor-Hale;")).isTrue();
        assertThat(PresentTime.stated("The welfare officers are currently Sam O'Neill and Ana Ruiz.")).isTrue();
        assertThat(PresentTime.stated("The Chair is elected at the Annual General Meeting.")).isFalse();
        assertThat(PresentTime.stated("The first Chair was Grace Hopper.")).isFalse();
        assertThat(PresentTime.stated("The contact is Sam.")).isFalse();
    }
}
