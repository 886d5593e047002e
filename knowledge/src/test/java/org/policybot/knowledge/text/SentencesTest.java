package org.policybot.knowledge.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Span;

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
    void anAbbreviationThatEndsANameEndsTheSentenceBeforeACapitalisedFunctionWord() {
        // GIVEN a company name, a date and a citation ending in their abbreviation's stop
        String text = "The club is run by Acme Ltd. We collect your name. Smith & Co. Solicitors act for it."
                + " The AGM was on 3 Jan. The next is in Feb. 2027 at the hall. See Smith et al. They agree.";

        // WHEN it is split
        List<String> sentences = Sentences.texts(text);

        // THEN a capitalised function word after the stop opens a sentence, a name or a number after it does not
        assertThat(sentences).containsExactly("The club is run by Acme Ltd.", "We collect your name.",
                "Smith & Co. Solicitors act for it.", "The AGM was on 3 Jan.", "The next is in Feb. 2027 at the hall.",
                "See Smith et al.", "They agree.");
    }

    @Test
    void scriptsWithoutCaseOrWithTheirOwnStopsAreSplitToo() {
        // GIVEN Arabic, Chinese and Hindi text of two sentences each
        // WHEN split / THEN each sentence stands alone
        assertThat(Sentences.texts("يجب الدفع مقدما. لا يسمح بالاسترداد.")).containsExactly("يجب الدفع مقدما.",
                "لا يسمح بالاسترداد.");
        assertThat(Sentences.texts("会员必须提前付款。不予退款。")).containsExactly("会员必须提前付款。", "不予退款。");
        assertThat(Sentences.texts("सदस्यता शुल्क अग्रिम देय है। धनवापसी नहीं होगी।"))
                .containsExactly("सदस्यता शुल्क अग्रिम देय है।", "धनवापसी नहीं होगी।");
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
    void aReferenceOrContactLabelBeforeItsNumberEndsNoSentence() {
        // GIVEN labels abbreviated before a clause, paragraph or phone number
        String text = "Call us on Tel. 020 7946 0000 or ext. 12. Refunds are set out in cl. 4.2 of the terms, see"
                + " para. 12 too.";

        // WHEN split  THEN each label stays with its number
        assertThat(Sentences.texts(text)).containsExactly("Call us on Tel. 020 7946 0000 or ext. 12.",
                "Refunds are set out in cl. 4.2 of the terms, see para. 12 too.");
    }

    @Test
    void textWithoutTerminatorIsOneSentenceAndSpansAreTrimmed() {
        assertThat(Sentences.split("  no final stop here  ")).singleElement()
                .satisfies(s -> assertThat(s.of("  no final stop here  ")).isEqualTo("no final stop here"));
        assertThat(Sentences.split("   ")).isEmpty();
    }

    @Test
    void aLeadingClauseNumberOrListMarkerStaysInTheSentenceButNotInItsBody() {
        // GIVEN sentences opening with clause numbers, items and bullets
        String text = "1. Members must be kind. 3.2. Tile service logs. They are never sold.\n6.1 Moderators are"
                + " volunteers.\n- A public notice is posted.\n(a) the Board; and\n1. (b) nested.";

        // WHEN split
        List<Span> spans = Sentences.split(text);

        // THEN a marker's stop does not end a sentence; quotes keep the marker, bodies start after it
        assertThat(spans).extracting(s -> s.of(text)).containsExactly("1. Members must be kind.",
                "3.2. Tile service logs.", "They are never sold.", "6.1 Moderators are volunteers.",
                "- A public notice is posted.", "(a) the Board; and", "1. (b) nested.");
        assertThat(spans).extracting(s -> s.body(text)).containsExactly("Members must be kind.",
                "Tile service logs.", "They are never sold.", "Moderators are volunteers.",
                "A public notice is posted.", "the Board; and", "nested.");
        assertThat(spans).extracting(Span::hasMarker).containsExactly(true, true, false, true, true, true, true);
    }

    @Test
    void figuresAndInitialsAtTheStartAreWordsNotMarkers() {
        // GIVEN sentences that open with a decimal, a plain number, a year and an initial
        String text = "3.5 million people came. 30 days pass. J. Smith agreed. 2023 was busy.";

        // WHEN split  THEN every body is the whole sentence
        assertThat(Sentences.split(text)).allSatisfy(s -> assertThat(s.bodyStart()).isEqualTo(s.start()))
                .extracting(s -> s.of(text))
                .containsExactly("3.5 million people came.", "30 days pass.", "J. Smith agreed.", "2023 was busy.");
    }

    @Test
    void aLineBreakEndsASentence() {
        // GIVEN table rows, one per line, the second starting in lower case  WHEN split  THEN one sentence per row
        assertThat(Sentences.texts("Data: crash reports; Kept: 180 days.\nforum posts: 2 years"))
                .containsExactly("Data: crash reports; Kept: 180 days.", "forum posts: 2 years");
    }

    @Test
    void aTableRowMayHoldASemicolonInsideACell() {
        // GIVEN rows as ingest writes them, one with a cell of two parts, and sentences that are not rows
        // THEN the rows are rows, a part without a colon going on the cell before it
        assertThat(Sentences.isTableRow("Tier: Meeple; Points: 0 - 499; Benefits: Birthday bonus; member prices."))
                .isTrue();
        assertThat(Sentences.isTableRow("Data category: Board minutes; Retention period: Permanent.")).isTrue();
        assertThat(Sentences.isTableRow("Note: we keep logs; they are deleted after a year.")).isFalse();
        assertThat(Sentences.isTableRow("The Board decides by majority; the Chair has a casting vote.")).isFalse();
    }

    @Test
    void aTableRowIsOneSentenceWhateverItsCellsHold() {
        // GIVEN a table's rows, whose description cells hold two sentences each, under a sentence introducing them
        String text = "The severity levels we use.\n"
                + "Severity: Low; Description: Hard to trigger. Needs rare options.; Past example: CVE-2022-43552.\n"
                + "Severity: High; Description: A serious problem. Not hard to exploit.; Past example: CVE-2019-3822.";

        // WHEN it is split into sentences
        List<String> sentences = Sentences.texts(text);

        // THEN each row is one sentence, so a quote of a row keeps the cell that names it
        assertThat(sentences).containsExactly("The severity levels we use.",
                "Severity: Low; Description: Hard to trigger. Needs rare options.; Past example: CVE-2022-43552.",
                "Severity: High; Description: A serious problem. Not hard to exploit.; Past example: CVE-2019-3822.");
    }

    @Test
    void aSentenceEndingWithAColonAnnouncesWhatFollows() {
        // GIVEN sentences that end with a colon, one with space after it, and sentences that hold one inside
        // THEN only those that end with it announce what follows
        assertThat(Sentences.announces("They must sign the visitors' book with:")).isTrue();
        assertThat(Sentences.announces("This includes, but is not limited to:  ")).isTrue();
        assertThat(Sentences.announces("Note: we keep logs for a year.")).isFalse();
        assertThat(Sentences.announces("Retention period: 2 years")).isFalse();
    }
}
