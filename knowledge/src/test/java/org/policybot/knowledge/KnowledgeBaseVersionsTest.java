package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.SourceStore;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.PassageChange;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/**
 * Versions of a document: an add over an existing id keeps the old version; history, diff and rollback
 * read and restore them; citations say which version their text dates from.
 */
class KnowledgeBaseVersionsTest extends SeededKnowledgeBaseTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOURS = "When does the cafeteria open on Saturdays?";
    private static final String GUESTS = "How many guests may staff bring for lunch?";
    private static final List<String> QUESTIONS = List.of("Does OpenAI train on API customer data?", HOURS, GUESTS,
            "Can I pay cash in the cafeteria?", "Does every dish list its allergens?");

    @Test
    void addingADocumentWhoseIdExistsKeepsTheOldVersionInItsHistory() throws IOException {
        // GIVEN the cafeteria rules, added by alice
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");

            // WHEN bob adds a new version under the same id
            DocumentInfo updated = kb.add(version("cafeteria-hours.md"), "test:bob");

            // THEN it is version 2, and the history lists both, newest first: version, date, actor, hash, passages
            assertThat(updated.version()).isEqualTo(2);
            List<DocumentVersion> history = kb.history(Scope.SHARED, "cafeteria");
            assertThat(history).extracting(DocumentVersion::version).containsExactly(2, 1);
            assertThat(history).extracting(DocumentVersion::addedBy).containsExactly("test:bob", "test:alice");
            assertThat(history).extracting(DocumentVersion::current).containsExactly(true, false);
            assertThat(history.get(0).sha256()).isEqualTo(SourceStore.sha256(bytes("versions/cafeteria-hours.md")));
            assertThat(history.get(1).sha256()).isEqualTo(SourceStore.sha256(bytes("kb/cafeteria.md")));
            assertThat(history).allSatisfy(v -> assertThat(v.passages()).isPositive());
            assertThat(history.get(0).addedAt()).isAfterOrEqualTo(history.get(1).addedAt());

            // AND both source files are kept; the audit line of the add names the version it made
            assertThat(sourceFiles()).hasSize(3); // the shipped document and two cafeteria versions
            assertThat(audit()).last().satisfies(line -> {
                assertThat(line.get("action").asText()).isEqualTo("add");
                assertThat(line.get("version").asInt()).isEqualTo(2);
            });
        }
    }

    @Test
    void addingTheSameFileAgainMakesNoNewVersion() throws IOException {
        // GIVEN the cafeteria rules
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");

            // WHEN the same file is added again
            DocumentInfo again = kb.add(KbFixtures.document("cafeteria.md"), "test:bob");

            // THEN it is still version 1, as alice added it, with no history
            assertThat(again.version()).isEqualTo(1);
            assertThat(kb.history(Scope.SHARED, "cafeteria")).singleElement()
                    .satisfies(v -> assertThat(v.addedBy()).isEqualTo("test:alice"));
        }
    }

    @Test
    void theDiffShowsPassagesAddedRemovedAndChangedBySection() throws IOException {
        // GIVEN version 1 and a version 2 with new opening hours, the same guests rule, no payment section and
        // a new allergies section
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            kb.add(version("cafeteria-hours.md"), "test:bob");

            // WHEN the versions are compared (by default: the current one against the one before)
            DocumentDiff diff = kb.diff(Scope.SHARED, "cafeteria", null, null);

            // THEN each section's changes are listed, and what did not change is counted
            assertThat(diff.from().version()).isEqualTo(1);
            assertThat(diff.to().version()).isEqualTo(2);
            assertThat(diff.sections()).extracting(DocumentDiff.SectionChanges::section).containsExactly(
                    "Opening hours", "Allergies", "Payment");
            PassageChange hours = diff.sections().get(0).changes().get(0);
            assertThat(hours.kind()).isEqualTo(PassageChange.Kind.CHANGED);
            assertThat(hours.before()).contains("opens at eight");
            assertThat(hours.after()).contains("half past seven");
            assertThat(diff.sections().get(1).changes()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(PassageChange.Kind.ADDED);
                assertThat(c.after()).contains("fourteen major allergens");
            });
            assertThat(diff.sections().get(2).changes()).singleElement().satisfies(c -> {
                assertThat(c.kind()).isEqualTo(PassageChange.Kind.REMOVED);
                assertThat(c.before()).contains("Cash is no longer accepted");
            });
            assertThat(diff.unchanged()).isPositive(); // the guests rule (and the title and metadata passages)

            // AND the reverse comparison names the same changes the other way round
            DocumentDiff back = kb.diff(Scope.SHARED, "cafeteria", 2, 1);
            assertThat(back.count(PassageChange.Kind.ADDED)).isEqualTo(diff.count(PassageChange.Kind.REMOVED));
            assertThat(back.count(PassageChange.Kind.CHANGED)).isEqualTo(diff.count(PassageChange.Kind.CHANGED));
        }
    }

    @Test
    void citationsSayWhichVersionTheirTextDatesFrom() throws IOException {
        // GIVEN version 1, then version 2 which changed the opening hours but left the guests rule as it was
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            DocumentInfo first = kb.list().get(1);
            DocumentInfo second = kb.add(version("cafeteria-hours.md"), "test:bob");
            AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);

            // WHEN members ask about both
            Citation hours = engine.answer(Question.of(HOURS)).citations().get(0);
            Citation guests = engine.answer(Question.of(GUESTS)).citations().get(0);

            // THEN the changed text dates from version 2, the unchanged text still from version 1
            assertThat(hours.quote()).contains("eleven");
            assertThat(hours.origin().version()).isEqualTo(2);
            assertThat(hours.origin().since()).isEqualTo(second.addedAt());
            assertThat(guests.quote()).contains("two guests");
            assertThat(guests.origin().version()).isEqualTo(1);
            assertThat(guests.origin().since()).isEqualTo(first.addedAt());
        }
    }

    @Test
    void aRollbackRestoresTheAnswersExactlyAsTheyWereIncludingCitations() throws IOException {
        // GIVEN version 1 and how it answers
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            List<String> before = answers(kb);
            List<String> passagesBefore = kb.show("cafeteria").stream().map(p -> p.id() + " " + p.text()).toList();

            // AND a version 2 that answers differently
            kb.add(version("cafeteria-hours.md"), "test:bob");
            assertThat(answers(kb)).isNotEqualTo(before);

            // WHEN carol rolls back to version 1
            DocumentInfo restored = kb.rollback(Scope.SHARED, "cafeteria", 1, "test:carol");

            // THEN every answer and citation is as it was (texts, passages, quotes, links, the version each dates from)
            assertThat(answers(kb)).isEqualTo(before);
            assertThat(kb.show("cafeteria").stream().map(p -> p.id() + " " + p.text()).toList())
                    .isEqualTo(passagesBefore);

            // AND the rollback is a new version that says what it restored, audited once, and can itself be undone
            assertThat(restored.version()).isEqualTo(3);
            assertThat(kb.history(Scope.SHARED, "cafeteria")).extracting(DocumentVersion::version,
                    DocumentVersion::restoredFrom, DocumentVersion::addedBy).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, 1, "test:carol"),
                    org.assertj.core.groups.Tuple.tuple(2, null, "test:bob"),
                    org.assertj.core.groups.Tuple.tuple(1, null, "test:alice"));
            assertThat(audit()).last().satisfies(line -> {
                assertThat(line.get("action").asText()).isEqualTo("rollback");
                assertThat(line.get("actor").asText()).isEqualTo("test:carol");
                assertThat(line.get("doc").asText()).isEqualTo("cafeteria");
                assertThat(line.get("version").asInt()).isEqualTo(3);
                assertThat(line.get("sha256").asText()).isEqualTo(SourceStore.sha256(bytes("kb/cafeteria.md")));
            });
            kb.rollback(Scope.SHARED, "cafeteria", 2, "test:carol");
            assertThat(kb.show("cafeteria")).anyMatch(p -> p.text().contains("half past seven"));
        }
    }

    @Test
    void aRollbackToAVersionThatIsNotKeptChangesNothing() throws IOException {
        // GIVEN two versions
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            kb.add(version("cafeteria-hours.md"), "test:bob");
            KbState before = KbState.of(kb, QUESTIONS);

            // WHEN a rollback names a version that does not exist, the current one, or an unknown document
            // THEN each is refused in one line, and nothing changes
            assertThatThrownBy(() -> kb.rollback(Scope.SHARED, "cafeteria", 7, "test:carol"))
                    .isInstanceOf(KnowledgeException.class).hasMessage("no version 7 of cafeteria is kept (kept: 2, 1);"
                            + " nothing was changed");
            assertThatThrownBy(() -> kb.rollback(Scope.SHARED, "cafeteria", 2, "test:carol"))
                    .isInstanceOf(KnowledgeException.class).hasMessageContaining("at version 2 already");
            assertThatThrownBy(() -> kb.rollback(Scope.SHARED, "nothing-here", 1, "test:carol"))
                    .isInstanceOf(UnknownDocumentException.class);
            assertThat(KbState.of(kb, QUESTIONS)).isEqualTo(before);
        }
    }

    @Test
    void onlyTheConfiguredNumberOfOlderVersionsIsKeptAndTheRestAreDeleted() throws IOException {
        // GIVEN a knowledge base that keeps two older versions of each document
        try (KnowledgeBase kb = KbFixtures.open(dir, new KnowledgeBase.Settings(1 << 20, 2), KbFixtures.EMBEDDER)) {
            // WHEN four versions are added
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            kb.add(version("cafeteria-hours.md"), "test:alice");
            kb.add(KbFixtures.document("cafeteria-v2.md", "cafeteria.md"), "test:alice");
            kb.add(Source.of("cafeteria.md", (new String(bytes("kb/cafeteria.md")) + "\n## Water\n\nWater is free.\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)), "test:alice");

            // THEN the current one and the two before it are kept; the first one's source file is deleted
            assertThat(kb.history(Scope.SHARED, "cafeteria")).extracting(DocumentVersion::version).containsExactly(4, 3, 2);
            assertThat(sourceFiles()).hasSize(4) // the shipped document and three cafeteria versions
                    .noneMatch(f -> f.startsWith(SourceStore.sha256(bytes("kb/cafeteria.md"))));
            assertThatThrownBy(() -> kb.diff(Scope.SHARED, "cafeteria", 1, null)).isInstanceOf(KnowledgeException.class)
                    .hasMessage("no version 1 of cafeteria is kept (kept: 4, 3, 2)");
        }
    }

    @Test
    void reindexKeepsTheHistoryAndWhereEachPassageComesFrom() throws IOException {
        // GIVEN two versions, and how they answer
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            kb.add(version("cafeteria-hours.md"), "test:bob");
            List<DocumentVersion> history = kb.history(Scope.SHARED, "cafeteria");
            List<String> before = answers(kb);

            // WHEN the knowledge base is rebuilt from its sources
            kb.reindex("test:carol");

            // THEN the history and the answers, with the version of every citation, are unchanged, and version 1
            // can still be restored
            assertThat(kb.history(Scope.SHARED, "cafeteria")).isEqualTo(history);
            assertThat(answers(kb)).isEqualTo(before);
            kb.rollback(Scope.SHARED, "cafeteria", 1, "test:carol");
            assertThat(kb.show("cafeteria")).anyMatch(p -> p.text().contains("opens at eight"));
        }
    }

    @Test
    void aServersDocumentHasItsOwnHistoryAndTheSharedOneIsNotChangedByItsRollback() throws IOException {
        // GIVEN a shared cafeteria document and a server's own, each updated once
        Scope server = Scope.server("42");
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:operator");
            kb.add(version("cafeteria-hours.md"), "test:operator");
            kb.add(server, KbFixtures.document("cafeteria.md"), "test:mod");
            kb.add(server, KbFixtures.document("cafeteria-v2.md", "cafeteria.md"), "test:mod");

            // WHEN the server's moderator rolls their document back
            kb.rollback(server, "cafeteria", 1, "test:mod");

            // THEN the server's history has three versions, the shared document's still two, unchanged
            assertThat(kb.history(server, "cafeteria")).extracting(DocumentVersion::version).containsExactly(3, 2, 1);
            assertThat(kb.history(Scope.SHARED, "cafeteria")).extracting(DocumentVersion::version).containsExactly(2, 1);
            assertThat(kb.show("cafeteria")).anyMatch(p -> p.text().contains("half past seven"));
            assertThat(Files.readString(dir.resolve(KnowledgeBase.SERVERS_DIR).resolve("42").resolve("audit.jsonl")))
                    .contains("\"action\":\"rollback\"").contains("\"server\":\"42\"");
        }
    }

    private static List<String> answers(KnowledgeBase kb) {
        AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
        List<String> out = new ArrayList<>();
        for (String q : QUESTIONS) {
            Answer a = engine.answer(Question.of(q));
            out.add(KbState.render(a));
        }
        return out;
    }

    private static Source version(String name) {
        return Source.of("cafeteria.md", bytes("versions/" + name));
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = KnowledgeBaseVersionsTest.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> sourceFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("sources"))) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }

    private List<JsonNode> audit() throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("audit.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
