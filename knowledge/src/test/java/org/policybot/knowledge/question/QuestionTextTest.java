package org.policybot.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policybot.knowledge.InvalidQuestionException;

class QuestionTextTest {
    @Test
    void controlBidiZeroWidthAndMentionsAreRemoved() {
        String raw = "\u202Edoes\u200B OpenAI\u0007 train <@123> on <@&45> data @everyone\t@here?\u2066";

        assertThat(QuestionText.clean(raw)).isEqualTo("does OpenAI train on data ?");
    }

    @Test
    void emptyOrSymbolOnlyQuestionsAreRefused() {
        for (String q : new String[] {"", "   ", "\u0000\u0001", "?!", "@everyone", "\u202E"}) {
            assertThatThrownBy(() -> QuestionText.clean(q)).isInstanceOf(InvalidQuestionException.class)
                    .hasMessage("the question is empty");
        }
        assertThatThrownBy(() -> QuestionText.clean(null)).isInstanceOf(InvalidQuestionException.class);
    }

    @Test
    void overlongQuestionsAreRefusedNamingTheLimit() {
        assertThatThrownBy(() -> QuestionText.clean("a".repeat(20_000)))
                .hasMessage("the question is too long (20000 characters; the limit is 4000)");
    }

    @Test
    void emojiAndOtherScriptsSurvive() {
        assertThat(QuestionText.clean("¿Qué es 🤖 ChatGPT?")).isEqualTo("¿Qué es 🤖 ChatGPT?");
    }

    @Test
    void neutraliseStopsEveryoneAndHereFromPinging() {
        assertThat(QuestionText.neutralise("hi @everyone and @here, @Everyone"))
                .doesNotContain("@everyone", "@here", "@Everyone").contains("@\u200Beveryone");
    }
}
