package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/** The local chat keeps a conversation as Discord does: a follow-up is told when a section it cites changed. */
class ChatSessionTest {
    private static final Scope HERE = Scope.server("42");
    private static final String CHANGED = "Since my earlier answer, “Refund policy › Refund window” has changed;"
            + " this answer is from the new text.";

    @TempDir
    Path dataDir;
    private KnowledgeBase kb;
    private ChatSession chat;

    @BeforeEach
    void refundPolicy() throws IOException {
        kb = TestEngine.openKnowledgeBase(dataDir);
        kb.add(HERE, Source.of("refunds.md", TestEngine.resource("/discord/refunds.md")), "test:mod");
        chat = new ChatSession(TestEngine.engine(kb), HERE, Clock.systemUTC());
    }

    @AfterEach
    void close() throws IOException {
        kb.close();
    }

    @Test
    void aFollowUpAfterTheSectionChangedSaysSoAndAnswersFromTheNewText() throws IOException {
        // GIVEN an answer from the 14-day refund window, then a moderator's update to 30 days
        assertThat(chat.ask("How many days do I have to ask for a refund?")).contains("14 days");
        kb.add(HERE, Source.of("refunds.md", TestEngine.resource("/versions/refunds.md")), "test:mod");

        // WHEN the conversation goes on
        String again = chat.ask("How many days do I have to ask for a refund again?");

        // THEN the reply says the section changed first, then answers from the new text
        assertThat(again).startsWith(CHANGED + "\n").contains("30 days").doesNotContain("14 days");
    }

    @Test
    void withoutAChangeOrAfterStartingOverThereIsNoNote() throws IOException {
        // GIVEN an answer
        chat.ask("How many days do I have to ask for a refund?");

        // WHEN the conversation goes on unchanged, and again after an update but in a new conversation
        String unchanged = chat.ask("How many days do I have to ask for a refund again?");
        kb.add(HERE, Source.of("refunds.md", TestEngine.resource("/versions/refunds.md")), "test:mod");
        chat.reset();
        String afresh = chat.ask("How many days do I have to ask for a refund?");

        // THEN neither reply carries the note
        assertThat(unchanged).doesNotContain("Since my earlier answer").contains("14 days");
        assertThat(afresh).doesNotContain("Since my earlier answer").contains("30 days");
        assertThat(chat.last().citations()).isNotEmpty();
    }
}
