package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Guards answer quality against floors just under the figures measured when the decision was last
 * fitted (docs/EVALUATION.md): the question sets on the shipped document, and the corpora of other
 * documents (written blind by helpers who never saw the engine; the shared corpus split by document
 * into tuning and validation parts). The validation part was never fitted on.
 */
class EvalQualityTest {
    private static final Pattern FIGURES = Pattern.compile(
            "hit ([\\d.]+) \\(\\d+/\\d+\\), abstain-correct ([\\d.]+) \\(\\d+/\\d+\\), false-abstain ([\\d.]+)");
    private static final Path SHARED_CORPUS = Path.of("..", "..", "shared", "eval", "corpus");

    @TempDir
    static Path data;

    @ParameterizedTest
    @CsvSource({
        "eval/dev.jsonl,        0.95, 0.95, 0.05",
        "eval/tune.jsonl,       0.95, 0.95, 0.05",
        "eval/holdout.jsonl,    0.80, 0.95, 0.20",
        "eval/community.jsonl,  0.75, 0.85, 0.23",
        "eval/community2.jsonl, 0.74, 0.85, 0.27",
        "eval/community3.jsonl, 0.78, 0.70, 0.17"})
    void questionSetsOnTheShippedDocumentMeetTheirFloors(String file, double minHit, double minAbstain,
                                                         double maxFalseAbstain) {
        // WHEN a question set is scored on the shipped document
        CliRun run = CliRun.of("--data", data.resolve("kb").toString(), "eval", CliTest.resource(file));

        // THEN its figures meet the floor
        meetsFloor(run, minHit, minAbstain, maxFalseAbstain);
    }

    @ParameterizedTest
    @CsvSource({
        "eval/corpora/oss-real,             0.77, 0.68, 0.12",
        "eval/corpora/fictional-shop,       0.78, 0.61, 0.15",
        "eval/corpora/nonprofit-real,       0.75, 0.57, 0.05",
        "eval/corpora/fictional-makerspace, 0.79, 0.68, 0.15",
        "eval/corpora/platform-real,        0.83, 0.75, 0.12",
        "eval/corpora/community-real,       0.83, 0.71, 0.10",
        "eval/corpora/fictional-guild,      0.78, 0.74, 0.16",
        "eval/corpora/civic-real,           0.83, 0.67, 0.09",
        "eval/corpora/charter-real,         0.83, 0.57, 0.10",
        "eval/corpora/fictional-cloud,      0.75, 0.62, 0.21",
        "eval/corpora/procedures-real,      0.77, 0.50, 0.14",
        "eval/corpora/learning-mixed,       0.86, 0.63, 0.07",
        "eval/corpora/fictional-mobility,   0.76, 0.51, 0.18",
        "eval/corpora/governance-real,      0.72, 0.66, 0.05",
        "eval/corpora/moderation-real,      0.62, 0.73, 0.29",
        "eval/corpora/fictional-fitness,    0.70, 0.71, 0.19",
        "eval/corpora/real-governance2,     0.58, 0.76, 0.17",
        "eval/corpora/real-mixed3,          0.74, 0.80, 0.15",
        "eval/corpora/fictional-coop,       0.72, 0.71, 0.14",
        "eval/corpora/real-mixed4,          0.80, 0.58, 0.15",
        "eval/corpora/fictional-esports,    0.76, 0.61, 0.15",
        "eval/corpora/real-mixed5,          0.80, 0.82, 0.13",
        "eval/corpora/fictional-wildlife,   0.78, 0.67, 0.08",
        "eval/corpora/real-governance3,     0.76, 0.69, 0.10",
        "eval/corpora/fictional-hostel,     0.72, 0.63, 0.18",
        "eval/corpora/real-mixed6,          0.84, 0.71, 0.16",
        "eval/corpora/fictional-foodbank,   0.82, 0.67, 0.12",
        "eval/corpora/fictional-orchestra,  0.75, 0.48, 0.12",
        "eval/corpora/real-mixed7,          0.76, 0.71, 0.11",
        "eval/corpora/fictional-clinic,     0.78, 0.74, 0.10",
        "eval/corpora/fictional-league,     0.81, 0.67, 0.10",
        "eval/corpora/real-mixed8,          0.73, 0.62, 0.11",
        "eval/corpora/fictional-union,      0.75, 0.67, 0.15",
        "eval/corpora/real-mixed9,          0.62, 0.78, 0.18",
        "eval/corpora/fictional-radio,      0.66, 0.77, 0.24",
        "eval/corpora/real-mixed10,         0.63, 0.60, 0.24",
        "eval/corpora/fictional-allotment,  0.65, 0.66, 0.27",
        "eval/corpora/real-mixed11,         0.74, 0.60, 0.13",
        "eval/corpora/fictional-ferry,      0.68, 0.71, 0.19",
        "eval/corpora/real-mixed12,         0.80, 0.60, 0.05",
        "eval/corpora/fictional-toolshed,   0.63, 0.69, 0.25",
        "eval/corpora/plain-texts,          0.75, 0.61, 0.16",
        "eval/corpora/real-mixed13,         0.73, 0.60, 0.10",
        "eval/corpora/fictional-boardgames, 0.76, 0.61, 0.12",
        "eval/corpora/real-markdown,        0.67, 0.71, 0.15",
        "eval/corpora/real-licences,        0.65, 0.71, 0.24",
        "eval/corpora/real-mixed14,         0.61, 0.71, 0.23",
        "eval/corpora/fictional-climbing,   0.76, 0.64, 0.18",
        "eval/corpora/fictional-studio,     0.68, 0.53, 0.20",
        "eval/corpora/real-mixed15,         0.67, 0.67, 0.19",
        "eval/corpora/real-community,       0.58, 0.71, 0.24",
        "eval/corpora/fictional-hackspace,  0.65, 0.60, 0.24",
        "eval/corpora/real-mixed16,         0.67, 0.53, 0.19",
        "eval/corpora/fictional-youthcamp,  0.67, 0.35, 0.22",
        "eval/corpora/real-mixed17,         0.58, 0.64, 0.24",
        "eval/corpora/fictional-festival,   0.70, 0.53, 0.17",
        "eval/corpora/real-mixed18,         0.63, 0.67, 0.27",
        "eval/corpora/fictional-lido,       0.67, 0.60, 0.10",
        "eval/corpora/real-mixed19,         0.67, 0.60, 0.20",
        "eval/corpora/real-mixed20,         0.72, 0.82, 0.18",
        "eval/corpora/fictional-housing,    0.60, 0.64, 0.28",
        "eval/corpora/fictional-observatory, 0.72, 0.71, 0.19",
        "eval/corpora/real-mixed21,         0.62, 0.78, 0.30",
        "eval/corpora/real-mixed22,         0.58, 0.82, 0.24",
        "eval/corpora/fictional-rowing,     0.71, 0.53, 0.13",
        "eval/corpora/real-mixed23,         0.58, 0.69, 0.25",
        "eval/corpora/fictional-cowork,     0.68, 0.67, 0.20",
        "eval/corpora/real-mixed24,         0.61, 0.75, 0.18",
        "eval/corpora/fictional-gardens,    0.70, 0.67, 0.19",
        "eval/corpora/fictional-sailing,    0.60, 0.60, 0.28",
        "eval/corpora/real-mixed25,         0.76, 0.64, 0.07",
        "eval/corpora/fictional-rescue,     0.76, 0.57, 0.14",
        "eval/corpora/real-mixed26,         0.63, 0.78, 0.20",
        "eval/corpora/fictional-theatre,    0.75, 0.82, 0.17",
        "eval/corpora/real-mixed27,         0.72, 0.71, 0.12",
        "eval/corpora/real-mixed28,         0.80, 0.82, 0.12",
        "eval/corpora/fictional-cycling,    0.73, 0.64, 0.13",
        "eval/corpora/fictional-dogclub,    0.73, 0.75, 0.19",
        "eval/corpora/real-mixed29,         0.80, 0.71, 0.14",
        "eval/corpora/real-mixed30,         0.73, 0.85, 0.14",
        "eval/corpora/fictional-archery,    0.70, 0.75, 0.17",
        "eval/corpora/real-mixed31,         0.80, 0.82, 0.12",
        "eval/corpora/fictional-karate,     0.73, 0.75, 0.18",
        "eval/corpora/real-mixed32,         0.68, 0.78, 0.14",
        "eval/corpora/fictional-chess,      0.72, 0.67, 0.19",
        "eval/corpora/fictional-cinema,     0.66, 0.75, 0.20",
        "eval/corpora/real-mixed33,         0.77, 0.67, 0.04",
        "eval/corpora/fictional-beekeepers, 0.86, 0.64, 0.08",
        "eval/corpora/real-mixed34,         0.81, 0.71, 0.09",
        "eval/corpora/fictional-choir,      0.81, 0.60, 0.10",
        "eval/corpora/real-mixed35,         0.72, 0.78, 0.17",
        "eval/corpora/fictional-runners,    0.73, 0.67, 0.17",
        "eval/corpora/real-mixed36,         0.80, 0.79, 0.08",
        "eval/corpora/fictional-library,    0.80, 0.78, 0.09",
        "eval/corpora/fictional-repaircafe, 0.61, 0.85, 0.25",
        "eval/corpora/real-mixed37,         0.77, 0.75, 0.15",
        "eval/corpora/fictional-ramblers,   0.86, 0.57, 0.09",
        "eval/corpora/real-mixed38,         0.81, 0.82, 0.13",
        "eval/corpora/fictional-photoclub,  0.73, 0.72, 0.21",
        "eval/corpora/real-mixed39,         0.73, 0.57, 0.15",
        "eval/corpora/fictional-cricket,    0.78, 0.71, 0.14",
        "eval/corpora/real-mixed40,         0.75, 0.78, 0.14",
        "eval/corpora/fictional-bellringers, 0.76, 0.64, 0.14",
        "eval/corpora/real-mixed41,         0.77, 0.71, 0.08",
        "eval/corpora/fictional-angling,    0.77, 0.64, 0.09",
        "eval/corpora/real-mixed42,         0.75, 0.71, 0.10",
        "eval/corpora/fictional-canoeclub,  0.73, 0.75, 0.18",
        "eval/corpora/real-mixed43,         0.68, 0.82, 0.14",
        "eval/corpora/fictional-modelrail,  0.86, 0.75, 0.08",
        "eval/corpora/real-mixed44,         0.78, 0.75, 0.12",
        "eval/corpora/fictional-sedgefm,    0.53, 0.64, 0.25",
        "eval/corpora/real-mixed45,         0.63, 0.64, 0.18",
        "eval/corpora/fictional-market,     0.58, 0.78, 0.24",
        "eval/corpora/real-mixed46,         0.51, 0.75, 0.25",
        "eval/corpora/fictional-brassband,  0.54, 0.60, 0.36",
        "eval/corpora/real-mixed47,         0.61, 0.82, 0.19"})
    void corporaOfOtherDocumentsMeetTheirFloors(String corpus, double minHit, double minAbstain,
                                                double maxFalseAbstain) {
        // WHEN a corpus is added to a fresh knowledge base and its questions scored
        CliRun run = CliRun.of("eval", "--corpus", CliTest.resource(corpus));

        // THEN its figures meet the floor
        meetsFloor(run, minHit, minAbstain, maxFalseAbstain);
    }

    @ParameterizedTest
    @CsvSource({"tuning, 0.76, 0.66, 0.13", "validation, 0.85, 0.70, 0.07"})
    void theSharedCorpusMeetsItsFloorsOnEachPartOfTheSplit(String part, double minHit, double minAbstain,
                                                           double maxFalseAbstain) {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(SHARED_CORPUS),
                "../shared/eval/corpus is beside the checkout in CI and development");
        // WHEN one part of the shared corpus split is scored (the knowledge base holds every document)
        CliRun run = CliRun.of("eval", "--corpus", SHARED_CORPUS.toString(), "--split",
                CliTest.resource("eval/corpus-split.json"), "--part", part);

        // THEN its figures meet the floor
        meetsFloor(run, minHit, minAbstain, maxFalseAbstain);
    }

    private static void meetsFloor(CliRun run, double minHit, double minAbstain, double maxFalseAbstain) {
        Matcher m = FIGURES.matcher(run.out);
        assertThat(m.find()).as(run.out + run.err).isTrue();
        assertThat(Double.parseDouble(m.group(1))).as("hit rate\n" + run.out).isGreaterThanOrEqualTo(minHit);
        assertThat(Double.parseDouble(m.group(2))).as("abstain-correct\n" + run.out).isGreaterThanOrEqualTo(minAbstain);
        assertThat(Double.parseDouble(m.group(3))).as("false-abstain\n" + run.out).isLessThanOrEqualTo(maxFalseAbstain);
    }
}
