package org.policybot.knowledge;

import org.apache.lucene.codecs.Codec;
import org.policybot.knowledge.decide.DecisionWeights;
import org.policybot.knowledge.index.Manifest;
import org.policybot.knowledge.index.ModelWords;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.Vocabulary;

/**
 * Readies, on a second core, what a process's first answer will need and would otherwise set up on
 * the main thread one after the other: Lucene's codecs, the text analyzers and word lists, the question
 * reader's patterns, JSON (the manifest, the decision's weights), the model's whole words (spelling
 * correction's test of a real word, about 0.2 s to read the first time). Class set-up is thread-safe, so the
 * main thread either finds a part ready or waits for it, never does it twice. Started by a command
 * that is about to answer, beside the model's loading; it never logs (a call while the main thread
 * sets logging up makes SLF4J print a warning) and never fails the command.
 */
public final class Warmup {
    private Warmup() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void inBackground() {
        Thread t = new Thread(Warmup::run, "warm-up");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    private static void run() {
        try {
            Codec.getDefault();
            Manifest.fromJson(Manifest.EMPTY.toJson());
            new QuestionReader().read(Question.of("How long is a warm-up, and who asks?"), Vocabulary.EMPTY);
            DecisionWeights.shipped();
            ModelWords.contains("warm");
        } catch (RuntimeException | Error e) {
            // the main thread meets the same failure where it belongs, with its message
        }
    }
}
