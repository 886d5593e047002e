package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;

/**
 * Questions on eight threads while a {@code kb add} (replacing a document and adding another) and a
 * {@code kb reindex} run: no error, every answer complete, and every answer's citations all from one
 * committed generation of the index (never a mix of old and new passages).
 */
class LoadTest {
    private static final int THREADS = 8;
    private static final int ASKS_PER_THREAD = 25;
    private static final List<String> QUESTIONS = List.of("When does the cafeteria open on Saturdays?",
            "How many guests may staff bring for lunch?", "How are meals paid in the cafeteria?",
            "How are hotel costs reimbursed?", "When must business trips be booked?",
            "Does OpenAI train on API customer data?", "Who led the tour?", "What is the refund policy?");

    @TempDir
    Path dir;

    private record Asked(Answer answer, long start, long end) {
    }

    @Test
    void twoHundredConcurrentAsksDuringAnAddAndAReindex() throws Exception {
        // GIVEN a knowledge base with the shipped document and the cafeteria rules
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
            List<Map<String, String>> generations = Collections.synchronizedList(new ArrayList<>());
            generations.add(passages(kb));
            List<Asked> asked = Collections.synchronizedList(new ArrayList<>());
            AtomicBoolean writing = new AtomicBoolean(true);
            long[] writerSpan = new long[2];
            ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1);
            try {
                // WHEN one thread replaces the cafeteria rules, adds the travel policy and reindexes
                Future<?> writer = pool.submit(() -> {
                    writerSpan[0] = System.nanoTime();
                    try {
                        kb.addAll(List.of(KbFixtures.document("cafeteria-v2.md", "cafeteria.md"),
                                KbFixtures.document("travel.md")), "test:writer");
                        generations.add(passages(kb));
                        kb.reindex("test:writer");
                        generations.add(passages(kb));
                    } finally {
                        writerSpan[1] = System.nanoTime();
                        writing.set(false);
                    }
                    return null;
                });
                // AND eight threads ask, each at least 25 questions and until the writer is done
                List<Future<?>> askers = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    int offset = t;
                    askers.add(pool.submit(() -> {
                        for (int i = 0; i < ASKS_PER_THREAD || writing.get(); i++) {
                            long start = System.nanoTime();
                            Answer a = engine.answer(Question.of(QUESTIONS.get((i + offset) % QUESTIONS.size())));
                            asked.add(new Asked(a, start, System.nanoTime()));
                        }
                        return null;
                    }));
                }
                writer.get(5, TimeUnit.MINUTES);
                for (Future<?> f : askers) {
                    f.get(5, TimeUnit.MINUTES);
                }
            } finally {
                pool.shutdownNow();
            }

            // THEN at least 200 answers came back without error, many while the writer was at work
            assertThat(asked).hasSizeGreaterThanOrEqualTo(THREADS * ASKS_PER_THREAD);
            assertThat(asked.stream().filter(a -> a.start() < writerSpan[1] && a.end() > writerSpan[0]).count())
                    .as("answers overlapping the add and reindex").isGreaterThanOrEqualTo(THREADS);
            assertThat(kb.list()).extracting(DocumentInfo::id).containsExactly("insights-from-global-conversations",
                    "cafeteria", "travel");

            // AND answers came from the old cafeteria rules before the add and from the new ones after it
            assertThat(asked).anySatisfy(a -> assertThat(citesOnly(a.answer(), generations.get(0), generations.get(1))).isTrue());
            assertThat(asked).anySatisfy(a -> assertThat(citesOnly(a.answer(), generations.get(1), generations.get(0))).isTrue());

            // AND every answer is complete, and cites passages of one generation only
            for (Asked a : asked) {
                assertComplete(a.answer());
                assertThat(generations).as("a generation holding every citation of: " + a.answer().answer())
                        .anySatisfy(g -> assertThat(a.answer().citations()).allSatisfy(c ->
                                assertThat(g.get(c.passageId())).isEqualTo(c.text())));
            }
        }
    }

    /** True when the answer cites a cafeteria passage as it reads in {@code in} and not as in {@code notIn}. */
    private static boolean citesOnly(Answer a, Map<String, String> in, Map<String, String> notIn) {
        return a.citations().stream().anyMatch(c -> c.doc().equals("cafeteria") && c.text().equals(in.get(c.passageId()))
                && !c.text().equals(notIn.get(c.passageId())));
    }

    private static void assertComplete(Answer a) {
        assertThat(a.answer()).isNotBlank();
        assertThat(a.citations().isEmpty()).isEqualTo(a.abstained());
        for (int i = 0; i < a.citations().size(); i++) {
            Citation c = a.citations().get(i);
            assertThat(c.n()).isEqualTo(i + 1);
            assertThat(a.answer()).contains("[" + c.n() + "]");
            assertThat(c.passageId()).isNotBlank();
            assertThat(c.title()).isNotBlank();
            assertThat(c.quote()).isNotBlank();
        }
    }

    private static Map<String, String> passages(KnowledgeBase kb) {
        Map<String, String> out = new HashMap<>();
        for (DocumentInfo d : kb.list()) {
            for (Passage p : kb.show(d.id())) {
                out.put(p.id(), p.text());
            }
        }
        return out;
    }
}
