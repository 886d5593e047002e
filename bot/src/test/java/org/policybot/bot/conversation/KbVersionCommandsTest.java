package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.gaps.GapLog;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/** {@code /kb history}, {@code /kb diff} and {@code /kb rollback}: a moderator's own documents only, replies that fit Discord. */
class KbVersionCommandsTest {
    private static final Asker MOD = new Asker("2001", "mod");
    private static final Asker USER = new Asker("2002", "user");
    private static final String SERVER = "42";
    private static final Scope HERE = Scope.server(SERVER);
    private static final MemberFacts MODERATOR = new MemberFacts(SERVER, Set.of("3000"), false);
    private static final MemberFacts PLAIN = new MemberFacts(SERVER, Set.of(), false);

    @TempDir
    Path dataDir;
    private KnowledgeBase kb;
    private KbCommands commands;

    @BeforeEach
    void twoVersionsOfTheServersRules() throws IOException {
        kb = TestEngine.openKnowledgeBase(dataDir);
        commands = new KbCommands(EnginePorts.admin(kb),
                new ModeratorCheck(new DiscordSettings(List.of("3000"), null, null, ThreadMode.REPLY, null)), 1 << 20,
                GapLog.open(dataDir, 30, Clock.systemUTC()), TestEngine.embedder());
        kb.add(HERE, Source.of("rules.md", rules(1, 2)), "discord:2001:mod");
        kb.add(HERE, Source.of("rules.md", rules(1, 3)), "discord:2001:mod");
    }

    @AfterEach
    void close() throws IOException {
        kb.close();
    }

    /** House rules of {@code sections} sections, the text of each naming {@code edition}. */
    private static byte[] rules(int edition, int sections) {
        StringBuilder b = new StringBuilder("# House rules\n");
        for (int i = 1; i <= sections; i++) {
            b.append("\n## Rule ").append(i).append("\n\nRule ").append(i).append(" of edition ").append(edition)
                    .append(" says that members keep the workshop tidy and return every tool to its shelf.\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void historyAndAShortDiffFitInAMessage() {
        // WHEN the moderator asks for the history and the diff
        String history = commands.history(MOD, MODERATOR, "rules").get(0).content();
        List<ReplyMessage> diff = commands.diff(MOD, MODERATOR, "rules", null, null);

        // THEN the history is a block of two lines with short hashes; the diff a block with the added rule
        assertThat(history).startsWith("```\nrules: 2 versions kept").contains("  v2 ").contains("  v1 ")
                .containsPattern("sha256 [0-9a-f]{12}  ").endsWith("```");
        assertThat(diff).singleElement().satisfies(m -> {
            assertThat(m.files()).isEmpty();
            assertThat(m.content()).startsWith("```diff\nrules: version 1 (").contains("0 changed, 1 added, 0 removed")
                    .contains("§ Rule 3\n  added\n    + Rule 3 of edition 1");
        });
    }

    @Test
    void aLongDiffComesAsAnAttachedTextFileBelowItsSummary() throws IOException {
        // GIVEN a third version that rewrites forty rules
        kb.add(HERE, Source.of("rules.md", rules(2, 40)), "discord:2001:mod");

        // WHEN the moderator compares it with version 2
        List<ReplyMessage> diff = commands.diff(MOD, MODERATOR, "rules", 2, 3);

        // THEN one message says what changed in short, and the whole comparison is the attached file
        assertThat(diff).singleElement().satisfies(m -> {
            assertThat(m.content()).startsWith("rules: version 2 (").contains("3 changed, 37 added, 0 removed")
                    .endsWith("The whole comparison is in the attached file.");
            assertThat(m.files()).singleElement().satisfies(f -> {
                assertThat(f.name()).isEqualTo("rules-v2-v3.diff.txt");
                String text = new String(f.content(), StandardCharsets.UTF_8);
                assertThat(text).contains("§ Rule 40\n  added\n    + Rule 40 of edition 2").contains("§ Rule 1\n  changed");
            });
        });
    }

    @Test
    void aRollbackChangesTheServersDocumentAndSaysHowToUndoIt() {
        // WHEN the moderator rolls back to version 1
        String reply = commands.rollback(MOD, MODERATOR, "rules", 1).get(0).content();

        // THEN the document is version 3 with version 1's two rules, audited as the moderator
        assertThat(reply).isEqualTo("Rolled **House rules** (`rules`) back to version 1: it is now version 3, with 2"
                + " passages, answering as version 1 did. /kb rollback rules 2 undoes this.");
        assertThat(kb.history(HERE, "rules")).first().satisfies(v -> {
            assertThat(v.version()).isEqualTo(3);
            assertThat(v.restoredFrom()).isEqualTo(1);
            assertThat(v.addedBy()).isEqualTo("discord:2001:mod");
        });
    }

    @Test
    void sharedDocumentsOtherMembersAndBadVersionsAreRefusedAndNothingChanges() {
        // GIVEN the shared document's and the server's histories
        List<DocumentVersion> shared = kb.history(Scope.SHARED, "insights-from-global-conversations");
        List<DocumentVersion> own = kb.history(HERE, "rules");

        // WHEN the shared document is rolled back from the server, an ordinary member tries, and bad versions are given
        String sharedReply = commands.rollback(MOD, MODERATOR, "insights-from-global-conversations", 1).get(0).content();
        String plainReply = commands.rollback(USER, PLAIN, "rules", 1).get(0).content();
        String historyPlain = commands.history(USER, PLAIN, "rules").get(0).content();
        String missing = commands.rollback(MOD, MODERATOR, "rules", 9).get(0).content();
        String zero = commands.rollback(MOD, MODERATOR, "rules", 0).get(0).content();
        String unknown = commands.diff(MOD, MODERATOR, "nothing", null, null).get(0).content();

        // THEN each is refused in one sentence, and no history changed
        assertThat(sharedReply).contains("shared by every server").contains("Nothing was changed");
        assertThat(plainReply).isEqualTo(KbCommands.REFUSAL);
        assertThat(historyPlain).isEqualTo(KbCommands.REFUSAL);
        assertThat(missing).isEqualTo("Not rolled back: no version 9 of rules is kept (kept: 2, 1); nothing was changed");
        assertThat(zero).startsWith("A version is a number from 1");
        assertThat(unknown).isEqualTo("no document with id \"nothing\" (see kb list)");
        assertThat(kb.history(Scope.SHARED, "insights-from-global-conversations")).isEqualTo(shared);
        assertThat(kb.history(HERE, "rules")).isEqualTo(own);
    }
}
