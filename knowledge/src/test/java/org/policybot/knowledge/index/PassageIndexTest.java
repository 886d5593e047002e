package org.policybot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Span;

/** Every change is one commit carrying its manifest and record; failures leave the last commit current. */
class PassageIndexTest {
    private static final int DIMENSIONS = 4;

    @TempDir
    Path dir;
    private PassageIndex index;

    @BeforeEach
    void open() throws IOException {
        index = PassageIndex.open(dir.resolve("index"), DIMENSIONS);
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void aChangeCommitsItsManifestRecordAndSequence() throws IOException {
        // GIVEN an empty index  WHEN two documents are added in two changes
        index.change(add("a", 2, "record a"));
        index.change(add("b", 3, "record b"));

        // THEN the latest commit carries the manifest of both, the second record and sequence 2
        PassageStore.Committed latest = index.latest();
        assertThat(latest.sequence()).isEqualTo(2);
        assertThat(latest.record()).isEqualTo("record b");
        assertThat(latest.manifest().entries()).extracting(ManifestEntry::id).containsExactly("a", "b");
        try (Snapshot s = index.acquire()) {
            assertThat(((LuceneSnapshot) s).searcher().getIndexReader().numDocs()).isEqualTo(5);
            assertThat(s.manifest()).isEqualTo(latest.manifest());
        }
    }

    @Test
    void aFailingChangeIsRolledBack() throws IOException {
        // GIVEN an index holding document a
        index.change(add("a", 2, ""));

        // WHEN a change adds passages and then fails
        PassageStore.Change failing = new PassageStore.Change() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                writes.replace("b", documents("b", 3));
                writes.delete("a");
                throw new IllegalStateException("boom");
            }
        };
        assertThatThrownBy(() -> index.change(failing)).hasMessage("boom");

        // THEN the index is as before: document a only, sequence 1
        assertThat(index.latest().sequence()).isEqualTo(1);
        try (Snapshot s = index.acquire()) {
            assertThat(((LuceneSnapshot) s).searcher().getIndexReader().numDocs()).isEqualTo(2);
            assertThat(s.manifest().entries()).extracting(ManifestEntry::id).containsExactly("a");
        }
    }

    @Test
    void anIoFailureBecomesAClearChangeFailure() throws IOException {
        // GIVEN an index  WHEN a change fails with an I/O error
        index.change(add("a", 1, ""));
        PassageStore.Change failing = new PassageStore.Change() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                writes.replace("b", documents("b", 1));
                throw new IOException("No space left on device");
            }
        };

        // THEN it is a ChangeFailedException saying the disk is full and nothing changed
        assertThatThrownBy(() -> index.change(failing)).isInstanceOf(ChangeFailedException.class)
                .hasMessage("could not change the knowledge base in " + dir + ": the disk is full; nothing was changed");
        assertThat(index.latest().manifest().entries()).extracting(ManifestEntry::id).containsExactly("a");
    }

    @Test
    void aFailedChangeLeavesNoFilesBehind() throws IOException {
        // GIVEN an index and the files it is made of
        index.change(add("a", 2, ""));
        Set<String> before = files();
        boolean[] cleaned = new boolean[1];

        // WHEN a change flushes new segments to disk and then fails
        PassageStore.Change failing = new PassageStore.Change() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                writes.replace("b", documents("b", 50));
                ((PassageIndex.WriterWrites) writes).writer().flush();
                throw new IOException("No space left on device");
            }

            @Override
            public void afterRollback(Manifest committed) {
                cleaned[0] = committed.find("a").isPresent();
            }
        };
        assertThatThrownBy(() -> index.change(failing)).isInstanceOf(ChangeFailedException.class);

        // THEN the flushed files are gone, and the change could drop what it wrote, knowing the committed manifest
        assertThat(files()).isEqualTo(before);
        assertThat(cleaned[0]).isTrue();
    }

    @Test
    void aSnapshotKeepsItsGenerationWhileChangesLand() throws IOException {
        // GIVEN a snapshot taken when the index held document a
        index.change(add("a", 2, ""));
        try (Snapshot before = index.acquire()) {
            // WHEN a is removed and b added
            index.change(new PassageStore.Change() {
                @Override
                public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                    writes.delete("a");
                    writes.replace("b", documents("b", 1));
                    return latest.without("a").with(entry("b", 1));
                }
            });

            // THEN the old snapshot still reads a, and a new one reads b
            assertThat(before.manifest().entries()).extracting(ManifestEntry::id).containsExactly("a");
            assertThat(before.passages("a")).hasSize(2);
            try (Snapshot after = index.acquire()) {
                assertThat(after.manifest().entries()).extracting(ManifestEntry::id).containsExactly("b");
                assertThat(((LuceneSnapshot) after).searcher().getIndexReader().numDocs()).isEqualTo(1);
            }
        }
    }

    @Test
    void aFailureAfterTheCommitDoesNotUndoOrFailTheChange() throws IOException {
        // GIVEN a change whose follow-up work fails  WHEN it runs
        PassageStore.Change change = new PassageStore.Change() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                writes.replace("a", documents("a", 1));
                return latest.with(entry("a", 1));
            }

            @Override
            public void afterCommit(PassageStore.Committed committed) throws IOException {
                throw new IOException("mirror not writable");
            }
        };
        Manifest committed = index.change(change);

        // THEN the change is committed and reported as done
        assertThat(committed.entries()).extracting(ManifestEntry::id).containsExactly("a");
        assertThat(index.latest().sequence()).isEqualTo(1);
    }

    @Test
    void manySmallChangesAreMergedIntoFewSegments() throws IOException {
        // GIVEN twenty changes of one document each  WHEN they are committed
        for (int i = 0; i < 20; i++) {
            index.change(add("doc-" + i, 5, ""));
        }

        // THEN the merges ran and were committed: far fewer than twenty segments answer a search
        try (Snapshot s = index.acquire()) {
            assertThat(((LuceneSnapshot) s).searcher().getIndexReader().numDocs()).isEqualTo(100);
            assertThat(((LuceneSnapshot) s).searcher().getIndexReader().leaves().size()).isLessThanOrEqualTo(5);
        }
    }

    private Set<String> files() throws IOException {
        try (Stream<Path> files = Files.list(dir.resolve("index"))) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toSet());
        }
    }

    private PassageStore.Change add(String docId, int passages, String record) {
        return new PassageStore.Change() {
            @Override
            public Manifest apply(Manifest latest, PassageStore.Writes writes) throws IOException {
                writes.replace(docId, documents(docId, passages));
                return latest.with(entry(docId, passages));
            }

            @Override
            public String record(PassageStore.Committed previous) {
                return record;
            }
        };
    }

    private static List<PreparedPassage> documents(String docId, int count) {
        List<PreparedPassage> docs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String text = "Passage " + i + " of " + docId + ".";
            Passage p = new Passage(docId + "#" + (i + 1), docId, "Title " + docId, List.of("Section"), "", i, text,
                    List.of(new Span(0, text.length())));
            docs.add(new PreparedPassage(p, List.of(new float[] {1, 0, 0, 0})));
        }
        return docs;
    }

    private static ManifestEntry entry(String docId, int passages) {
        return new ManifestEntry(docId, "Title " + docId, "", "", docId + ".md", docId + ".md", "0".repeat(64),
                "2024-01-01T00:00:00Z", "test", passages, null, null);
    }
}
