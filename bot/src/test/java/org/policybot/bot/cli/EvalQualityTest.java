package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards the calibration of retrieval, composition and abstention: the development questions, the
 * questions the thresholds were tuned on, a hold-out set of paraphrases, typos and near-miss policy
 * questions, and three community-style sets written blind by someone who never saw the engine (later used
 * for tuning), each against a floor just under what it reached when the weights were set (README).
 */
class EvalQualityTest {
    private static final Pattern FIGURES = Pattern.compile(
            "hit ([\\d.]+) \\(\\d+/\\d+\\), abstain-correct ([\\d.]+) \\(\\d+/\\d+\\), false-abstain ([\\d.]+)");

    @TempDir
    static Path data;

    @ParameterizedTest
    @CsvSource({
        "eval/dev.jsonl,     1.00, 1.00, 0.00",
        "eval/tune.jsonl,    1.00, 1.00, 0.00",
        "eval/holdout.jsonl, 0.80, 0.90, 0.15",
        "eval/community.jsonl, 0.80, 0.95, 0.20",
        "eval/community2.jsonl, 0.75, 0.95, 0.15",
        "eval/community3.jsonl, 0.72, 0.75, 0.20"})
    void questionSetsMeetTheirFloors(String file, double minHit, double minAbstain, double maxFalseAbstain) {
        // WHEN a question set is scored on the shipped document
        CliRun run = CliRun.of("--data", data.resolve("kb").toString(), "eval", CliTest.resource(file));

        // THEN its figures meet the floor measured when the weights were calibrated
        Matcher m = FIGURES.matcher(run.out);
        assertThat(m.find()).as(run.out).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("hit rate\n" + run.out).isGreaterThanOrEqualTo(minHit);
        assertThat(Double.parseDouble(m.group(2))).as("abstain-correct\n" + run.out).isGreaterThanOrEqualTo(minAbstain);
        assertThat(Double.parseDouble(m.group(3))).as("false-abstain\n" + run.out).isLessThanOrEqualTo(maxFalseAbstain);
    }
}
