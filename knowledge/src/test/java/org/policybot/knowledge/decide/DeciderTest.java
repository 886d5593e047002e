package org.policybot.knowledge.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.question.Vocabulary;

/** The text tests by which a chosen sentence brings others: the one before it, the rest of its table. */
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
}
