package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Limits;
import org.policybot.bot.config.ThreadMode;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/**
 * A member's follow-up about a section that changed after the answer it follows (within the memory
 * window) says so, and is answered from the new text; the real engine, a server's refund policy updated
 * from 14 to 30 days by its moderator.
 */
class ChangedSinceTest {
    private static final Asker ALICE = new Asker("1001", "alice");
    private static final String SERVER = "42";
    private static final Scope HERE = Scope.server(SERVER);
    private static final String BOT = "9000";
    private static final String CHANGED = "Since my earlier answer, “Refund policy › Refund window” has changed;"
            + " this answer is from the new text.";

    @TempDir
    Path dataDir;
    private KnowledgeBase kb;
    private Asking asking;

    @BeforeEach
    void refundPolicy() throws IOException {
        kb = TestEngine.openKnowledgeBase(dataDir);
        kb.add(HERE, Source.of("refunds.md", TestEngine.resource("/discord/refunds.md")), "discord:3:mod");
        BotConfig config = new BotConfig(dataDir, new DiscordSettings(List.of(), null, List.of(), ThreadMode.REPLY,
                List.of()), new Limits(100, 500, 1000), null);
        asking = Conversation.create(config, TestEngine.engine(kb)::answer, EnginePorts.admin(kb), TestEngine.embedder(),
                Ticker.systemTicker(), Clock.systemUTC()).asking();
    }

    @AfterEach
    void close() throws IOException {
        kb.close();
    }

    /** Alice asks in the server and gets her answer as message 900. */
    private Answered firstAnswer() {
        Answered first = asking.answer(AskRequest.in(SERVER, ALICE, "How many days do I have to ask for a refund?"));
        assertThat(first.answer().answer()).contains("14 days");
        asking.delivered(first, List.of("900"), null);
        return first;
    }

    /** Alice replies to message 900. */
    private Answered followUp(String text) {
        IncomingMessage reply = new IncomingMessage(ALICE, false, text, "500", null, SERVER, false, false, "900");
        return asking.answer(asking.request(reply, BOT));
    }

    private static String description(Answered a) {
        return a.messages().get(0).embeds().get(0).description();
    }

    @Test
    void aFollowUpAfterTheSectionChangedSaysSoAndAnswersFromTheNewText() throws IOException {
        // GIVEN alice's answer, then the moderator's update of the refund window to 30 days
        firstAnswer();
        kb.add(HERE, Source.of("refunds.md", TestEngine.resource("/versions/refunds.md")), "discord:3:mod");

        // WHEN she replies to the answer with a follow-up
        Answered again = followUp("How many days do I have to ask for a refund again?");

        // THEN the reply first says the section changed since, then answers from the new text
        assertThat(description(again)).startsWith(CHANGED + "\n\n").contains("30 days").doesNotContain("14 days");
    }

    @Test
    void aFollowUpWhenNothingItCitesChangedHasNoNote() {
        // GIVEN alice's answer, and no update  WHEN she follows up  THEN there is no note
        firstAnswer();
        Answered again = followUp("How many days do I have to ask for a refund again?");
        assertThat(description(again)).doesNotContain("Since my earlier answer").contains("14 days");
    }

    @Test
    void aFollowUpAfterARollbackToTheOlderTextSaysTheSectionChangedToo() throws IOException {
        // GIVEN the update, alice's answer from it, then a rollback to the 14-day version
        kb.add(HERE, Source.of("refunds.md", TestEngine.resource("/versions/refunds.md")), "discord:3:mod");
        Answered fromUpdate = asking.answer(AskRequest.in(SERVER, ALICE, "How many days do I have to ask for a refund?"));
        assertThat(fromUpdate.answer().answer()).contains("30 days");
        asking.delivered(fromUpdate, List.of("900"), null);
        kb.rollback(HERE, "refunds", 1, "discord:3:mod");

        // WHEN she follows up  THEN the note says the section changed, and the answer is the restored text's
        Answered again = followUp("How many days do I have to ask for a refund again?");
        assertThat(description(again)).startsWith(CHANGED).contains("14 days");
    }
}
