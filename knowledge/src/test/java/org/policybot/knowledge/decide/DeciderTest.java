package org.policybot.knowledge.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.SentenceVectors;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.question.Vocabulary;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.text.Sentences;

/**
 * The text tests by which a chosen sentence brings others: the one before it, the rest of its table; and the
 * closest passages a low-confidence answer points to.
 */
class DeciderTest {
    private static Passage passage(String id, String section, String text) {
        return new Passage("rules#" + id, "rules", "Club rules", List.of(section), "https://example.org/rules", 0, text,
                Sentences.split(text));
    }

    private static RankedSentence sentence(Passage p, int index, double probability) {
        SentenceVectors none = SentenceVectors.of(new byte[p.sentences().size() * 4], 4);
        return new RankedSentence(new Candidate(new IndexedPassage(p, none), 1, 1, 1), 0, index, new double[0], probability);
    }

    @Test
    void aLowConfidenceAnswerPointsToTheBestSentenceOfTheNextClosestPassages() {
        // GIVEN an answer from one passage, and ranked sentences of three more, one opening with its heading
        Passage appeals = passage("appeals", "Appeals", "Appeals are heard by the Board. The decision is final.");
        Passage fees = passage("fees", "Fees", "Fees are 10 pounds a year. Concessions pay 5 pounds.");
        Passage bans = passage("bans", "Bans", "Bans\n\nA ban lasts 30 days.");
        Passage events = passage("events", "Events", "Events are free for members.");
        List<RankedSentence> chosen = List.of(sentence(appeals, 0, 0.5));
        List<RankedSentence> ranked = List.of(sentence(appeals, 0, 0.5), sentence(appeals, 1, 0.4),
                sentence(bans, 0, 0.35), sentence(fees, 1, 0.3), sentence(fees, 0, 0.2), sentence(bans, 1, 0.1),
                sentence(events, 0, 0.05));

        // WHEN two further passages are looked for
        List<RankedSentence> closest = Decider.closest(chosen, ranked, 2, s -> false);

        // THEN each gives its best sentence that is not a heading
        assertThat(closest).extracting(RankedSentence::text).containsExactly("Concessions pay 5 pounds.",
                "A ban lasts 30 days.");

        // AND a list item comes after the sentence that announces its list
        Passage items = passage("volunteers", "Volunteers", "A volunteer must:\n(a) be at least 18;\n(b) live nearby.");
        assertThat(Decider.closest(chosen, List.of(sentence(items, 1, 0.3)), 2, s -> false))
                .extracting(RankedSentence::text).containsExactly("A volunteer must:", "(a) be at least 18;");
    }

    @Test
    void onlyTheQuestionHeadingAPassageGivesWayToItsAnswer() {
        // GIVEN an FAQ's passage opened by its question, a rhetorical question that holds a figure, a quoted
        // question, and a question with nothing after it
        Passage faq = passage("refund", "Can I get my fee back?",
                "Can I get my fee back?\n\nYes, if you ask within 14 days of paying.");
        Passage rhetorical = passage("offers", "Offers", "Did you know members get 10% off? Ask at the desk.");
        Passage quoted = passage("form", "Forms", "The form asks one question: \"Which games do you play?\" It is short.");
        Passage last = passage("ideas", "What would you change?", "What would you change?");

        // THEN only the FAQ's question is the question its passage answers
        assertThat(Decider.asks(sentence(faq, 0, 0.5))).isTrue();
        assertThat(Decider.asks(sentence(rhetorical, 0, 0.5))).isFalse();
        assertThat(Decider.asks(sentence(quoted, 0, 0.5))).isFalse();
        assertThat(Decider.asks(sentence(last, 0, 0.5))).isFalse();
    }

    @Test
    void aWordOfTheQuestionNoQuotedSentenceHoldsBringsTheSentenceOfAQuotedPassageThatHoldsIt() {
        // GIVEN an answer quoting the pass rule of full members, a later sentence of its passage about off-peak
        // members, and a sentence of a passage the answer does not quote that also names them
        Passage passes = passage("passes", "Guest passes", "Full members get two guest passes a year. Passes do"
                + " not roll over. Off-peak members do not get guest passes.");
        Passage prices = passage("prices", "Prices", "Off-peak membership costs 30 pounds a month.");
        ReadQuestion q = new QuestionReader().read(Question.of("how many guest passes do off-peak members get?"),
                Vocabulary.EMPTY);
        List<RankedSentence> chosen = List.of(sentence(passes, 0, 0.8));
        List<RankedSentence> ranked = List.of(sentence(passes, 0, 0.8), sentence(prices, 0, 0.3),
                sentence(passes, 1, 0.2), sentence(passes, 2, 0.1));

        // WHEN the words the question is about are looked for in the quoted passage
        List<RankedSentence> quoted = Decider.coverAsked(q, chosen, ranked, 0.05,
                s -> new java.util.HashSet<>(org.policybot.knowledge.text.Terms.of(s.text())));

        // THEN the off-peak sentence of the quoted passage joins, in passage order; the other passage's does not
        assertThat(quoted).extracting(RankedSentence::text).containsExactly("Full members get two guest passes a"
                + " year.", "Off-peak members do not get guest passes.");

        // AND a sentence that shares only the missing word with the question does not join
        Passage classes = passage("classes", "Classes", "Classes can be cancelled online up to 24 hours before they"
                + " start. A late return fee of 10 pounds applies to hired mats.");
        ReadQuestion fee = new QuestionReader().read(Question.of("Is there a fee for cancelling a class?"),
                Vocabulary.EMPTY);
        assertThat(Decider.coverAsked(fee, List.of(sentence(classes, 0, 0.7)),
                List.of(sentence(classes, 0, 0.7), sentence(classes, 1, 0.3)), 0.05,
                s -> new java.util.HashSet<>(org.policybot.knowledge.text.Terms.of(s.text()))))
                .extracting(RankedSentence::text).containsExactly("Classes can be cancelled online up to 24 hours"
                        + " before they start.");
    }

    @Test
    void theOneSentenceBetweenTwoChosenSentencesOfAPassageJoinsTheQuote() {
        // GIVEN a course's name and its price chosen with one sentence between them, and two sentences of another
        // passage chosen three apart
        Passage courses = passage("courses", "Courses", "Learn to Lead: three sessions. You must already hold a"
                + " belay tag. £75 for members. Minimum age 14.");
        Passage fees = passage("fees", "Fees", "Fees are due in April. They are 10 pounds. Late fees are 2 pounds."
                + " Concessions pay 5 pounds.");
        List<RankedSentence> chosen = new java.util.ArrayList<>(List.of(sentence(courses, 0, 0.6),
                sentence(courses, 2, 0.3), sentence(fees, 0, 0.2), sentence(fees, 3, 0.2)));

        // WHEN the gaps are bridged
        Decider.bridgeGaps(chosen, false);

        // THEN the sentence between the first two joins; a wider gap stays open
        assertThat(chosen).extracting(RankedSentence::text).containsExactlyInAnyOrder(
                "Learn to Lead: three sessions.", "£75 for members.", "You must already hold a belay tag.",
                "Fees are due in April.", "Concessions pay 5 pounds.");
    }

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

    @Test
    void aQuestionNamesATableRowByItsCellsNotByItsColumnNames() {
        // GIVEN a table row, a question about that row and a question about the table
        String row = "Data category: Board minutes; Retention period: Permanent.";
        ReadQuestion aboutRow = new QuestionReader().read(Question.of("how long are board minutes kept?"), Vocabulary.EMPTY);
        ReadQuestion aboutTable = new QuestionReader().read(Question.of("which data categories have a retention period?"),
                Vocabulary.EMPTY);

        // THEN the first names the row (it is answered by the row alone), the second meets only column names
        assertThat(Decider.namesRow(aboutRow, row)).isTrue();
        assertThat(Decider.namesRow(aboutTable, row)).isFalse();
    }

    @Test
    void aPriceOrATimeOfDayAskedForIsAnExactValue() {
        // GIVEN questions asking one price, one time of day, a count and a yes or no
        QuestionReader reader = new QuestionReader();
        ReadQuestion price = reader.read(Question.of("how much is the deposit to borrow a harp?"), Vocabulary.EMPTY);
        ReadQuestion time = reader.read(Question.of("what time does the bar open on show nights"), Vocabulary.EMPTY);
        ReadQuestion count = reader.read(Question.of("how many moderators does the discord have"), Vocabulary.EMPTY);
        ReadQuestion yesNo = reader.read(Question.of("is there parking at the hall?"), Vocabulary.EMPTY);

        // THEN only the price and the time of day must be answered with high confidence (threshold "exactValue")
        assertThat(Decider.asksExactValue(price)).isTrue();
        assertThat(Decider.asksExactValue(time)).isTrue();
        assertThat(Decider.asksExactValue(count)).isFalse();
        assertThat(Decider.asksExactValue(yesNo)).isFalse();
    }
}
