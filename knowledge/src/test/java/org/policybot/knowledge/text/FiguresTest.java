package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;

class FiguresTest {
    @Test
    void figuresAreReadInDigitsAndWordsWithTheWordTheyCount() {
        // WHEN a sentence with figures in several forms is read
        var figures = Figures.in("Reports are acknowledged within 48 hours, bans last thirty days and 1,000 members vote.");

        // THEN each figure has its value and unit
        assertThat(figures).extracting(Figures.Figure::value).containsExactly(48.0, 30.0, 1000.0);
        assertThat(figures).extracting(Figures.Figure::unit).containsExactly("hours", "days", "members");
    }

    @Test
    void durationsCompareInDaysAndAnArticleCountsOnlyBeforeAUnitOfTime() {
        assertThat(Figures.in("a week").get(0).days()).isEqualTo(7.0);
        assertThat(Figures.in("3 months").get(0).days()).isEqualTo(90.0);
        assertThat(Figures.in("a 48-hour window").get(0).days()).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(Figures.in("a member of the board")).isEmpty();
        assertThat(Figures.anyDuration("members vote")).isFalse();
    }

    @Test
    void aQualifiedUnitOfTimeIsThatUnit() {
        // GIVEN durations with a word between the figure and its unit
        // THEN the figure counts the unit; a qualifier before another noun changes nothing
        assertThat(Figures.anyDuration("We acknowledge reports within 5 business days.")).isTrue();
        assertThat(Figures.in("reply within ten working days").get(0).days()).isEqualTo(10.0);
        assertThat(Figures.in("3 calendar months").get(0).unit()).isEqualTo("months");
        assertThat(Figures.in("5 business partners").get(0).unit()).isEqualTo("business");
        assertThat(Figures.anyDuration("5 business partners")).isFalse();
    }

    @Test
    void aNumberOfTensAndUnitsInWordsIsOneFigure() {
        // GIVEN notice periods and counts written in words, as constitutions and licences write them
        // WHEN they are read  THEN tens and units make one figure, with the word it counts
        assertThat(Figures.in("at least twenty-one clear days' notice")).extracting(Figures.Figure::value,
                Figures.Figure::unit).containsExactly(tuple(21.0, "days"));
        assertThat(Figures.in("twenty five members")).extracting(Figures.Figure::value).containsExactly(25.0);
        assertThat(Figures.in("twenty members and seventy guests")).extracting(Figures.Figure::value)
                .containsExactly(20.0, 70.0);
        // AND "single" after a number of tens is a word of its own: "twenty single rooms" are twenty rooms
        assertThat(Figures.in("The hostel has twenty single rooms.").get(0).value()).isEqualTo(20.0);
        assertThat(Figures.anyDuration("A second and final warning leads to a ban.")).isFalse();
    }

    @Test
    void aFigureRepeatedInDigitsIsOneFigureWithItsUnit() {
        // GIVEN a licence's "thirty (30) days"  WHEN it is read  THEN it is one duration of thirty days
        assertThat(Figures.in("within thirty (30) days of notice")).extracting(Figures.Figure::value,
                Figures.Figure::unit).containsExactly(tuple(30.0, "days"));
        assertThat(Figures.anyDuration("cured within thirty (30) days")).isTrue();
    }

    @Test
    void aQuarterOfSomethingIsAShareNotALengthOfTime() {
        // GIVEN a vote by a share of a body, and a length of time in quarters
        // WHEN each is read  THEN only the length of time is a duration
        assertThat(Figures.anyDuration("Board: Three-quarters of the Directors in office.")).isFalse();
        assertThat(Figures.anyDuration("A quarter of the members may call a meeting.")).isFalse();
        assertThat(Figures.in("Fees are reviewed every two quarters.").get(0).days()).isEqualTo(182.0);
    }

    @Test
    void aPluralNumberWordIsAVagueFigureOfAtLeastTwoOfThem() {
        // WHEN a sentence counts with "dozens"  THEN it holds a figure, at least two dozen
        var figures = Figures.in("We sat down with dozens of senior policymakers.");
        assertThat(figures).extracting(Figures.Figure::value).containsExactly(24.0);
        assertThat(Figures.any("We met senior policymakers.")).isFalse();
    }

    @Test
    void aSingleOrAPairCountsOneOrTwo() {
        // WHEN a sentence counts with "a single" or "a pair"  THEN it holds the figure, with its unit
        assertThat(Figures.in("The project is maintained by a single person.")).extracting(Figures.Figure::value,
                Figures.Figure::unit).containsExactly(tuple(1.0, "person"));
        assertThat(Figures.in("Reviews need a pair of maintainers.")).extracting(Figures.Figure::value)
                .containsExactly(2.0);
    }

    @Test
    void aTimeOfDayWrittenAsOneWordIsAFigureOnTheTwentyFourHourClock() {
        // GIVEN times of day as members write them, and words that mix letters and digits otherwise
        // WHEN each is read as a word  THEN the times are figures, the others are not
        assertThat(Figures.isFigure("10pm")).isTrue();
        assertThat(Figures.isFigure("7.30AM")).isTrue();
        assertThat(Figures.isFigure("12am")).isTrue();
        assertThat(Figures.isFigure("13pm")).isFalse();
        assertThat(Figures.isFigure("pm")).isFalse();
        assertThat(Figures.isFigure("4gb")).isFalse();
    }
}
