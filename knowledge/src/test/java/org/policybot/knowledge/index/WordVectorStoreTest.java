package org.policybot.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KbFixtures;

class WordVectorStoreTest {
    @TempDir
    Path dir;

    @Test
    void storedVectorsComeBackBitForBitAndEachWordIsStoredOnce() throws IOException {
        // GIVEN the real model's vectors of three words
        Embedder embedder = KbFixtures.EMBEDDER;
        List<String> words = List.of("refund", "customers", "trip");
        List<float[]> vectors = embedder.embedAll(words);
        Path path = dir.resolve("words");
        try (WordVectorStore store = WordVectorStore.open(path, embedder.dimensions())) {
            // WHEN they are added, and two of them again with a fourth
            store.add(Map.of("refund", vectors.get(0), "customers", vectors.get(1), "trip", vectors.get(2)));
            store.add(Map.of("refund", vectors.get(0), "trip", vectors.get(2), "tour", embedder.embed("tour")));

            // THEN each comes back exactly; a word never added does not
            Map<String, float[]> found = store.find(List.of("trip", "refund", "customers", "tour", "absent"));
            assertThat(found).containsOnlyKeys("trip", "refund", "customers", "tour");
            for (int i = 0; i < words.size(); i++) {
                assertThat(found.get(words.get(i))).containsExactly(vectors.get(i));
            }
        }
        // AND the folder holds each word once, readable by another process's store
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(path))) {
            assertThat(reader.numDocs()).isEqualTo(4);
        }
        try (WordVectorStore again = WordVectorStore.open(path, embedder.dimensions())) {
            assertThat(again.find(List.of("tour"))).containsOnlyKeys("tour");
        }
    }

    @Test
    void aStoreNeverWrittenFindsNothingAndMakesNoFolder() throws IOException {
        Path path = dir.resolve("words");
        try (WordVectorStore store = WordVectorStore.open(path, 384)) {
            assertThat(store.find(List.of("refund"))).isEmpty();
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void aVectorOfTheWrongSizeIsABug() throws IOException {
        try (WordVectorStore store = WordVectorStore.open(dir.resolve("words"), 384)) {
            assertThatThrownBy(() -> store.add(Map.of("refund", new float[3])))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions");
            assertThat(store.find(List.of("refund"))).isEmpty();
        }
    }

    @Test
    void aDamagedStoreFindsNothingInsteadOfFailing() throws IOException {
        // GIVEN a store whose files were damaged on disk after it was written
        Path path = dir.resolve("words");
        try (WordVectorStore store = WordVectorStore.open(path, 3)) {
            store.add(Map.of("refund", new float[] {1, 0, 0}));
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(path)) {
            for (Path f : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                java.nio.file.Files.write(f, new byte[] {1, 2, 3});
            }
        }

        // WHEN a new store reads it
        try (WordVectorStore store = WordVectorStore.open(path, 3)) {
            // THEN it is a cache that misses: nothing is found and nothing is thrown (the words are embedded again)
            assertThat(store.find(List.of("refund"))).isEmpty();
        }
    }
}
