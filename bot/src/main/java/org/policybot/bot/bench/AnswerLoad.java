package org.policybot.bot.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/**
 * Drives the answer engine with a list of questions, in order (round robin when the list is shorter
 * than the answers asked for): single-threaded for latency, on several threads for throughput. Every
 * answer goes through {@link AnswerEngine#answer}, exactly as a user's.
 */
public final class AnswerLoad {
    private final AnswerEngine engine;

    public AnswerLoad(AnswerEngine engine) {
        this.engine = engine;
    }

    /** What a latency run saw: the time of each answer and how many abstained. */
    public record LatencyRun(LatencySummary summary, int abstained) {
    }

    /** Answers {@code answers} questions of {@code questions} one after another, timing each. */
    public LatencyRun latencies(List<String> questions, int answers) {
        requireQuestions(questions);
        long[] nanos = new long[answers];
        int abstained = 0;
        for (int i = 0; i < answers; i++) {
            Question q = Question.of(questions.get(i % questions.size()));
            long start = System.nanoTime();
            Answer a = engine.answer(q);
            nanos[i] = System.nanoTime() - start;
            abstained += a.abstained() ? 1 : 0;
        }
        return new LatencyRun(LatencySummary.ofNanos(nanos), abstained);
    }

    /** Answers per second with {@code threads} threads sharing {@code answers} questions of {@code questions}. */
    public double throughput(List<String> questions, int threads, int answers) throws InterruptedException {
        requireQuestions(questions);
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < answers; i = next.getAndIncrement()) {
                        engine.answer(Question.of(questions.get(i % questions.size())));
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
            return answers / ((System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an answer failed during the throughput run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private static void requireQuestions(List<String> questions) {
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("no questions");
        }
    }
}
