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
