package org.policybot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Span;
import org.policybot.knowledge.text.Terms;

/** What every backend's snapshot must answer, on the embedded index: searches, passages and term statistics. */
class LuceneSnapshotTest {
    private static final int DIMENSIONS = 4;
    private static final float[] NORTH = {1, 0, 0, 0};
    private static final float[] EAST = {0, 1, 0, 0};

    @TempDir
    Path dir;
    private final LuceneBackend backend = new LuceneBackend();
    private PassageStore shared;
    private PassageStore server;

    @BeforeEach
    void open() throws IOException {
        shared = backend.open(Scope.SHARED, dir.resolve("shared"), DIMENSIONS);
        server = backend.open(Scope.server("42"), dir.resolve("server"), DIMENSIONS);
        // GIVEN a shared document of three passages: refunds in the text, in a section name, and neither
        add(shared, "rules", List.of(
                passage("rules", 0, "Returns", "Refunds are paid within fourteen days.", NORTH),
                passage("rules", 1, "Refunds", "Ask the desk first.", EAST),
                passage("rules", 2, "Opening hours", "The shop opens at nine.", EAST)));
    }

    @AfterEach
    void close() throws IOException {
        shared.close();
        server.close();
    }

    @Test
    void lexicalRanksTheTextMatchAboveTheSectionMatchAndLeavesTheRestOut() {
        // WHEN the stem of "refunds" is searched
        try (Snapshot s = shared.acquire()) {
            List<Hit> hits = s.lexical(List.of(new LexicalTerm(Terms.of("refunds").get(0), 1f)), 10);

            // THEN the passage saying it in its text comes first, the one naming it in its section second
            assertThat(hits).extracting(h -> s.load(h).passage().position()).containsExactly(0, 1);
            assertThat(hits.get(0).score()).isGreaterThan(hits.get(1).score());
        }
    }

    @Test
    void nearestGivesCosinesAndTheSameHandlesAsLexical() {
        try (Snapshot s = shared.acquire()) {
            // WHEN the vector of the first passage is searched
            List<Hit> near = s.nearest(NORTH, 3);

            // THEN it comes first with cosine 1, the others at cosine 0
            assertThat(s.load(near.get(0)).passage().position()).isZero();
            assertThat(near.get(0).score()).isCloseTo(1f, within(1e-5f));
            assertThat(near.get(1).score()).isCloseTo(0f, within(1e-5f));
            // AND the passage has the same handle in both searches (fusion joins them by it)
            Hit lexical = s.lexical(List.of(new LexicalTerm(Terms.of("refunds").get(0), 1f)), 10).get(0);
            assertThat(lexical.handle()).isEqualTo(near.get(0).handle());
        }
    }

    @Test
    void passagesComeInOrderAndOneCanBeReadByPosition() {
        try (Snapshot s = shared.acquire()) {
            // THEN a document's passages come in order, and one is found by its position
            assertThat(s.passages("rules")).extracting(Passage::position).containsExactly(0, 1, 2);
            assertThat(s.passages("unknown")).isEmpty();
            Optional<IndexedPassage> second = s.passageAt("rules", 1);
            assertThat(second).isPresent();
            assertThat(second.get().passage().text()).isEqualTo("Ask the desk first.");
            assertThat(s.passageAt("rules", 7)).isEmpty();
        }
    }

    @Test
    void termStatisticsCountPassagesAndSuggestLikeTheSpellChecker() {
        try (Snapshot s = shared.acquire()) {
            TermStatistics t = s.terms();
            // THEN counts cover text, section and title; words are the unstemmed ones
            assertThat(t.passages()).isEqualTo(3);
            assertThat(t.docFreq(Terms.of("refunds").get(0))).isEqualTo(2);
            assertThat(t.hasWord("fourteen")).isTrue();
            assertThat(t.hasWord("fortnight")).isFalse();
            // AND a typo within one edit is corrected, a known word or a far one is not
            assertThat(t.closestWord("fourten", 1, 0.6f)).isEqualTo("fourteen");
            assertThat(t.closestWord("fourteen", 1, 0.6f)).isNull();
            assertThat(t.closestWord("fxxrteen", 1, 0.6f)).isNull();
            // AND the same generation gives the same cache key
            assertThat(t.generation()).isEqualTo(s.terms().generation());
        }
    }

    @Test
    void aSnapshotBeforeTheFirstCommitReadsNothing() {
        // GIVEN a server store with no commit  WHEN it is read
        try (Snapshot s = server.acquire()) {
            // THEN nothing is found and nothing counts
            assertThat(s.isEmpty()).isTrue();
            assertThat(s.lexical(List.of(new LexicalTerm("refund", 1f)), 10)).isEmpty();
            assertThat(s.nearest(NORTH, 10)).isEmpty();
            assertThat(s.terms().passages()).isZero();
            assertThat(s.terms().hasWord("refunds")).isFalse();
        }
    }

    @Test
    void aUnionReadsBothScopesAsOneCollection() throws IOException {
        // GIVEN a server's own document that also speaks of refunds
        add(server, "42:extra", List.of(passage("42:extra", 0, "Extra", "Refunds for members are doubled.", NORTH)));

        // WHEN the shared and the server's snapshots are read as one
        try (Snapshot union = backend.union(shared.acquire(), server.acquire())) {
            // THEN statistics, searches and the manifest cover both
            assertThat(union.terms().passages()).isEqualTo(4);
            assertThat(union.terms().docFreq(Terms.of("refunds").get(0))).isEqualTo(3);
            assertThat(union.lexical(List.of(new LexicalTerm(Terms.of("refunds").get(0), 1f)), 10)).hasSize(3);
            assertThat(union.manifest().entries()).extracting(ManifestEntry::id).containsExactly("rules", "42:extra");
        }
        // AND the shared snapshot alone still sees only its own
        try (Snapshot s = shared.acquire()) {
            assertThat(s.terms().passages()).isEqualTo(3);
        }
    }

    @Test
    void aUnionOfAnotherBackendsSnapshotIsABug() {
        // GIVEN a snapshot that is not the embedded index's
        Snapshot foreign = new NoPassages();

        // THEN the union refuses it, having closed both
        assertThatThrownBy(() -> backend.union(shared.acquire(), foreign)).isInstanceOf(IllegalArgumentException.class);
        assertThat(((NoPassages) foreign).closed).isTrue();
    }

    private static PreparedPassage passage(String doc, int position, String section, String text, float[] vector) {
        Passage p = new Passage(doc + "#" + (position + 1), doc, "Shop rules", List.of(section), "", position, text,
                List.of(new Span(0, text.length())));
        return new PreparedPassage(p, List.of(vector));
    }

    private static void add(PassageStore store, String doc, List<PreparedPassage> passages) throws IOException {
        store.change(new PassageStore.Change() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                writes.replace(doc, passages);
                return latest.with(new ManifestEntry(doc, "Shop rules", "", "", doc + ".md", doc + ".md", "0".repeat(64),
                        "2024-01-01T00:00:00Z", "test", passages.size(), null, null));
            }
        });
    }

    /** Another backend's snapshot, reading nothing. */
    private static final class NoPassages implements Snapshot {
        boolean closed;

        @Override
        public Manifest manifest() {
            return Manifest.EMPTY;
        }

        @Override
        public WordVectors words() {
            return WordVectors.NONE;
        }

        @Override
        public boolean isEmpty() {
            return true;
        }

        @Override
        public List<Hit> lexical(List<LexicalTerm> terms, int depth) {
            return List.of();
        }

        @Override
        public List<Hit> nearest(float[] vector, int depth) {
            return List.of();
        }

        @Override
        public IndexedPassage load(Hit hit) {
            throw new IllegalArgumentException("no passages");
        }

        @Override
        public Optional<IndexedPassage> passageAt(String docId, int position) {
            return Optional.empty();
        }

        @Override
        public List<Passage> passages(String docId) {
            return new ArrayList<>();
        }

        @Override
        public TermStatistics terms() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
