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

    @Test
    void aHolderNamedInBracketsOrBesideTheirPlaceSaysHowThingsStand() {
        // GIVEN a schedule of officers naming each in brackets, a rule naming one beside the place, and an address
        // THEN the first two say who holds the place now; the address and a body in brackets without a full name do not
        assertThat(PresentTime.stated("S.3 Treasurer (Isobel Ferreira-Hunt). Keeps the accounts.")).isTrue();
        assertThat(PresentTime.stated("Any difference is reported to the treasurer, Isobel Ferreira-Hunt, by e-mail."))
                .isTrue();
        assertThat(PresentTime.stated("Contact: The Data Protection Lead, Mossgiel Court Housing Co-operative, The Office, "
                + "4 Mill Road.")).isFalse();
        assertThat(PresentTime.stated("The Society (the charity) keeps a register.")).isFalse();
        // AND capitalised words in brackets or after a comma that follow no role name no holder
        assertThat(PresentTime.stated("The AGM (Annual General Meeting) is held within six months.")).isFalse();
        assertThat(PresentTime.stated("The AGM is held at the clubhouse, Mill Lane.")).isFalse();
        // AND a capitalised role beside a name names its holder
        assertThat(PresentTime.stated("Complaints go to the Welfare Officer, Priya Shah, within 14 days.")).isTrue();
        // AND a list of places in capitals names no holder: "Treasurer, Shelf Keeper," is two places, not a person
        assertThat(PresentTime.stated("The officers are the Chair, Secretary, Treasurer, Shelf Keeper, Events Lead and "
                + "Welfare Officer.")).isFalse();
    }

    @Test
    void theYearsASentenceNamesAreItsYearsNotItsSumsOrSpans() {
        // GIVEN sentences dating an occasion, a span of years, and sums and clock times of four digits
        // THEN the years are read in order; a span written "2025/26", a sum and a clock time name none
        assertThat(PresentTime.years("Held on 4 December 2026, as in 2025.")).containsExactly("2026", "2025");
        assertThat(PresentTime.years("The fee for 2025/26 is £40.")).isEmpty();
        assertThat(PresentTime.years("The grant is 2,000 pounds, paid at 20.00 on the day.")).isEmpty();
    }
}
