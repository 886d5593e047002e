package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/**
 * {@code kb add} as a moderator meets its failures: a bad file, a file system that refuses the change,
 * a file far over the size limit, and the process killed with SIGKILL in the middle of the commit.
 * Each failure is one line on standard error and exit code 1, and the knowledge base stays as it was.
 */
class KbCommandTest {
    static final String QUESTION = "Does OpenAI train on API customer data?";
    private static final String TRAVEL = """
            # Travel policy

            ## Expenses

            Hotel costs are reimbursed up to one hundred and fifty euros a night. Every claim needs the original receipt within thirty days of the trip.
            """;

    @TempDir
    static Path template;
    private static String stateBefore;

    @TempDir
    Path work;
    private Path data;

    @BeforeAll
    static void seededTemplate() throws Exception {
        stateBefore = state(template.resolve("data"));
    }

    @BeforeEach
    void copyOfTheTemplate() throws Exception {
        data = work.resolve("data");
        copy(template.resolve("data"), data);
    }

    @Test
    void aBadFileIsOneLineNamingItAndChangesNothing() throws Exception {
        // GIVEN random bytes named as a PDF  WHEN added
        Path noise = work.resolve("noise.pdf");
        Files.write(noise, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        CliProcess.Result r = CliProcess.run(work, "--data", data.toString(), "kb", "add", noise.toString());

        // THEN one line says which file and why, exit 1, and the knowledge base is unchanged
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("error: noise.pdf: is not a PDF file (no %PDF header)");
        assertThat(r.out()).isEmpty();
        assertUnchanged();
    }

    @Test
    void aFileSystemFailureIsOneLineSayingNothingChanged() throws Exception {
        // GIVEN a data folder whose sources folder cannot be written (a file stands in its place)
        Path sources = data.resolve("sources");
        Path aside = work.resolve("sources.aside");
        Files.move(sources, aside);
        Files.writeString(sources, "in the way");
        Path travel = work.resolve("travel.md");
        Files.writeString(travel, TRAVEL, StandardCharsets.UTF_8);

        // WHEN a document is added
        CliProcess.Result r = CliProcess.run(work, "--data", data.toString(), "kb", "add", travel.toString());

        // THEN one line says the change failed, why, and that nothing was changed; exit 1
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).startsWith("error: could not change the knowledge base in " + data + ": ")
                .endsWith("; nothing was changed");

        // AND with the folder back, the knowledge base is as before
        Files.delete(sources);
        Files.move(aside, sources);
        assertUnchanged();
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsReadEvenWithASmallHeap() throws Exception {
        // GIVEN a 1 GB file (sparse on disk) and a process allowed 96 MB of heap
        Path huge = work.resolve("huge.md");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(1024L * 1024 * 1024);
        }

        // WHEN it is added  THEN it is refused by its size, in one line, without running out of memory
        CliProcess.Result r = CliProcess.start(work, List.of("-Xmx96m"), Map.of(), "--data", data.toString(), "kb", "add",
                huge.toString()).await();
        assertThat(r.exit()).as(r.err()).isEqualTo(1);
        assertThat(r.errLines()).containsExactly("error: huge.md: is 1024 MB; the limit is 20 MB");
        assertUnchanged();
    }

    @Test
    void killedInsideTheCommitOfAnAddTheKnowledgeBaseAnswersAsBefore() throws Exception {
        // GIVEN `kb add` running in a real process, paused inside its commit (prepared, not yet current)
        Path travel = work.resolve("travel.md");
        Files.writeString(travel, TRAVEL, StandardCharsets.UTF_8);
        Path marker = work.resolve("inside-commit");
        CliProcess add = CliProcess.start(work, List.of(), Map.of("policybot.crashtest.pause", "inside-commit",
                "policybot.crashtest.marker", marker.toString()), "--data", data.toString(), "kb", "add", travel.toString());
        add.awaitMarker(marker);

        // WHEN it is killed with SIGKILL
        add.kill();

        // THEN the knowledge base lists and answers as before, and the add succeeds when run again
        assertUnchanged();
        assertThat(ok("kb", "add", travel.toString())).startsWith("added travel: \"Travel policy\" (1 passages)");
    }

    /** Documents, manifest.json, the audit log and an answer, read in this process. */
    private void assertUnchanged() throws Exception {
        assertThat(state(data)).isEqualTo(stateBefore);
    }

    private static String state(Path dataDir) throws Exception {
        Embedder embedder = new CachingEmbedder(MiniLmEmbedder.shared(), 100);
        try (KnowledgeBase kb = KnowledgeBase.open(dataDir, KnowledgeBase.Settings.defaults(), embedder)) {
            Answer a = new AnswerEngine(kb, embedder, null).answer(Question.of(QUESTION));
            return kb.list() + "\n" + Files.readString(dataDir.resolve("manifest.json")) + "\n"
                    + Files.readString(dataDir.resolve("audit.jsonl")) + "\n" + a.answer() + "\n" + a.citations();
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.copy(f, to.resolve(from.relativize(f).toString()));
            }
        }
    }

    private String ok(String... args) throws Exception {
        String[] all = new String[args.length + 2];
        all[0] = "--data";
        all[1] = data.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        CliProcess.Result r = CliProcess.run(work, all);
        assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
        return r.out();
    }
}
