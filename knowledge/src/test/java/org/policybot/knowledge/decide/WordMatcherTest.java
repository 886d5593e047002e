package org.policybot.knowledge.decide;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KbFixtures;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.retrieve.IndexVocabulary;

class WordMatcherTest {
    /** The real model, counting the texts it is asked to embed. */
    private static final class Counting implements Embedder {
        final AtomicInteger texts = new AtomicInteger();

        @Override
        public int dimensions() {
            return KbFixtures.EMBEDDER.dimensions();
        }

        @Override
        public float[] embed(String text) {
            texts.incrementAndGet();
            return KbFixtures.EMBEDDER.embed(text);
        }

        @Override
        public List<float[]> embedAll(List<String> list) {
            texts.addAndGet(list.size());
            return KbFixtures.EMBEDDER.embedAll(list);
        }
    }

    @Test
    void manyCosinesAtOnceAreTheOneByOneCosinesBitForBit() {
        // GIVEN a word vector and 1 to 9 other vectors (whole passes of four, and what is left)
        Random random = new Random(4);
        for (int n = 1; n <= 9; n++) {
            float[] w = vector(random);
            float[][] vs = new float[n][];
            for (int i = 0; i < n; i++) {
                vs[i] = vector(random);
            }
            // WHEN compared at once  THEN each cosine is exactly Embedder.cosine's
            float[] out = new float[n];
            WordMatcher.cosines(w, vs, out);
            for (int i = 0; i < n; i++) {
                assertThat(out[i]).isEqualTo(Embedder.cosine(w, vs[i]));
            }
        }
    }

    @Test
    void sameMeaningWordsAreCreditedAndStoredWordsAreNotEmbeddedAgain() {
        // GIVEN a store holding the candidates' vectors
        Counting counting = new Counting();
        List<String> candidates = List.of("trip", "pricing", "government");
        List<float[]> stored = KbFixtures.EMBEDDER.embedAll(candidates);
        Map<String, float[]> store = Map.of("trip", stored.get(0), "pricing", stored.get(1), "government", stored.get(2));
        WordMatcher matcher = new WordMatcher(new WordEmbeddings(counting));

        // WHEN "tour" and "refund" are compared with them
        WordMatcher.Table table = matcher.table(List.of("tour", "refund"), candidates, words -> {
            Map<String, float[]> found = new java.util.HashMap<>();
            words.forEach(w -> {
                if (store.containsKey(w)) {
                    found.put(w, store.get(w));
                }
            });
            return found;
        });

        // THEN only the two question words were embedded
        assertThat(counting.texts.get()).isEqualTo(2);
        // AND "tour" stands in for "trip", "refund" for none of them; no candidates give nothing
        int[] all = table.columns(candidates);
        float tourTrip = Embedder.cosine(KbFixtures.EMBEDDER.embed("tour"), stored.get(0));
        assertThat(table.similarity("tour", all)).isEqualTo(tourTrip);
        assertThat(table.credit("tour", all)).isPositive();
        assertThat(table.credit("refund", all)).isZero();
        assertThat(table.similarity("tour", new int[0])).isZero();
        assertThat(table.similarity("tour", table.columns(List.of("pricing")))).isLessThan(tourTrip);
    }

    @Test
    void aWordAlsoCountsByTheFormTheAskerWrote() {
        // GIVEN "kids", read as the documents' "kid", against a sentence saying "children"
        List<String> candidates = List.of("children", "adult");
        WordMatcher matcher = new WordMatcher(new WordEmbeddings(KbFixtures.EMBEDDER));

        // WHEN compared alone and with the form asked
        WordMatcher.Table alone = matcher.table(List.of("kid"), candidates, words -> Map.of());
        WordMatcher.Table asked = matcher.table(List.of("kid"), Map.of("kid", "kids"), candidates, words -> Map.of());

        // THEN the asker's "kids" stands in for "children" where the documents' "kid" does not
        int[] children = alone.columns(List.of("children"));
        assertThat(alone.credit("kid", children)).isLessThan(Evidence.SYNONYM_MIN);
        assertThat(asked.credit("kid", children)).isGreaterThanOrEqualTo(Evidence.SYNONYM_MIN);
        assertThat(asked.similarity("kid", children)).isEqualTo(
                Embedder.cosine(KbFixtures.EMBEDDER.embed("kids"), KbFixtures.EMBEDDER.embed("children")));
    }

    @Test
    void aWordReadByItsMeaningIsNotEmbeddedAgainToBeMatched(@TempDir Path dir) throws IOException {
        // GIVEN rules about children, and one store of word vectors for the reading and the matching
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(new Source("rules.md", "# Club rules\n\nChildren under twelve come with an adult.\n".getBytes(UTF_8),
                    null, null, null), "test");
            Counting counting = new Counting();
            WordEmbeddings words = new WordEmbeddings(counting);
            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                // WHEN "kids", a word the documents never use, is read by its meaning, then matched with their words
                assertThat(IndexVocabulary.of(s, words).sameMeaning("kids")).isEqualTo("children");
                WordMatcher.Table table = new WordMatcher(words).table(List.of("kids"), List.of("children"), s.words());

                // THEN the model embedded it once, and the documents' own words not at all
                assertThat(counting.texts.get()).isEqualTo(1);
                assertThat(table.credit("kids", table.columns(List.of("children")))).isPositive();
            }
        }
    }

    private static float[] vector(Random random) {
        float[] v = new float[384];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return v;
    }

    @Test
    void columnsFollowTheCandidatesOrderOfFirstAppearance() {
        WordMatcher matcher = new WordMatcher(new WordEmbeddings(new Counting()));
        List<String> candidates = new ArrayList<>(List.of("trip", "tour", "trip"));
        WordMatcher.Table table = matcher.table(List.of(), candidates, words -> Map.of());
        assertThat(table.columns(List.of("tour", "trip"))).containsExactly(1, 0);
    }
}
