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
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/**
 * Each server reads the shared documents and its own, and changes only its own: what one server's
 * moderators add never reaches another server's answers, not even through word statistics.
 */
class KnowledgeBaseScopeTest extends SeededKnowledgeBaseTest {
    private static final Scope ZEPHYR = Scope.server("300000000000000001");
    private static final Scope HARBOUR = Scope.server("300000000000000002");
    private static final String SHIPPED = "insights-from-global-conversations";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aServersDocumentAnswersInThatServerOnly() throws IOException {
        // GIVEN the Zephyr server's moderators added their club rules
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(ZEPHYR, rules("zephyr"), "discord:1:zed");
            AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
            String question = "How much are the membership dues?";

            // WHEN the same question is asked in Zephyr, in another server and in a DM
            Answer inZephyr = engine.answer(new Question(question, List.of(), ZEPHYR));
            Answer inHarbour = engine.answer(new Question(question, List.of(), HARBOUR));
            Answer inDm = engine.answer(Question.of(question));

            // THEN only Zephyr is answered, from its rules; elsewhere the rules are not even named
            assertThat(inZephyr.abstained()).isFalse();
            assertThat(inZephyr.answer()).contains("twelve euros");
            assertThat(inZephyr.citations()).extracting(Citation::title).containsOnly("Zephyr Quokka Club Rules");
            assertThat(inZephyr.citations()).extracting(Citation::doc).containsOnly(ZEPHYR.indexId("rules"));
            for (Answer other : List.of(inHarbour, inDm)) {
                assertThat(other.abstained()).isTrue();
                assertThat(other.answer()).doesNotContain("Zephyr").doesNotContain("Quokka");
            }
        }
    }

    @Test
    void twoServersMayBothHoldRulesAndEachReadsItsOwn() throws IOException {
        // GIVEN two servers that each added a file called rules.md
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            DocumentInfo zephyr = kb.add(ZEPHYR, rules("zephyr"), "discord:1:zed");
            DocumentInfo harbour = kb.add(HARBOUR, rules("harbour"), "discord:2:harry");
            AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);

            // THEN both are document "rules" in their server, with index ids that never meet
            assertThat(zephyr.id()).isEqualTo("rules");
            assertThat(harbour.id()).isEqualTo("rules");
            assertThat(zephyr.indexId()).isNotEqualTo(harbour.indexId()).isNotEqualTo("rules");
            assertThat(kb.list(ZEPHYR)).extracting(DocumentInfo::id, DocumentInfo::scope)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(SHIPPED, Scope.SHARED),
                            org.assertj.core.groups.Tuple.tuple("rules", ZEPHYR));
            assertThat(kb.list()).extracting(DocumentInfo::id).containsExactly(SHIPPED);
            assertThat(kb.show(ZEPHYR, "rules")).allSatisfy(p -> assertThat(p.id()).startsWith(ZEPHYR.indexId("rules#")));

            // AND each server's snapshot lists the shared documents and its own, no others
            try (Snapshot s = kb.snapshot(HARBOUR)) {
                assertThat(s.manifest().entries()).extracting(ManifestEntry::id)
                        .containsExactly(SHIPPED, HARBOUR.indexId("rules"));
            }

            // WHEN each asks about its fee THEN each is answered from its own rules
            Answer h = engine.answer(new Question("How much is the annual fee?", List.of(), HARBOUR));
            assertThat(h.abstained()).isFalse();
            assertThat(h.answer()).contains("forty pounds");
            assertThat(h.citations()).extracting(Citation::title).containsOnly("Harbour Rowing Society Rules");
            Answer z = engine.answer(new Question("How much are the monthly dues?", List.of(), ZEPHYR));
            assertThat(z.citations()).extracting(Citation::title).containsOnly("Zephyr Quokka Club Rules");
        }
    }

    @Test
    void anotherServersWordsAndStatisticsAreInvisible() throws IOException {
        // GIVEN Zephyr's rules, which hold words no other document has
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            int sharedPassages;
            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                sharedPassages = s.terms().passages();
            }
            DocumentInfo zephyr = kb.add(ZEPHYR, rules("zephyr"), "discord:1:zed");

            // WHEN another server reads THEN those words are unknown to it and its passage count is the shared one
            try (Snapshot s = kb.snapshot(HARBOUR)) {
                assertThat(s.terms().hasWord("quokka")).isFalse();
                assertThat(s.terms().passages()).isEqualTo(sharedPassages);
            }
            // AND Zephyr itself reads them, over both its passages and the shared ones
            try (Snapshot s = kb.snapshot(ZEPHYR)) {
                assertThat(s.terms().hasWord("quokka")).isTrue();
                assertThat(s.terms().passages()).isEqualTo(sharedPassages + zephyr.passages());
            }
        }
    }

    @Test
    void aServerCannotTouchSharedDocumentsAndRemovingAllRemovesOnlyItsOwn() throws IOException {
        // GIVEN shared documents and Zephyr's rules
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "cli:operator");
            kb.add(ZEPHYR, rules("zephyr"), "discord:1:zed");
            kb.add(HARBOUR, rules("harbour"), "discord:2:harry");
            List<DocumentInfo> shared = kb.list();

            // WHEN Zephyr's scope is used to remove or reindex a shared document
            assertThatThrownBy(() -> kb.remove(ZEPHYR, "cafeteria", "discord:1:zed"))
                    .isInstanceOf(UnknownDocumentException.class);
            kb.reindex(ZEPHYR, "discord:1:zed");

            // THEN the shared documents are as they were
            assertThat(kb.list()).isEqualTo(shared);

            // WHEN the operator removes all of Zephyr's documents
            List<DocumentInfo> removed = kb.removeAll(ZEPHYR, "cli:operator");

            // THEN only Zephyr's rules went; Harbour and the shared documents stay; the folder stays listed
            assertThat(removed).extracting(DocumentInfo::id, DocumentInfo::scope)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("rules", ZEPHYR));
            assertThat(kb.list(ZEPHYR)).isEqualTo(shared);
            assertThat(kb.list(HARBOUR)).extracting(DocumentInfo::scope).contains(HARBOUR);
            assertThat(kb.servers()).containsExactly(ZEPHYR.serverId(), HARBOUR.serverId());

            // AND every audit line says whose documents changed
            List<JsonNode> zephyrAudit = audit(dir.resolve("servers").resolve(ZEPHYR.serverId()));
            assertThat(zephyrAudit).extracting(a -> a.get("action").asText()).containsExactly("add", "reindex", "remove-all");
            assertThat(zephyrAudit).allSatisfy(a -> assertThat(a.get("server").asText()).isEqualTo(ZEPHYR.serverId()));
            assertThat(audit(dir)).allSatisfy(a -> assertThat(a.get("server").isNull()).isTrue());
            assertThat(audit(dir)).extracting(a -> a.get("doc").asText()).containsExactly(SHIPPED, "cafeteria");
        }
    }

    @Test
    void documentsAServerGetsFromAnotherProcessAreReadAtOnce() throws IOException {
        // GIVEN a running bot's knowledge base, opened before the server had any documents
        try (KnowledgeBase bot = KbFixtures.open(dir)) {
            try (Snapshot before = bot.snapshot(ZEPHYR)) {
                assertThat(before.manifest().entries()).extracting(ManifestEntry::id).containsExactly(SHIPPED);
            }

            // WHEN the operator adds a document for that server from the command line (another process)
            try (KnowledgeBase cli = KbFixtures.open(dir)) {
                cli.add(ZEPHYR, rules("zephyr"), "cli:operator");
            }

            // THEN the bot reads it in that server without a restart
            try (Snapshot after = bot.snapshot(ZEPHYR)) {
                assertThat(after.manifest().entries()).extracting(ManifestEntry::id)
                        .containsExactly(SHIPPED, ZEPHYR.indexId("rules"));
            }
        }
    }

    private static Source rules(String server) {
        try (InputStream in = KnowledgeBaseScopeTest.class.getResourceAsStream("/scope/" + server + "/rules.md")) {
            return Source.of("rules.md", in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> audit(Path folder) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(folder.resolve("audit.jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
