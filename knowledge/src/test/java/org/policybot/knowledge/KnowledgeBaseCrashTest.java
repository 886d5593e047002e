package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Scope;

/**
 * A real child process is killed with SIGKILL at a chosen point of {@code kb add}, {@code kb reindex} or {@code kb rollback}
 * (it pauses there through the crash-test hook of PassageIndex): the knowledge base opens afterwards,
 * with every earlier document answering exactly as before, or with the whole change when it was committed.
 */
class KnowledgeBaseCrashTest {
    private static final List<String> QUESTIONS = List.of("Does OpenAI train on API customer data?",
            "When does the cafeteria open on Saturdays?", "How many guests may staff bring for lunch?",
            "How are hotel costs reimbursed?");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;
    private Path data;
    private KbState before;

    @BeforeEach
    void knowledgeBaseWithTwoDocuments() throws IOException {
        data = work.resolve("data");
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            before = KbState.of(kb, QUESTIONS);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"apply", "before-commit", "inside-commit"})
    void killedDuringAnAddLeavesEveryEarlierDocumentAnsweringAsBefore(String stage) throws Exception {
        // GIVEN a child process replacing the cafeteria rules and adding the travel policy, paused at the stage
        ChildJvm child = startChild(stage, "add", file("cafeteria-v2.md", "cafeteria.md"), file("travel.md", "travel.md"));

        // WHEN it is killed there
        child.kill();

        // THEN the knowledge base opens as it was: same documents, passages, answers, audit log and manifest
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);

            // AND it takes changes again (the dead process's lock is gone)
            kb.add(KbFixtures.document("travel.md"), "test:bob");
            assertThat(kb.list()).extracting(DocumentInfo::id).contains("travel");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-commit", "inside-commit"})
    void killedDuringAReindexLeavesEveryDocumentAnsweringAsBefore(String stage) throws Exception {
        // GIVEN a child process rebuilding the index (all passages deleted and re-added, uncommitted)
        ChildJvm child = startChild(stage, "reindex");

        // WHEN it is killed there  THEN the knowledge base opens exactly as before
        child.kill();
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);
            assertThat(kb.reindex("test:bob")).isEqualTo(before.passages().values().stream().mapToInt(List::size).sum());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"before-commit", "inside-commit"})
    void killedDuringARollbackLeavesTheVersionThatWasCurrentAnsweringAsBefore(String stage) throws Exception {
        // GIVEN a second version of the cafeteria rules, and how the knowledge base answers with it
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            kb.add(KbFixtures.document("cafeteria-v2.md", "cafeteria.md"), "test:bob");
        }
        KbState updated;
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            updated = KbState.of(kb, QUESTIONS);
        }
        assertThat(updated.answers()).isNotEqualTo(before.answers());

        // WHEN a child process rolling back to version 1 (passages replaced, merged, uncommitted) is killed
        ChildJvm child = startChild(stage, "rollback", "cafeteria", "1");
        child.kill();

        // THEN the knowledge base opens with version 2 answering exactly as before, and the rollback can be redone
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(updated);
            assertThat(kb.history(Scope.SHARED, "cafeteria")).extracting(DocumentVersion::version).containsExactly(2, 1);
            kb.rollback(Scope.SHARED, "cafeteria", 1, "test:carol");
            assertThat(KbState.of(kb, QUESTIONS).answers()).isEqualTo(before.answers());
        }
    }

    @Test
    void killedRightAfterTheCommitKeepsTheWholeChangeAndWritesItsAuditLinesOnce() throws Exception {
        // GIVEN a child adding two documents, killed after its commit but before its audit lines and manifest.json
        ChildJvm child = startChild("after-commit", "add", file("cafeteria-v2.md", "cafeteria.md"),
                file("travel.md", "travel.md"));
        child.kill();
        assertThat(Files.readString(data.resolve("audit.jsonl"))).isEqualTo(before.audit());

        // WHEN the knowledge base opens again
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            // THEN the change is there whole: the new cafeteria rules and the travel policy
            assertThat(kb.list()).extracting(DocumentInfo::id).containsExactly("insights-from-global-conversations",
                    "cafeteria", "travel");
            assertThat(kb.show("cafeteria")).extracting(Passage::text).anyMatch(t -> t.contains("opens at seven"));

            // AND its two audit lines were written once, and manifest.json caught up
            List<String> lines = Files.readAllLines(data.resolve("audit.jsonl"));
            assertThat(lines).hasSize(before.audit().split("\n").length + 2);
            assertThat(lines.subList(lines.size() - 2, lines.size())).allSatisfy(l ->
                    assertThat(JSON.readTree(l).get("actor").asText()).isEqualTo("test:child"));
            assertThat(Files.readString(data.resolve("manifest.json"))).contains("\"travel\"");
        }
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            assertThat(kb.list()).hasSize(3);
            assertThat(Files.readAllLines(data.resolve("audit.jsonl"))).hasSize(before.audit().split("\n").length + 2);
        }
    }

    private ChildJvm startChild(String stage, String... args) throws Exception {
        Path marker = work.resolve("paused-" + stage);
        String[] all = new String[args.length + 1];
        all[0] = data.toString();
        System.arraycopy(args, 0, all, 1, args.length);
        ChildJvm child = ChildJvm.start(work, List.of(), Map.of("policybot.crashtest.pause", stage,
                "policybot.crashtest.marker", marker.toString()), KnowledgeBaseChild.class, all);
        child.awaitMarker(marker);
        return child;
    }

    private String file(String resource, String asName) throws IOException {
        Path dir = Files.createDirectories(work.resolve("incoming-" + resource));
        Path f = dir.resolve(asName);
        Files.write(f, KbFixtures.bytes(resource));
        return f.toString();
    }
}
