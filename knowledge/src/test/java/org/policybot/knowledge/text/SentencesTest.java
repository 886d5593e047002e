package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sentence cases that passages and citations rely on. */
class SentencesTest {

    @Test
    void splitsAtTerminatorsFollowedByACapital() {
        assertThat(Sentences.texts("We know this. Do you? Yes! 42 people agreed."))
                .containsExactly("We know this.", "Do you?", "Yes!", "42 people agreed.");
    }

    @Test
    void keepsAbbreviationsInitialsAndDecimalsInside() {
        assertThat(Sentences.texts("Use tools, e.g. ChatGPT, i.e. the app. Dr. Smith met J. R. Doe in the U.S. on"
                + " Jan. 5 at 3.5 p.m. and left."))
                .containsExactly("Use tools, e.g. ChatGPT, i.e. the app.",
                        "Dr. Smith met J. R. Doe in the U.S. on Jan. 5 at 3.5 p.m. and left.");
    }

    @Test
    void closingBracketsAndQuotesStayWithTheirSentence() {
        assertThat(Sentences.texts("(We’re eager to hear more, please contact us.) There are common hopes."
                + " She said “stop.” Then she left."))
                .containsExactly("(We’re eager to hear more, please contact us.)", "There are common hopes.",
                        "She said “stop.”", "Then she left.");
    }

    @Test
    void paragraphBreakEndsASentenceEvenWithoutPunctuation() {
        assertThat(Sentences.texts("Version 2.0, January 2004\n\nThe license follows.\n\nPeople want to know more."))
                .containsExactly("Version 2.0, January 2004", "The license follows.", "People want to know more.");
    }

    @Test
    void lowerCaseContinuationAndColonsDoNotSplit() {
        assertThat(Sentences.texts("Leaders want one thing: safety. we continue... and more.")).hasSize(1);
        assertThat(Sentences.texts("What we heard was consistent: leaders want to maximize the benefit."))
                .hasSize(1);
    }

    @Test
    void commonWordsThatAreAlsoAbbreviationsEndSentences() {
        // "no." and "etc." end sentences unless a number follows ("No. 5")
        assertThat(Sentences.texts("The answer is no. We decided that. Bring pens, paper, etc. The rest is"
                + " provided. See rule No. 5 for details."))
                .containsExactly("The answer is no.", "We decided that.", "Bring pens, paper, etc.",
                        "The rest is provided.", "See rule No. 5 for details.");
    }

    @Test
    void textWithoutTerminatorIsOneSentenceAndSpansAreTrimmed() {
        assertThat(Sentences.split("  no final stop here  ")).singleElement()
                .satisfies(s -> assertThat(s.of("  no final stop here  ")).isEqualTo("no final stop here"));
        assertThat(Sentences.split("   ")).isEmpty();
    }
}
