package org.policybot.knowledge.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.decide.Decision;
import org.policybot.knowledge.decide.RankedSentence;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.SentenceVectors;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.question.HeldWords;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.question.Vocabulary;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.text.Sentences;

class ExtractiveWriterTest {
    private static final Passage APPEALS = passage("6.1 Appeals are heard by the Board within 30 days. "
            + "For example, a ban may be shortened. The decision is final.");

    private static Passage passage(String text) {
        return new Passage("rules#appeals.1", "rules", "Club rules", List.of("6. Appeals"), "https://example.org/rules",
                0, text, Sentences.split(text));
    }

    private static RankedSentence sentence(Passage p, int index, double probability) {
        SentenceVectors none = SentenceVectors.of(new byte[p.sentences().size() * 4], 4);
        return new RankedSentence(new Candidate(new IndexedPassage(p, none), 1, 1, 1), 0, index, new double[0], probability);
    }

    private static ReadQuestion read(String q) {
        return new QuestionReader().read(Question.of(q), Vocabulary.EMPTY);
    }

    @Test
    void sentencesLoseTheirMarkersAndLinksButQuotesKeepThem() {
        // GIVEN a confident decision on the first two sentences of a clause
        RankedSentence best = sentence(APPEALS, 0, 0.9);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(best, sentence(APPEALS, 1, 0.5)),
                List.of(best), new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("who hears appeals?"), id -> "");

        // THEN the answer starts after the clause number and without "For example,", each sentence cited
        assertThat(c.text()).isEqualTo("Appeals are heard by the Board within 30 days [1]. A ban may be shortened [1].");
        assertThat(c.citations()).singleElement().satisfies(cite -> {
            assertThat(cite.quote()).startsWith("6.1 Appeals are heard").contains("For example, a ban");
            assertThat(cite.section()).isEqualTo("6. Appeals");
        });
    }

    @Test
    void listItemsWithoutAFullStopStandOnLinesOfTheirOwn() {
        // GIVEN a confident decision on two items of a list that end without a stop, and a sentence after them
        Passage p = passage("* Deleted messages: 30 days in the moderation log\n* Ban records: 2 years\n"
                + "Voice is never recorded.");
        RankedSentence best = sentence(p, 1, 0.9);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(sentence(p, 0, 0.5), best, sentence(p, 2, 0.4)),
                List.of(best), new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("how long are ban records kept?"), id -> "");

        // THEN each item is a line of its own, and the sentence after them starts a line without running into the
        // last one
        assertThat(c.text()).isEqualTo("• Deleted messages: 30 days in the moderation log [1]\n• Ban records: 2 years [1]"
                + "\nVoice is never recorded [1].");
    }

    @Test
    void aClausesRunInTitleIsQuotedButNotWrittenAsASentence() {
        // GIVEN a clause that opens with its title, and a decision on the title and the sentence after it
        Passage p = passage("2.4 Annual subscription. An annual subscription can be refunded in full within 30 days.");
        RankedSentence best = sentence(p, 1, 0.9);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(sentence(p, 0, 0.6), best), List.of(best),
                new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("how long do I have to get a refund on a yearly plan?"), id -> "");

        // THEN the answer is the sentence alone, and the quote keeps the clause as written
        assertThat(c.text()).isEqualTo("An annual subscription can be refunded in full within 30 days [1].");
        assertThat(c.citations()).singleElement().satisfies(cite -> assertThat(cite.quote())
                .isEqualTo("An annual subscription can be refunded in full within 30 days."));
    }

    @Test
    void aShortRuleIsNoRunInTitleEvenWhenTheNextSentenceRepeatsItsWords() {
        // GIVEN a short negative rule followed by its exception, which repeats its words
        Passage p = passage("Dogs are not allowed. Assistance dogs are allowed in all areas.");
        RankedSentence best = sentence(p, 1, 0.5);
        Decision d = new Decision(Decision.Outcome.LOW, 0.5, List.of(sentence(p, 0, 0.45), best), List.of(best),
                new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("can i bring my dog?"), id -> "");

        // THEN the rule is written before its exception
        assertThat(c.text()).contains("Dogs are not allowed [1]. Assistance dogs are allowed in all areas [1].");
    }

    @Test
    void theLeadJudgesTheQuotedAnswerNotTheFaqQuestionItReplaced() {
        // GIVEN an FAQ whose question ranks first but whose answer is what the decision quotes
        Passage p = passage("Can I cancel my membership? No. Memberships run for 12 months and cannot be cancelled"
                + " early.");
        RankedSentence question = sentence(p, 0, 0.9);
        RankedSentence answer = sentence(p, 2, 0.7);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(sentence(p, 1, 0.6), answer),
                List.of(question, answer), new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("can i cancel my membership?"), id -> "");

        // THEN the lead is the answer's "No.", never a "Yes." read from the question
        assertThat(c.text()).startsWith("No.").doesNotContain("Yes.");
    }

    @Test
    void aShortListItemWhoseWordsTheNextItemRepeatsIsWritten() {
        // GIVEN a list whose first item's words recur in the second ("President" in "Vice-President")
        Passage p = passage("5.1 The Union shall have four sabbatical officers:\n(a) the President;\n"
                + "(b) the Vice-President Education.");
        RankedSentence best = sentence(p, 0, 0.9);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(best, sentence(p, 1, 0.5), sentence(p, 2, 0.5)),
                List.of(best), new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("who are the sabbatical officers?"), id -> "");

        // THEN the item is no run-in title: every item is written
        assertThat(c.text()).contains("• The President [1];").contains("• The Vice-President Education [1].");
    }

    @Test
    void aLowConfidenceAnswerListsTheFurtherPassagesApartUnderTheirOwnLine() {
        // GIVEN a low-confidence decision on a list, pointing to a sentence of another passage
        Passage list = passage("Expenditure not in the budget requires:\n(a) up to 2,500 pounds: the Chief Executive;");
        Passage other = new Passage("rules#finance.2", "rules", "Club rules", List.of("11. Finance"),
                "https://example.org/rules", 1, "(c) over 10,000 pounds: the Board.",
                Sentences.split("(c) over 10,000 pounds: the Board."));
        RankedSentence best = sentence(list, 0, 0.5);
        Decision d = new Decision(Decision.Outcome.LOW, 0.5, List.of(best, sentence(list, 1, 0.4)), List.of(best),
                new double[0], List.of(sentence(other, 0, 0.1)));

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("what spending needs the board?"), id -> "");

        // THEN the further passage stands under its own line, not as an item of the answer's list, cited in turn
        assertThat(c.text()).endsWith("the Chief Executive [1];\nAlso close:\n• Over 10,000 pounds: the Board [2].");
        assertThat(c.citations()).hasSize(2);
    }

    @Test
    void aTermWithoutAStopBeforeItsDefinitionIsARunInTitle() {
        // GIVEN a definition list's term and its definition, as an HTML page gives them
        Passage p = passage("Travel\nTravel to and from each shift is refunded up to £20 a day.");
        RankedSentence best = sentence(p, 1, 0.9);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(sentence(p, 0, 0.6), best), List.of(best),
                new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("what travel is refunded?"), id -> "");

        // THEN the term is not written as a sentence of its own
        assertThat(c.text()).isEqualTo("Travel to and from each shift is refunded up to £20 a day [1].");
    }

    @Test
    void theSourcesOwnNoteReferencesNeverLookLikeCitations() {
        // GIVEN a plain-text rendering whose links are numbered notes, as RFC-style texts print them
        Passage p = passage("The TSC follows a Consensus Seeking [9] decision-making model per the TSC Charter [5].");
        RankedSentence best = sentence(p, 0, 0.9);
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, List.of(best), List.of(best), new double[0]);

        // WHEN it is written
        Composition c = ExtractiveWriter.write(d, read("what decision model does the TSC follow?"), id -> "");

        // THEN the answer's only bracketed number is its own citation, and the quote keeps the notes
        assertThat(c.text()).isEqualTo("The TSC follows a Consensus Seeking decision-making model per the TSC Charter [1].");
        assertThat(c.citations()).singleElement().satisfies(cite -> assertThat(cite.quote()).contains("Seeking [9]"));
        // AND an index in brackets is not a note reference
        Passage code = passage("Set a[0] to the first item.");
        RankedSentence only = sentence(code, 0, 0.9);
        Decision kept = new Decision(Decision.Outcome.HIGH, 0.9, List.of(only), List.of(only), new double[0]);
        assertThat(ExtractiveWriter.write(kept, read("what do I set?"), id -> "").text())
                .isEqualTo("Set a[0] to the first item [1].");
    }

    @Test
    void aFigureBetweenTheTextsTiersIsNotReadAsAFalsePremise() {
        // GIVEN a refund clause in tiers, its first tier the best sentence
        Passage tiers = passage("An annual subscription can be refunded in full if you cancel within the first 30 days. "
                + "Between day 31 and the end of the sixth month, you receive a prorated refund. "
                + "After the first six months, annual subscriptions are not refundable.");
        RankedSentence best = sentence(tiers, 0, 0.9);
        List<RankedSentence> all = List.of(best, sentence(tiers, 1, 0.6), sentence(tiers, 2, 0.5));
        Decision whole = new Decision(Decision.Outcome.HIGH, 0.9, all, all, new double[0]);
        Decision first = new Decision(Decision.Outcome.HIGH, 0.9, List.of(best), all, new double[0]);
        String question = "can I still get money back on an annual plan 2 months in?";

        // WHEN a question whose figure falls between the tiers is answered with all of them, or with the first alone
        String answer = ExtractiveWriter.write(whole, read(question), id -> "").text();
        String alone = ExtractiveWriter.write(first, read(question), id -> "").text();

        // THEN the tiers are quoted without a verdict; the first tier alone still contradicts the figure
        assertThat(answer).startsWith("An annual subscription can be refunded in full");
        assertThat(alone).startsWith("No. An annual subscription");
    }

    @Test
    void aWordReadByItsMeaningSettlesNoYesOrNo() {
        // GIVEN a confident answer from a sentence about weekdays
        Passage p = passage("The centre is open on weekdays from 9am to 5pm.");
        List<RankedSentence> best = List.of(sentence(p, 0, 0.9));
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, best, best, new double[0]);
        // AND documents whose word nearest in meaning to "weekends" is "weekdays"
        Vocabulary near = HeldWords.of((word, capitals) -> null, verb -> false,
                word -> word.equals("weekends") ? "weekdays" : null, "weekdays", "centre", "open");

        // WHEN a member asks about weekends, and about weekdays
        String weekends = ExtractiveWriter.write(d, new QuestionReader().read(Question.of(
                "is the centre open on weekends?"), near), id -> "").text();
        String weekdays = ExtractiveWriter.write(d, new QuestionReader().read(Question.of(
                "is the centre open on weekdays?"), near), id -> "").text();

        // THEN the sentence is quoted without a "Yes" for weekends, which it does not say; weekdays get their "Yes"
        assertThat(weekends).startsWith("The centre is open on weekdays");
        assertThat(weekdays).startsWith("Yes.");
    }

    @Test
    void aPersonOfTheAskersStoryOrAVagueAmountSettlesNoYesOrNo() {
        // GIVEN a confident answer from a sentence that a member may appoint a proxy, and one about late arrival
        Passage proxy = passage("A member may appoint a proxy to vote for them.");
        List<RankedSentence> best = List.of(sentence(proxy, 0, 0.9));
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, best, best, new double[0]);
        Passage late = passage("Members who arrive late may still join the session.");
        List<RankedSentence> lateBest = List.of(sentence(late, 0, 0.9));
        Decision arrive = new Decision(Decision.Outcome.HIGH, 0.9, lateBest, lateBest, new double[0]);
        // AND documents that never speak of fathers or bits
        Vocabulary held = HeldWords.of((word, capitals) -> null, verb -> false, word -> null, "member", "appoint",
                "proxy", "vote", "arrive", "late", "join", "session");

        // WHEN a member asks whether their dad may be their proxy, whether they may, and whether a bit late is fine
        String dad = ExtractiveWriter.write(d, new QuestionReader().read(Question.of("can my dad be my proxy?"), held),
                id -> "").text();
        String member = ExtractiveWriter.write(d, new QuestionReader().read(Question.of(
                "can a member appoint a proxy?"), held), id -> "").text();
        String bit = ExtractiveWriter.write(arrive, new QuestionReader().read(Question.of(
                "can i arrive a bit late to the session?"), held), id -> "").text();

        // THEN the rule for members gets no "Yes" for the dad, nor for "a bit late", whose bound it does not state
        assertThat(dad).startsWith("A member may appoint a proxy");
        assertThat(member).startsWith("Yes.");
        assertThat(bit).startsWith("Members who arrive late");
    }

    @Test
    void aFigureOfSomethingElseSetsNoTier() {
        // GIVEN a deposit's refund period and, in the same answer, how long other records are kept
        Passage p = passage("The deposit is refundable for 14 days. Membership records are kept for 2 years.");
        List<RankedSentence> both = List.of(sentence(p, 0, 0.9), sentence(p, 1, 0.5));
        Decision d = new Decision(Decision.Outcome.HIGH, 0.9, both, both, new double[0]);

        // WHEN a question states a period between the two
        String answer = ExtractiveWriter.write(d, read("is the deposit refundable for 2 months?"), id -> "").text();

        // THEN the records' period, which is not about the deposit, does not save the wrong figure
        assertThat(answer).startsWith("No. The deposit is refundable for 14 days [1].");
    }

    @Test
    void aWrongFigureIsCorrectedAndALowConfidenceAnswerSaysSoFirst() {
        RankedSentence best = sentence(APPEALS, 0, 0.4);
        Decision high = new Decision(Decision.Outcome.HIGH, 0.9, List.of(best), List.of(best), new double[0]);
        Decision low = new Decision(Decision.Outcome.LOW, 0.55, List.of(best), List.of(best), new double[0]);

        assertThat(ExtractiveWriter.write(high, read("are appeals heard within 14 days?"), id -> "").text())
                .as("30 days is a bound: 14 days is within it, so nothing is contradicted")
                .startsWith("Appeals are heard by the Board within 30 days [1].");
        RankedSentence dated = sentence(passage("Appeals are heard 30 days after the decision."), 0, 0.9);
        Decision firm = new Decision(Decision.Outcome.HIGH, 0.9, List.of(dated), List.of(dated), new double[0]);
        assertThat(ExtractiveWriter.write(firm, read("are appeals heard 14 days after the decision?"), id -> "").text())
                .startsWith("No. Appeals are heard 30 days after the decision [1].");
        assertThat(ExtractiveWriter.write(firm, read("so appeals are heard two weeks after the decision?"), id -> "")
                .text()).startsWith(ExtractiveWriter.CORRECTION);
        assertThat(ExtractiveWriter.write(firm, read("how many appeals are heard for my 14 year old, after the decision?"),
                id -> "").text()).as("a figure of the asker's own case presumes nothing")
                .startsWith("Appeals are heard 30 days after the decision [1].");
        RankedSentence dco = sentence(passage("The DCO check blocks merge requests with a commit that is not signed"
                + " off."), 0, 0.9);
        Decision blocked = new Decision(Decision.Outcome.HIGH, 0.9, List.of(dco), List.of(dco), new double[0]);
        assertThat(ExtractiveWriter.write(blocked, read("my merge request is blocked by the dco check, how do i fix it"),
                id -> "").text()).as("a negation about the commit denies nothing the asker states")
                .startsWith("The DCO check blocks");
        RankedSentence dogs = sentence(passage("Dogs, which are not allowed in the building, must be left on the lead"
                + " outside."), 0, 0.9);
        Decision outside = new Decision(Decision.Outcome.HIGH, 0.9, List.of(dogs), List.of(dogs), new double[0]);
        assertThat(ExtractiveWriter.write(outside, read("are dogs allowed in the building?"), id -> "").text())
                .as("a clause after a comma states its own fact, and its negation answers").startsWith("No. ");
        assertThat(ExtractiveWriter.write(firm, read("when are appeals heard?"), id -> "").text())
                .as("a question that asks asserts nothing to correct").startsWith("Appeals are heard 30 days");
        assertThat(ExtractiveWriter.write(low, read("who decides on appeals?"), id -> "").text())
                .isEqualTo(ExtractiveWriter.UNSURE + "\nAppeals are heard by the Board within 30 days [1].");
    }
}
