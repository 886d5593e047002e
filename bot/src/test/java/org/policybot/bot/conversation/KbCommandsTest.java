package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.gaps.GapLog;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

class KbCommandsTest {
    private static final Asker MOD = new Asker("2001", "mod");
    private static final Asker USER = new Asker("2002", "user");
    private static final String SERVER = "42";
    private static final Scope HERE = Scope.server(SERVER);
    private static final MemberFacts MOD_ROLE = new MemberFacts(SERVER, Set.of("3000", "77"), false);
    private static final MemberFacts PLAIN = new MemberFacts(SERVER, Set.of("77"), false);

    @TempDir
    Path dataDir;

    private KnowledgeBase kb;
    private KbCommands commands;
    private final AtomicInteger downloads = new AtomicInteger();

    @BeforeEach
    void openKnowledgeBase() throws IOException {
        kb = TestEngine.openKnowledgeBase(dataDir);
        commands = new KbCommands(EnginePorts.admin(kb),
                new ModeratorCheck(new DiscordSettings(List.of("3000"), null, null, ThreadMode.REPLY, null)), 4096,
                GapLog.open(dataDir, 30, Clock.systemUTC()), TestEngine.embedder());
    }

    @AfterEach
    void close() throws IOException {
        kb.close();
    }

    private KbCommands.Download bytes(byte[] content) {
        return () -> {
            downloads.incrementAndGet();
            return content;
        };
    }

    private static byte[] refunds() throws IOException {
        try (InputStream in = KbCommandsTest.class.getResourceAsStream("/discord/refunds.md")) {
            return in.readAllBytes();
        }
    }

    private String audit() throws IOException {
        return Files.readString(dataDir.resolve("audit.jsonl"));
    }

    private String serverAudit() throws IOException {
        return Files.readString(dataDir.resolve("servers").resolve(SERVER).resolve("audit.jsonl"));
    }

    @Test
    void aNonModeratorIsRefusedForEveryCommandAndNothingChanges() throws IOException {
        // GIVEN a user without the moderator role or permission, and the seeded knowledge base
        List<DocumentInfo> before = kb.list();
        String auditBefore = audit();

        // WHEN they try every command
        List<List<ReplyMessage>> replies = List.of(
                commands.add(USER, PLAIN, new AttachmentInfo("refunds.md", 300, null), bytes(refunds()), null, null, null),
                commands.remove(USER, PLAIN, before.get(0).id()),
                commands.list(USER, PLAIN),
                commands.reindex(USER, PLAIN));

        // THEN each is refused, nothing was downloaded, and the knowledge base and its audit log are as they were
        assertThat(replies).allSatisfy(r -> assertThat(r.get(0).content()).isEqualTo(KbCommands.REFUSAL));
        assertThat(downloads).hasValue(0);
        assertThat(kb.list()).isEqualTo(before);
        assertThat(audit()).isEqualTo(auditBefore);
        assertThat(dataDir.resolve("servers")).doesNotExist();
    }

    @Test
    void aModeratorAddsAFileAndTheAuditLogCarriesTheirIdAndName() throws IOException {
        // WHEN a member of the moderator role adds a Markdown policy with an id override
        List<ReplyMessage> reply = commands.add(MOD, MOD_ROLE, new AttachmentInfo("refunds.md", 300, null),
                bytes(refunds()), "refund-policy", null, " ");

        // THEN it is one of this server's documents (not a shared one), the server's audit log names the
        // moderator and the server, and the reply says so
        assertThat(kb.list(HERE)).filteredOn(d -> d.scope().equals(HERE)).extracting(DocumentInfo::id)
                .containsExactly("refund-policy");
        assertThat(kb.list()).extracting(DocumentInfo::id).doesNotContain("refund-policy");
        assertThat(serverAudit()).contains("discord:2001:mod").contains("refund-policy").contains("\"server\":\"42\"");
        assertThat(reply.get(0).content()).startsWith("Added **Refund policy** (`refund-policy`) to this server's documents: ");

        // AND it is listed apart from the shared documents, and can be removed again
        assertThat(commands.list(MOD, MOD_ROLE).get(0).content())
                .containsSubsequence("**Shared by every server**", "`insights-from-global-conversations`",
                        "**This server's own**", "`refund-policy` **Refund policy**");
        assertThat(commands.remove(MOD, MOD_ROLE, "refund-policy").get(0).content())
                .isEqualTo("Removed **Refund policy** (`refund-policy`) from this server's documents.");
        assertThat(kb.list(HERE)).extracting(DocumentInfo::id).doesNotContain("refund-policy");
    }

    @Test
    void aModeratorCanChangeNeitherSharedDocumentsNorAnotherServersDocuments() throws IOException {
        // GIVEN the shared documents, and server 43's refund policy
        List<DocumentInfo> shared = kb.list();
        kb.add(Scope.server("43"), Source.of("refunds.md", refunds()), "discord:3001:other");
        String auditBefore = audit();

        // WHEN server 42's moderator removes the shared document, and server 43's refunds
        var sharedReply = commands.remove(MOD, MOD_ROLE, "insights-from-global-conversations");
        var otherReply = commands.remove(MOD, MOD_ROLE, "refunds");

        // THEN both are refused, and everything stays as it was
        assertThat(sharedReply.get(0).content()).isEqualTo("`insights-from-global-conversations" + KbCommands.SHARED_DOCUMENT);
        assertThat(otherReply.get(0).content()).isEqualTo("Not removed: no document with id \"refunds\" (see kb list)");
        assertThat(kb.list()).isEqualTo(shared);
        assertThat(kb.list(Scope.server("43"))).extracting(DocumentInfo::id).contains("refunds");
        assertThat(audit()).isEqualTo(auditBefore);
        assertThat(commands.list(MOD, MOD_ROLE).get(0).content()).doesNotContain("refunds");
    }

    @Test
    void anIndexThatCannotBeReadGivesAReplyNotASilence() {
        // GIVEN a knowledge base whose index cannot be opened for listing or history
        KnowledgeAdmin broken = new KnowledgeAdmin() {
            @Override
            public DocumentInfo add(Scope scope, Source source, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public DocumentInfo remove(Scope scope, String docId, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<DocumentInfo> list(Scope scope) {
                throw new java.io.UncheckedIOException(new IOException("index unreadable"));
            }

            @Override
            public int reindex(Scope scope, String actor) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<org.policybot.knowledge.model.DocumentVersion> history(Scope scope, String docId) {
                throw new java.io.UncheckedIOException(new IOException("index unreadable"));
            }

            @Override
            public org.policybot.knowledge.model.DocumentDiff diff(Scope scope, String docId, Integer from, Integer to) {
                throw new UnsupportedOperationException();
            }

            @Override
            public DocumentInfo rollback(Scope scope, String docId, int version, String actor) {
                throw new UnsupportedOperationException();
            }
        };
        KbCommands failing = new KbCommands(broken,
                new ModeratorCheck(new DiscordSettings(List.of("3000"), null, null, ThreadMode.REPLY, null)), 4096,
                null, TestEngine.embedder());

        // WHEN a moderator lists the documents or asks for a history
        // THEN each gets a reply saying it failed
        assertThat(failing.list(MOD, MOD_ROLE).get(0).content()).isEqualTo("Listing the documents failed. The log has"
                + " details.");
        assertThat(failing.history(MOD, MOD_ROLE, "refunds").get(0).content()).isEqualTo("Reading the history of"
                + " refunds failed. The log has details.");
    }

    @Test
    void theModeratorPermissionAloneIsEnoughButNotOutsideAServer() {
        MemberFacts admin = new MemberFacts(SERVER, Set.of(), true);

        assertThat(commands.list(MOD, admin).get(0).content()).startsWith("Members here are answered from 1 document.");
        assertThat(commands.allows(MemberFacts.outsideServer())).isFalse();
        assertThat(commands.allows(new MemberFacts(null, Set.of("3000"), true))).isFalse();
    }

    @Test
    void sizeAndTypeAreCheckedBeforeAnythingIsDownloaded() throws IOException {
        // WHEN a moderator attaches a file over the limit and one of an unknown type
        List<DocumentInfo> before = kb.list();
        var tooBig = commands.add(MOD, MOD_ROLE, new AttachmentInfo("big.pdf", 5_000_000, "application/pdf"),
                bytes(new byte[1]), null, null, null);
        var wrongType = commands.add(MOD, MOD_ROLE, new AttachmentInfo("tool.exe", 10, null), bytes(new byte[1]),
                null, null, null);

        // THEN both are refused with the reason and nothing was fetched or changed
        assertThat(tooBig.get(0).content()).isEqualTo("big.pdf is 4.8 MB; the limit is 4.0 KB. Nothing was changed.");
        assertThat(wrongType.get(0).content()).startsWith("tool.exe: unsupported file type \".exe\"")
                .contains("supported: Markdown (.md, .markdown), plain text (.txt, .text)")
                .endsWith(". Nothing was changed.");
        assertThat(downloads).hasValue(0);
        assertThat(kb.list()).isEqualTo(before);
    }

    @Test
    void aFileWithoutAnExtensionIsFetchedAndReadForWhatItIs() throws IOException {
        // WHEN a moderator attaches a Markdown policy named like a repository file, without an extension
        var reply = commands.add(MOD, MOD_ROLE, new AttachmentInfo("REFUNDS", 300, null), bytes(refunds()), null,
                null, null);

        // THEN it is downloaded, recognised from its content and added under an id from its name
        assertThat(downloads).hasValue(1);
        assertThat(reply.get(0).content()).startsWith("Added **").contains("(`refunds`)");
        assertThat(kb.list(HERE)).filteredOn(d -> d.scope().equals(HERE)).extracting(DocumentInfo::id)
                .contains("refunds");
    }

    @Test
    void aFileLargerThanAnnouncedIsRefusedAfterDownload() {
        var reply = commands.add(MOD, MOD_ROLE, new AttachmentInfo("liar.md", 10, null),
                bytes("y".repeat(5000).getBytes(StandardCharsets.UTF_8)), null, null, null);

        assertThat(reply.get(0).content()).isEqualTo("liar.md is 4.9 KB; the limit is 4.0 KB. Nothing was changed.");
    }

    @Test
    void theKnowledgeBasesRefusalsArePassedOnAndFailuresSayNothingChanged() {
        List<DocumentInfo> before = kb.list();

        var rejected = commands.add(MOD, MOD_ROLE, new AttachmentInfo("empty.md", 0, null), bytes(new byte[0]),
                null, null, null);
        var unknown = commands.remove(MOD, MOD_ROLE, "nope");
        var broken = commands.add(MOD, MOD_ROLE, new AttachmentInfo("a.md", 1, null), () -> {
            throw new IOException("connection reset");
        }, null, null, null);

        assertThat(rejected.get(0).content()).startsWith("Not added: empty.md: ");
        assertThat(unknown.get(0).content()).isEqualTo("Not removed: no document with id \"nope\" (see kb list)");
        assertThat(broken.get(0).content()).startsWith("Adding a.md failed (IOException); the knowledge base is unchanged.");
        assertThat(kb.list()).isEqualTo(before);
    }

    @Test
    void reindexRebuildsThisServersDocumentsOnlyAndIsAudited() throws IOException {
        // GIVEN this server's refund policy beside the shared documents
        DocumentInfo refunds = kb.add(HERE, Source.of("refunds.md", refunds()), "discord:2001:mod");
        String sharedAudit = audit();

        // WHEN a moderator reindexes
        var reply = commands.reindex(MOD, MOD_ROLE);

        // THEN this server's passages were rebuilt and audited; the shared documents were not touched
        assertThat(reply.get(0).content()).isEqualTo("Reindexed this server's documents: " + refunds.passages() + " passages.");
        assertThat(serverAudit()).contains("\"action\":\"reindex\"").contains("discord:2001:mod");
        assertThat(audit()).isEqualTo(sharedAudit);
    }
}
