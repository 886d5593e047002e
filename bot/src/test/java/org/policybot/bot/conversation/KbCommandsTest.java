package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.ThreadMode;
import org.policybot.knowledge.RejectedFileException;
import org.policybot.knowledge.UnknownDocumentException;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Source;

class KbCommandsTest {
    private static final Asker MOD = new Asker("2001", "mod");
    private static final Asker USER = new Asker("2002", "user");
    private static final MemberFacts MOD_ROLE = new MemberFacts(true, Set.of("3000", "77"), false);
    private static final MemberFacts PLAIN = new MemberFacts(true, Set.of("77"), false);

    private final InMemoryAdmin admin = new InMemoryAdmin();
    private final KbCommands kb = new KbCommands(admin,
            new ModeratorCheck(new DiscordSettings(List.of("3000"), null, null, ThreadMode.REPLY, null)), 1000);
    private final AtomicInteger downloads = new AtomicInteger();

    private KbCommands.Download bytes(String content) {
        return () -> {
            downloads.incrementAndGet();
            return content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        };
    }

    @Test
    void aNonModeratorIsRefusedForEveryCommandAndNothingChanges() {
        // GIVEN a user without the moderator role or permission, and one document in the knowledge base
        admin.docs.put("privacy", doc("privacy", "Privacy"));

        // WHEN they try every command
        List<List<ReplyMessage>> replies = List.of(
                kb.add(USER, PLAIN, new AttachmentInfo("refunds.md", 10, "text/markdown"), bytes("# Refunds"), null, null, null),
                kb.remove(USER, PLAIN, "privacy"),
                kb.list(USER, PLAIN),
                kb.reindex(USER, PLAIN));

        // THEN each is refused, nothing was downloaded and the knowledge base is as it was
        assertThat(replies).allSatisfy(r -> assertThat(r.get(0).content()).isEqualTo(KbCommands.REFUSAL));
        assertThat(downloads).hasValue(0);
        assertThat(admin.docs).containsOnlyKeys("privacy");
        assertThat(admin.calls).isEmpty();
    }

    @Test
    void aModeratorAddsAFileAndTheAuditActorCarriesTheirIdAndName() {
        // WHEN a member of the moderator role adds a Markdown file with overrides
        List<ReplyMessage> reply = kb.add(MOD, MOD_ROLE, new AttachmentInfo("refunds.md", 40, "text/markdown"),
                bytes("# Refunds\n\nWithin 14 days."), "refunds", "Refund policy", " ");

        // THEN the document is added with the actor discord:<id>:<name> and the reply says so
        assertThat(admin.calls).containsExactly("add refunds.md id=refunds title=Refund policy url=null by discord:2001:mod");
        assertThat(reply.get(0).content()).isEqualTo("Added **Refund policy** (`refunds`): 1 passages.");
    }

    @Test
    void theModeratorPermissionAloneIsEnough() {
        MemberFacts admin = new MemberFacts(true, Set.of(), true);

        assertThat(kb.list(MOD, admin).get(0).content()).isEqualTo("The knowledge base is empty. Add a document with /kb add.");
        assertThat(kb.allows(admin)).isTrue();
        assertThat(kb.allows(MemberFacts.outsideServer())).isFalse();
        assertThat(kb.allows(new MemberFacts(false, Set.of("3000"), true))).isFalse();
    }

    @Test
    void sizeAndTypeAreCheckedBeforeAnythingIsDownloaded() {
        // WHEN a moderator attaches a file over the limit and one of an unknown type
        var tooBig = kb.add(MOD, MOD_ROLE, new AttachmentInfo("big.pdf", 5_000_000, "application/pdf"),
                bytes("x"), null, null, null);
        var wrongType = kb.add(MOD, MOD_ROLE, new AttachmentInfo("tool.exe", 10, null), bytes("x"), null, null, null);

        // THEN both are refused with the reason and nothing was fetched or changed
        assertThat(tooBig.get(0).content()).isEqualTo("big.pdf is 4.8 MB; the limit is 1000 bytes. Nothing was changed.");
        assertThat(wrongType.get(0).content()).startsWith("tool.exe: unsupported file type; send one of [.docx, .htm");
        assertThat(downloads).hasValue(0);
        assertThat(admin.calls).isEmpty();
    }

    @Test
    void aFileLargerThanAnnouncedIsRefusedAfterDownload() {
        var reply = kb.add(MOD, MOD_ROLE, new AttachmentInfo("liar.md", 10, null), bytes("y".repeat(1001)),
                null, null, null);

        assertThat(reply.get(0).content()).isEqualTo("liar.md is 1001 bytes; the limit is 1000 bytes. Nothing was changed.");
        assertThat(admin.calls).isEmpty();
    }

    @Test
    void theKnowledgeBasesRefusalsArePassedOnAndFailuresSayNothingChanged() {
        admin.docs.put("privacy", doc("privacy", "Privacy"));

        var rejected = kb.add(MOD, MOD_ROLE, new AttachmentInfo("empty.md", 0, null), bytes(""), null, null, null);
        var unknown = kb.remove(MOD, MOD_ROLE, "nope");
        var removed = kb.remove(MOD, MOD_ROLE, "privacy");
        var broken = kb.add(MOD, MOD_ROLE, new AttachmentInfo("a.md", 1, null), () -> {
            throw new IOException("connection reset");
        }, null, null, null);

        assertThat(rejected.get(0).content()).isEqualTo("Not added: empty.md: no text found");
        assertThat(unknown.get(0).content()).isEqualTo("Not removed: no document with id \"nope\" (see kb list)");
        assertThat(removed.get(0).content()).isEqualTo("Removed **Privacy** (`privacy`).");
        assertThat(broken.get(0).content()).startsWith("Adding a.md failed (IOException); the knowledge base is unchanged.");
    }

    @Test
    void listAndReindexReportWhatTheKnowledgeBaseHolds() {
        admin.docs.put("privacy", doc("privacy", "Privacy"));

        assertThat(kb.list(MOD, MOD_ROLE).get(0).content()).startsWith("The knowledge base holds 1 document:\n• `privacy` **Privacy** — 3 passages");
        assertThat(kb.reindex(MOD, MOD_ROLE).get(0).content()).isEqualTo("Reindexed: 3 passages.");
        assertThat(admin.calls).containsExactly("reindex by discord:2001:mod");
    }

    private static DocumentInfo doc(String id, String title) {
        return new DocumentInfo(id, title, "", id + ".md", "00", Instant.parse("2026-01-01T00:00:00Z"), "test", 3);
    }

    /** A knowledge base in a map: records each call so tests see exactly what the commands asked for. */
    private static final class InMemoryAdmin implements KnowledgeAdmin {
        final Map<String, DocumentInfo> docs = new LinkedHashMap<>();
        final List<String> calls = new ArrayList<>();

        @Override
        public DocumentInfo add(Source source, String actor) {
            if (source.content().length == 0) {
                throw new RejectedFileException(source.fileName(), "no text found");
            }
            calls.add("add " + source.fileName() + " id=" + source.docId() + " title=" + source.title() + " url="
                    + source.url() + " by " + actor);
            DocumentInfo d = new DocumentInfo(source.docId(), source.title(), "", source.fileName(), "00",
                    Instant.now(), actor, 1);
            docs.put(d.id(), d);
            return d;
        }

        @Override
        public DocumentInfo remove(String docId, String actor) {
            DocumentInfo d = docs.remove(docId);
            if (d == null) {
                throw new UnknownDocumentException(docId);
            }
            calls.add("remove " + docId + " by " + actor);
            return d;
        }

        @Override
        public List<DocumentInfo> list() {
            return List.copyOf(docs.values());
        }

        @Override
        public int reindex(String actor) {
            calls.add("reindex by " + actor);
            return docs.values().stream().mapToInt(DocumentInfo::passages).sum();
        }
    }
}
