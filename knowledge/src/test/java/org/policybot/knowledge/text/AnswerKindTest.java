package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
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
        "FREQUENCY|The club meets every Tuesday evening.|true", "FREQUENCY|An annual general meeting is held.|true",
        "FREQUENCY|The code is changed on 1 April and 1 October.|true",
        "FREQUENCY|Bonfires are allowed between 1 November and 28 February.|false",
        "FREQUENCY|The hut opened on 3 May.|false", "FREQUENCY|Annual leave is 25 days.|false",
        "FREQUENCY|The AGMs were held on 3 May and 4 June 2024.|false",
        "FREQUENCY|Early in a cycle, next is rewound once, but otherwise it is not rewound.|true",
        "FREQUENCY|Each badge may be renewed only twice.|true", "FREQUENCY|Once you join, you may vote.|false",
        "FREQUENCY|The same guest may be brought no more than three times in a season.|true",
        "FREQUENCY|Lessons are held twice per term.|true", "FREQUENCY|A member may appeal twice in any 12 months.|true",
        "FREQUENCY|Each term of this Licence applies.|false", "FREQUENCY|The season runs from April.|false",
        "FREQUENCY|Each term is defined in Section 1.|false",
        "FREQUENCY|Each term, condition and provision is severable.|false",
        "FREQUENCY|Each season ticket holder may bring one guest.|false", "FREQUENCY|It costs £5 per season ticket.|false",
        "FREQUENCY|Once one year has passed, the member may reapply.|false",
        "FREQUENCY|The deposit is twice one month's rent.|false",
        "FREQUENCY|Once any 12 months have elapsed, the record is deleted.|false",
        "FREQUENCY|A guest may be signed in three times in a season and no more.|true",
        "FREQUENCY|Fees are due once per term or by arrangement.|true",
        "FREQUENCY|A member may appeal twice in any 12-month period.|true",
        "FREQUENCY|THE MEMBERS EACH MAY APPOINT A PROXY.|false",
        "FREQUENCY|It rained once in a while.|false",
        "FREQUENCY|Members may promote a business no more than once per calendar month.|true",
        "FREQUENCY|Form YR1 must be renewed every September.|true", "FREQUENCY|The form was renewed in September.|false",
        "FREQUENCY|The members each may appoint a proxy.|false",
        "FREQUENCY|The residential weekend is held every other summer.|true",
        "FREQUENCY|The hall is repainted each spring.|true", "FREQUENCY|The show is held in the summer.|false",
        "FREQUENCY|The tour runs every two summers.|true",
        "FREQUENCY|Leave the range at once.|false",
        "FREQUENCY|For once, the committee agreed.|false", "FREQUENCY|Settle the matter once and for all.|false",
        "TIME_OF_DAY|Read clauses 4.10 first.|false", "TIME_OF_DAY|The bar closes at 11.30.|true",
        "TIME_OF_DAY|Section 3.10.2 covers guests.|false",
        "TIME_OF_DAY|Drinks cost £4.50 at the bar.|false", "TIME_OF_DAY|See clause 12.15 for the rules.|false",
        "TIME_OF_DAY|The bar closes at 11.30 on Fridays.|true", "TIME|Clause 4.2.1 applies to guests.|false",
        "TIME|The notice is dated 12.09.24 and signed.|true", "AGENT|Read the agreement before paying.|false",
        "AGENT|Any payments are made by card.|false", "AGENT|Ask the resident on duty.|true",
        "DURATION|A second offence leads to a ban.|false", "DURATION|Wait a second before you retry.|true",
        "TIME|The policy took effect on 12 September 2024.|true", "TIME|Reports are reviewed after the meeting.|true",
        "TIME|You may ask the committee.|false", "TIME|From 8 pm our cafés are for adults only.|true",
        "TIME|Red tools must not be used between 23:00 and 07:00.|true", "TIME|The doors open at 9.30a.m.|true",
        "TIME|Quiet hours start at midnight.|true", "TIME|Section 2.30 applies.|false",
        "CALENDAR_DATE|The AGM is held in March.|true",
        "CALENDAR_DATE|Payments are taken on the 28th of each month.|true",
        "CALENDAR_DATE|The next review is due in February 2026.|true",
        "CALENDAR_DATE|We publish a report twice a year.|false", "CALENDAR_DATE|The AGM is held each autumn.|true",
        "CALENDAR_DATE|inductions run every monday.|true",
        "CALENDAR_DATE|From time to time we run double points weekends.|false",
        "CALENDAR_DATE|The AGM is held within six months after the end of the financial year.|false",
        "MONEY|A replacement fob costs £5.|true", "MONEY|Ticket type: Car Park Pass; Price: 15.00.|true",
        "MONEY|Lockers can be hired for GBP 12 for the weekend.|true", "MONEY|Children under 5 go free.|true",
        "MONEY|The fee is 12 pounds a year.|true", "MONEY|The annual fee is forty pounds.|true",
        "MONEY|Lockers are included in the membership.|true", "MONEY|Entry costs 15€.|true",
        "MONEY|Officers are unpaid volunteers.|true", "MONEY|Members are not charged for guests.|true",
        "MONEY|We don't charge for the first copy.|true", "MONEY|A replacement costs 50p.|true",
        "MONEY|Doors open at 10 p.m. on Fridays.|false", "MONEY|Send your form P45 to the office.|false",
        "MONEY|There is no charge for a second copy.|true",
        "MONEY|The Association is exempt from paying the data protection fee.|true",
        "MONEY|The Committee shall appoint a Music Director.|false", "MONEY|Records are kept for 12 months.|false",
        "TIME_OF_DAY|The pool closes at 7.30pm on weekdays.|true", "TIME_OF_DAY|Sessions run 09:30-12:00.|true",
        "TIME_OF_DAY|The site closes at sunset.|true", "TIME_OF_DAY|Doors open at 7 o'clock.|true",
        "TIME_OF_DAY|The office opens at 9.30 on weekdays.|true", "TIME_OF_DAY|Quiet hours start at 2200hrs.|true",
        "TIME_OF_DAY|The helpline is open 24/7.|true",
        "TIME_OF_DAY|From October to April the pool is open only to the club.|false",
        "TIME_OF_DAY|The office opens 45 minutes before the first sailing.|false",
        "AGENT|Appeals go to the Conduct Committee.|true", "AGENT|Appeals go to a lead moderator.|true",
        "AGENT|appeals are final.|false",
        "PLACE|Write to privacy@example.org with your request.|true", "PLACE|The office is in Leeds.|true",
        "PLACE|Leave your bike in the bike store off Quay Lane.|true", "PLACE|Ask on Discord in the help channel.|true",
        "PLACE|Leave your bike in the bike store.|false", "AMOUNT|Lockers are free for members.|true",
        "AMOUNT|A locker costs 12 pounds a year.|true", "AMOUNT|You get the deposit back in full.|true",
        "AMOUNT|Lockers are for members.|false", "FIGURE|Lockers are free for members.|false",
        "AMOUNT|Feel free to ask a steward.|false", "AMOUNT|The space is smoke-free.|false",
        "AMOUNT|Members are free to leave at any time.|false", "AMOUNT|Nothing in this policy limits your rights.|false",
        "AMOUNT|Copies are provided free of charge.|true", "MONEY|Feel free to ask about fees.|false",
        "MONEY|For software copyrighted by the Free Software Foundation, write to them.|false",
        "MONEY|Entry is Free for members.|true", "MONEY|Members get Free Entry to the regatta.|true",
        "PLACE|Meetings are held on Thursdays.|false", "PLACE|The AGM is held in January.|false",
        "PLACE|This is explained in Section 4.|false", "PLACE|In Singapore, civil servants use the tools.|true",
        "PLACE|Write to us.|false",
        "EMAIL|Write to security@example.org.|true", "EMAIL|Use the security form.|false",
        "IDENTIFIER|Call +44 20 7946 0958 at any time.|true", "IDENTIFIER|Registration number 4,680,754.|true",
        "IDENTIFIER|Our VAT number is GB123456789.|true", "IDENTIFIER|Since 2024 it costs 1,500 pounds.|false",
        "IDENTIFIER|Call the support line.|false", "WEB_ADDRESS|Read it at https://example.org/rules.|true",
        "WEB_ADDRESS|Translations happen on weblate.example.org.|true",
        "WEB_ADDRESS|Use the form, e.g. the web one.|false",
        "WEB_ADDRESS|Write to privacy@example.org.|false", "VERSION|Releases 4.2 and 5.x get fixes.|true",
        "VERSION|The two most recent release series receive security support.|true",
        "VERSION|You may use version 3 or any later version.|true",
        "VERSION|We reply within 4 business days.|false",
        "VERSION|Major releases are of the form \"3.N.0\" for some integer N.|true",
        "VERSION|That is, i.e. a rule.|false",
        "MEASURE|The shallow end is 1.2 metres deep.|true", "MEASURE|The shallow end is 1.2m deep.|true",
        "MEASURE|The pool is heated to 28°C.|true", "MEASURE|Crates are 30 x 40 cm.|true",
        "MEASURE|Bags may weigh up to 23 kg.|true", "MEASURE|Sunday walks are two miles longer.|true",
        "MEASURE|Bags of 500g are sold at the hut.|true", "MEASURE|The sauna holds up to eight people.|false",
        "MEASURE|Wait at least 10 minutes before using the sauna.|false",
        "MEASURE|The insurance limit is £5m for any one claim.|false", "MEASURE|One in 4 members voted.|false",
        "MEASURE|The limit is USD 5m a year.|false", "MEASURE|Bags may weigh up to 23 kgs.|true",
        "MEASURE|The shallow end is 1.1 m deep.|true", "MEASURE|It is 1.2\u00a0metres deep.|true",
        "MEASURE|The lane is 25 m long and 12 m wide.|true", "MEASURE|The walk is a mile long.|true",
        "MEASURE|The pool is kept at 28 ºC.|true", "MEASURE|We are a group of friends.|false"})
    void aSentenceHoldsAKindByItsShapeNotByADocumentsWords(AnswerKind kind, String sentence, boolean holds) {
        assertThat(kind.in(sentence)).as(sentence).isEqualTo(holds);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"The shallow end is 1.2 metres deep.|length|true",
        "The shallow end is 1.2m deep.|length|true", "The pool is heated to 28°C.|length|false",
        "The pool is heated to 28°C.|temperature|true", "Keep it at 20 degrees.|temperature|true",
        "Bags may weigh up to 23 kg.|mass|true", "A 500g bag of seed.|mass|true", "A 500g bag of seed.|length|false",
        "Our 5G signal is weak.|mass|false", "Walks are 12 miles long.|length|true",
        "The shallow end is 1.1 m deep.|length|true", "The water is 28℃ in July.|temperature|true"})
    void aMeasureAnswersOnlyItsDimension(String sentence, String dimension, boolean holds) {
        // WHEN a sentence is read for a figure with a unit of one dimension (lexicon/measure-units.txt)
        // THEN only a unit of that dimension answers: a temperature is no depth
        assertThat(AnswerKind.measures(sentence, dimension)).as(sentence).isEqualTo(holds);
    }

    @Test
    void aLongRunOfNumbersIsReadOnceForMoneyAndTimes() {
        // GIVEN a badly extracted table: tens of thousands of digits, commas and dots with no unit (each digit once
        // started a new figure, whose scan of every unit took minutes on such a run)
        String run = "1,".repeat(20_000) + "1." + "1.1".repeat(10_000);

        // WHEN it is looked at for money and a time of day THEN neither is found
        assertThat(AnswerKind.MONEY.in(run)).isFalse();
        assertThat(AnswerKind.TIME_OF_DAY.in(run.replace('.', ','))).isFalse();
    }

    @Test
    void aSentenceOfThousandsOfDigitsIsReadWithoutOverflowingTheStack() {
        // GIVEN a document's sentence that is one run of 3,000 digits (a key, a dump)
        String digits = "Key: " + "7".repeat(3000) + ".";
        // WHEN it is read for an identifier  THEN it holds one, and reading it does not overflow the stack
        assertThat(AnswerKind.IDENTIFIER.in(digits)).isTrue();
    }

    @Test
    void aClockTimeEndsSomethingAfterUntilAVerbOfEndingOrInARange() {
        // GIVEN sentences with a time that ends something, and ones whose time starts it or admits
        // THEN only the first end something
        assertThat(AnswerKind.endsAt("The bar is open until 11 pm on talk evenings.")).isTrue();
        assertThat(AnswerKind.endsAt("Saturday and Sunday: 09:00 to 20:00 (last entry 19:15)")).isTrue();
        assertThat(AnswerKind.endsAt("The pool closes at 9.30pm in July.")).isTrue();
        assertThat(AnswerKind.endsAt("Sessions run 7.30-9.30 pm on Tuesdays.")).isTrue();
        assertThat(AnswerKind.endsAt("Winter talks start at 7.30 pm in the village hall.")).isFalse();
        assertThat(AnswerKind.endsAt("Last entry to the arena is at 22:00 each night.")).isFalse();
    }
}
