package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval --corpus}: a corpus folder is added to a fresh knowledge base and scored per document. */
class EvalCorpusTest {
    private static final String CORPUS = CliTest.resource("eval/mini-corpus");

    @TempDir
    Path dir;

    @Test
    void scoresEveryDocumentAndTheOutOfScopeCasesApart() throws Exception {
        // WHEN the mini corpus (a Markdown and a plain-text document, four answerable and two out-of-scope cases) is scored
        CliRun run = CliRun.of("--data", dir.resolve("kb").toString(), "eval", "--corpus", CORPUS);

        // THEN each document and the out-of-scope cases get a line of their own, and the total counts every case
        assertThat(run.err).isEmpty();
        assertThat(run.out).containsPattern("(?m)^refunds +hit [\\d.]+ \\(\\d/2\\), false-abstain")
                .containsPattern("(?m)^house-rules +hit [\\d.]+ \\(\\d/2\\)")
                .containsPattern("(?m)^out of scope +abstain-correct [\\d.]+ \\(\\d/2\\)")
                .containsPattern("hit [\\d.]+ \\(\\d/4\\), abstain-correct [\\d.]+ \\(\\d/2\\)");
        // AND the corpus went to a temporary knowledge base, not to the one in --data
        assertThat(Files.exists(dir.resolve("kb"))).isFalse();
    }

    @Test
    void aSplitScoresOnlyItsPart() {
        // WHEN only the validation part of the split is scored
        CliRun run = CliRun.of("eval", "--corpus", CORPUS, "--split", CORPUS + "/split.json", "--part", "validation");

        // THEN only its document and its out-of-scope case are scored
        assertThat(run.out).containsPattern("(?m)^house-rules ").doesNotContainPattern("(?m)^refunds ")
                .containsPattern("hit [\\d.]+ \\(\\d/2\\), abstain-correct [\\d.]+ \\(\\d/1\\)");
    }

    @Test
    void aFolderThatIsNotACorpusIsAClearMistake() {
        // WHEN eval is pointed at a folder without a manifest, or given a split without a corpus
        CliRun notCorpus = CliRun.of("eval", "--corpus", dir.toString());
        CliRun splitAlone = CliRun.of("eval", CliTest.resource("eval/dev.jsonl"), "--split", "x.json", "--part", "p");
        CliRun unknownPart = CliRun.of("eval", "--corpus", CORPUS, "--split", CORPUS + "/split.json", "--part", "nope");

        // THEN each is one line saying what is wrong, with a non-zero exit
        assertThat(notCorpus.exit).isEqualTo(Cli.USER_ERROR);
        assertThat(notCorpus.err).contains("has no manifest.json");
        assertThat(splitAlone.exit).isEqualTo(2);
        assertThat(splitAlone.err).contains("--split and --part go together, with --corpus");
        assertThat(unknownPart.exit).isEqualTo(Cli.USER_ERROR);
        assertThat(unknownPart.err).contains("has no part \"nope\"");
    }
}
