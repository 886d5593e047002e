package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.index.ChangeFailedException;
import org.policybot.knowledge.index.SourceStore;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

/** The knowledge base keeps its promises on updates: stable ids, all-or-nothing adds, one audit line per change. */
class KnowledgeBaseTest {
    static final List<String> QUESTIONS = List.of("Does OpenAI train on API customer data?",
            "When does the cafeteria open on Saturdays?", "How many guests may staff bring for lunch?",
            "What is the refund policy?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void freshFolderListsTheShippedDocumentAndAuditsTheSeed() throws IOException {
        // GIVEN an empty data folder  WHEN the knowledge base opens
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            // THEN it holds the shipped document, added by the seed
            List<DocumentInfo> docs = kb.list();
            assertThat(docs).extracting(DocumentInfo::id).containsExactly("insights-from-global-conversations");
            assertThat(docs.get(0).passages()).isPositive();
            assertThat(docs.get(0).addedBy()).isEqualTo(KnowledgeBase.SEED_ACTOR);

            // AND the audit log has one line for it, with the shipped file's hash
            List<JsonNode> audit = audit();
            assertThat(audit).hasSize(1);
            assertThat(audit.get(0).get("action").asText()).isEqualTo("add");
            assertThat(audit.get(0).get("actor").asText()).isEqualTo(KnowledgeBase.SEED_ACTOR);
            assertThat(audit.get(0).get("sha256").asText()).isEqualTo(SourceStore.sha256(shipped()));
        }
    }

    @Test
    void reAddingAnUnchangedDocumentKeepsItsPassageIds() throws IOException {
        // GIVEN a knowledge base with the cafeteria rules
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            List<Passage> before = kb.show("cafeteria");

            // WHEN the same file is added again
            kb.add(KbFixtures.document("cafeteria.md"), "test:bob");

            // THEN its passages keep their ids and texts, and it is still one document
            assertThat(kb.show("cafeteria")).extracting(Passage::id).containsExactlyElementsOf(
                    before.stream().map(Passage::id).toList());
            assertThat(kb.show("cafeteria")).extracting(Passage::text).containsExactlyElementsOf(
                    before.stream().map(Passage::text).toList());
            assertThat(kb.list()).extracting(DocumentInfo::id).containsExactly("insights-from-global-conversations",
                    "cafeteria");
        }
    }

    @Test
    void eachBadFileIsRefusedWithOneLineAndChangesNothing() throws IOException {
        // GIVEN a knowledge base with the shipped document and the cafeteria rules, and its observable state
        KnowledgeBase.Settings settings = new KnowledgeBase.Settings(256 * 1024);
        try (KnowledgeBase kb = KbFixtures.open(dir, settings, KbFixtures.EMBEDDER)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            KbState before = KbState.of(kb, QUESTIONS);

            for (Source bad : HostileFiles.all(settings.maxFileBytes())) {
                // WHEN a bad file is offered
                RejectedFileException e = catchThrowableOfType(RejectedFileException.class,
                        () -> kb.add(bad, "test:mallory"));

                // THEN it is refused in one line naming the file and the reason
                assertThat(e).as(bad.fileName()).isNotNull();
                assertThat(e.getMessage()).startsWith(bad.fileName() + ": ").doesNotContain("\n");
                assertThat(e.reason()).isNotBlank();
            }

            // AND the documents, passages, answers, audit log and manifest are exactly as before
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);
        }
    }

    @Test
    void aBatchWithOneBadFileAddsNothing() throws IOException {
        // GIVEN a knowledge base  WHEN a good and a bad file are added together
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            KbState before = KbState.of(kb, QUESTIONS);
            List<Source> batch = List.of(KbFixtures.document("travel.md"), Source.of("empty.md", new byte[0]));

            // THEN the batch is refused for the bad file, and the good one was not added either
            assertThatThrownBy(() -> kb.addAll(batch, "test:alice")).isInstanceOf(RejectedFileException.class)
                    .hasMessage("empty.md: is empty (0 bytes)");
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);
        }
    }

    @Test
    void auditLogHasOneLinePerDocumentChange() throws IOException {
        // GIVEN a seeded knowledge base
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            // WHEN two files are added in one batch, one is removed, and the index is rebuilt
            kb.addAll(List.of(KbFixtures.document("cafeteria.md"), KbFixtures.document("travel.md")), "test:alice");
            kb.remove("travel", "test:bob");
            kb.reindex("test:carol");

            // THEN the log has seed, two adds, a remove and a reindex, each with time, actor, action, doc and hash
            List<JsonNode> audit = audit();
            assertThat(audit).extracting(l -> l.get("action").asText() + " " + l.get("doc").asText() + " by "
                    + l.get("actor").asText()).containsExactly(
                    "add insights-from-global-conversations by policybot:seed",
                    "add cafeteria by test:alice", "add travel by test:alice",
                    "remove travel by test:bob", "reindex * by test:carol");
            assertThat(audit).extracting(l -> l.get("change").asLong()).containsExactly(1L, 2L, 2L, 3L, 4L);
            for (JsonNode line : audit) {
                assertThat(Instant.parse(line.get("time").asText())).isBeforeOrEqualTo(Instant.now());
            }
            String travelSha = SourceStore.sha256(KbFixtures.bytes("travel.md"));
            assertThat(audit.get(2).get("sha256").asText()).isEqualTo(travelSha);
            assertThat(audit.get(3).get("sha256").asText()).isEqualTo(travelSha);
        }
    }

    @Test
    void aFileSystemFailureDuringAnAddIsOneClearLineAndChangesNothing() throws IOException {
        // GIVEN a knowledge base whose sources folder cannot be created (a file stands in its place)
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            KbState before = KbState.of(kb, QUESTIONS);
            Path sources = dir.resolve("sources");
            Path aside = dir.resolve("sources.aside");
            Files.move(sources, aside);
            Files.writeString(sources, "not a folder");

            // WHEN a document is added
            ChangeFailedException e = catchThrowableOfType(ChangeFailedException.class,
                    () -> kb.add(KbFixtures.document("travel.md"), "test:alice"));

            // THEN the error says where, why, and that nothing changed, in one line
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).startsWith("could not change the knowledge base in " + dir + ": ")
                    .endsWith("; nothing was changed").doesNotContain("\n");

            // AND once the folder is back, the state is as before and the add succeeds
            Files.delete(sources);
            Files.move(aside, sources);
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);
            kb.add(KbFixtures.document("travel.md"), "test:alice");
            assertThat(kb.list()).extracting(DocumentInfo::id).contains("travel");
        }
    }

    @Test
    void reopeningKeepsEverything() throws IOException {
        // GIVEN a knowledge base with an added document, closed
        KbState before;
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            before = KbState.of(kb, QUESTIONS);
        }

        // WHEN it is opened again  THEN nothing is re-seeded or lost
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);
        }
    }

    @Test
    void aChangeWhoseAuditLineFailedIsLoggedWithTheNextChange() throws IOException {
        // GIVEN a seeded knowledge base whose audit log cannot be written while one document is added (a folder
        // stands where the file was)
        Path log = dir.resolve("audit.jsonl");
        Path aside = dir.resolve("audit.aside");
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            Files.move(log, aside);
            Files.createDirectory(log);
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            Files.delete(log);
            Files.move(aside, log);

            // WHEN the next change is made with the log writable again
            kb.add(KbFixtures.document("travel.md"), "test:bob");

            // THEN the log holds both changes, each once, in order and under the commit that made it
            assertThat(audit()).extracting(l -> l.get("action").asText() + " " + l.get("doc").asText() + " "
                    + l.get("change").asLong()).containsExactly("add insights-from-global-conversations 1",
                    "add cafeteria 2", "add travel 3");
        }

        // AND opening it again writes nothing twice
        KbFixtures.open(dir).close();
        assertThat(audit()).hasSize(3);
    }

    private List<JsonNode> audit() throws IOException {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("audit.jsonl"))) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    private static byte[] shipped() throws IOException {
        try (InputStream in = KnowledgeBase.class.getClassLoader().getResourceAsStream(
                KnowledgeBase.SHIPPED_DIR + "insights-from-global-conversations.md")) {
            return in.readAllBytes();
        }
    }
}
