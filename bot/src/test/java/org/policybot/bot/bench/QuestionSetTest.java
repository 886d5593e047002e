package org.policybot.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.policybot.knowledge.KnowledgeException;

class QuestionSetTest {
    @Test
    void builtInSetHoldsQuestionsInAndOutOfScope() {
        // GIVEN the packaged set  WHEN read  THEN it has twenty questions, comments skipped
        assertThat(QuestionSet.builtIn()).hasSize(20).contains("Does OpenAI train on API customer data?",
                "What is the capital of France?").noneMatch(q -> q.startsWith("#"));
    }

    @Test
    void readsPlainLinesAndEvalJsonLines() {
        // GIVEN a plain question, a comment, a blank line and an eval line  WHEN parsed  THEN two questions
        assertThat(QuestionSet.parse("Who led the tour?\n# note\n\n{\"id\": \"d1\", \"q\": \"Can users opt out?\"}\n", "f"))
                .containsExactly("Who led the tour?", "Can users opt out?");
    }

    @Test
    void badLinesAreNamed() {
        assertThatThrownBy(() -> QuestionSet.parse("{\"id\": 1}", "q.jsonl")).isInstanceOf(KnowledgeException.class)
                .hasMessage("q.jsonl: line 1 has no \"q\" string");
        assertThatThrownBy(() -> QuestionSet.parse("{oops", "q.jsonl")).hasMessage("q.jsonl: line 1 is not valid JSON");
        assertThatThrownBy(() -> QuestionSet.parse("# only a comment\n", "q.txt")).hasMessage("q.txt: holds no questions");
    }
}
