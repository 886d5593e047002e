package org.policybot.bot.cli;

import java.util.Locale;

/**
 * The three figures of an eval, counted case by case: hit rate and false-abstain rate over the
 * answerable cases, abstain-correct rate over the out-of-scope ones. Low-confidence answers are
 * answers (they are not abstentions) and are counted apart as well.
 */
final class EvalTally {
    static final String OUT_OF_SCOPE = "out of scope";

    int answerable;
    int hits;
    int falseAbstains;
    int lowConfidence;
    int outOfScope;
    int correctAbstains;

    void add(EvalCase c, boolean passed, boolean abstained, boolean low) {
        if (c.expectAnswer()) {
            answerable++;
            hits += passed ? 1 : 0;
            falseAbstains += abstained ? 1 : 0;
        } else {
            outOfScope++;
            correctAbstains += abstained ? 1 : 0;
        }
        lowConfidence += low ? 1 : 0;
    }

    void addAll(EvalTally t) {
        answerable += t.answerable;
        hits += t.hits;
        falseAbstains += t.falseAbstains;
        lowConfidence += t.lowConfidence;
        outOfScope += t.outOfScope;
        correctAbstains += t.correctAbstains;
    }

    double hit() {
        return rate(hits, answerable, 1);
    }

    double abstainCorrect() {
        return rate(correctAbstains, outOfScope, 1);
    }

    double falseAbstain() {
        return rate(falseAbstains, answerable, 0);
    }

    /**
     * Answers that should not have been given as they were: an answerable question answered without
     * its facts, or an out-of-scope one answered. What LLM mode must not raise.
     */
    int wrongAnswers() {
        return answerable - hits - falseAbstains + outOfScope - correctAbstains;
    }

    /** "hit 0.850 (17/20), abstain-correct …, false-abstain …": the line EvalQualityTest and CI read. */
    String figures() {
        return String.format(Locale.ROOT, "hit %.3f (%d/%d), abstain-correct %.3f (%d/%d), false-abstain %.3f (%d/%d)",
                hit(), hits, answerable, abstainCorrect(), correctAbstains, outOfScope, falseAbstain(), falseAbstains,
                answerable);
    }

    /** The figures that apply to one group: a document's answerable cases, or the out-of-scope ones. */
    String groupFigures() {
        if (answerable == 0) {
            return String.format(Locale.ROOT, "abstain-correct %.3f (%d/%d)", abstainCorrect(), correctAbstains,
                    outOfScope);
        }
        return String.format(Locale.ROOT, "hit %.3f (%d/%d), false-abstain %.3f (%d/%d), low confidence %d",
                hit(), hits, answerable, falseAbstain(), falseAbstains, answerable, lowConfidence);
    }

    private static double rate(int n, int of, double empty) {
        return of == 0 ? empty : (double) n / of;
    }
}
