package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command exits as it should, run after run, each in a JVM of its own. The native crash at exit
 * (ONNX Runtime's exit hook freeing its environment under a model still loading) showed up in a few
 * runs in ten, so each command runs more than once; {@code -Dpolicybot.exitRuns=N} runs each N times.
 * The runs log at DEBUG, which shows whether the model was loaded and closed.
 */
class CliExitTest {
    /** Runs of each command: two in the build, to keep it quick; the figure in the README comes from 200. */
    private static final int RUNS = Integer.getInteger("policybot.exitRuns", 2);
    private static final String SHIPPED = "insights-from-global-conversations";
    private static final String MODEL_LOADS = "Loaded the embedding model";
    private static final String MODEL_CLOSED = "Closed the embedding model";
    /** From start to model loading (about half a second) to embedding the document (seconds). */
    private static final long[] STOP_DELAYS_MILLIS = {150, 300, 450, 600, 800, 1100, 1500, 2200};
    /** 128 + SIGTERM (15): how a JVM stopped by the signal exits. */
    private static final int SIGTERM_EXIT = 143;

    @TempDir
    static Path work;
    private static Path data;
    private static Path doc;

    /** A command, and whether it embeds (and so must load and then close the model). */
    private record Command(String name, boolean embeds, String... args) {
    }

    @BeforeAll
    static void seededDataFolder() throws Exception {
        data = work.resolve("data");
        doc = work.resolve("conduct.md");
        Files.writeString(doc, "# Conduct policy\n\n## Harassment\n\nHarassment of any member is not tolerated and"
                + " leads to a ban after one warning.\n", StandardCharsets.UTF_8);
        // GIVEN a data folder seeded once (seeding embeds the shipped document)
        assertThat(run("kb", "list").exit()).isZero();
    }

    /** The passage count `kb list` gives the long policy ("200 passages"), or "" when it is not listed. */
    private static String listing(String kbList) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("long-policy\\s.*?(\\d+ passages)").matcher(kbList);
        return m.find() ? m.group(1) : "";
    }

    private static CliProcess.Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(List.of(args));
        // a crash report, should there be one, lands where this test looks for it
        List<String> options = List.of("-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log"));
        return CliProcess.start(work, options, Map.of("policybot.log.level", "DEBUG"), all.toArray(String[]::new))
                .await();
    }

    @Test
    void everyCommandExitsZeroEveryTimeAndOnlyCommandsThatEmbedLoadTheModel() throws Exception {
        // GIVEN the commands a user runs most, with and without the model
        List<Command> commands = List.of(
                new Command("kb list", false, "kb", "list"),
                new Command("kb show", false, "kb", "show", SHIPPED),
                new Command("ask", true, "ask", "Does OpenAI train on API customer data?"),
                new Command("kb add", true, "kb", "add", doc.toString()),
                new Command("--version", false, "--version"));

        // WHEN each runs several times in a JVM of its own
        List<String> failures = new ArrayList<>();
        for (Command c : commands) {
            for (int i = 0; i < RUNS; i++) {
                CliProcess.Result r = run(c.args());
                String err = r.err();
                boolean loaded = err.contains(MODEL_LOADS);
                boolean closedAfter = err.indexOf(MODEL_CLOSED) > err.indexOf(MODEL_LOADS) && loaded;
                if (r.exit() != 0 || r.out().isBlank() || loaded != c.embeds() || loaded && !closedAfter) {
                    failures.add(c.name() + " run " + (i + 1) + ": exit " + r.exit() + ", model loaded " + loaded
                            + ", closed " + closedAfter + "; stderr:\n" + err);
                }
            }
        }

        // THEN every run exited 0 with its output; the model was loaded only to embed, and then closed before
        // the exit; and no JVM left a crash report
        assertThat(failures).isEmpty();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }

    @Test
    void aCommandStoppedWhileTheModelLoadsOrEmbedsExitsWithoutACrashAndLeavesNothingHalfAdded() throws Exception {
        // GIVEN a document long enough that adding it embeds for a while
        Path big = work.resolve("long-policy.md");
        StringBuilder text = new StringBuilder("# Long policy\n");
        for (int i = 1; i <= 200; i++) {
            text.append("\n## Rule ").append(i).append("\n\nMembers who break rule ").append(i)
                    .append(" receive a warning first and a ban of ").append(i).append(" days after a second breach.\n");
        }
        Files.writeString(big, text, StandardCharsets.UTF_8);

        // and the listing of it added whole, without a signal
        assertThat(run("kb", "add", big.toString()).exit()).isZero();
        String wholeListing = listing(run("kb", "list").out());
        assertThat(run("kb", "remove", "long-policy").exit()).isZero();

        // WHEN `kb add` gets SIGTERM at moments from model loading to embedding, each in a JVM of its own
        List<String> failures = new ArrayList<>();
        for (long delay : STOP_DELAYS_MILLIS) {
            CliProcess p = CliProcess.start(work, List.of("-XX:ErrorFile=" + work.resolve("hs_err_pid%p.log")),
                    Map.of(), "--data", data.toString(), "kb", "add", big.toString());
            Thread.sleep(delay);
            CliProcess.Result r = p.terminate();
            CliProcess.Result list = run("kb", "list");
            boolean added = list.out().contains("long-policy");
            // a run that finished before the signal exits 0 with the document added; a stopped one 143 without
            // it, or with all of it when the signal came after the commit, as the JVM was exiting
            boolean whole = added && listing(list.out()).equals(wholeListing);
            if (r.exit() == 0 ? !added : r.exit() != SIGTERM_EXIT || added && !whole) {
                failures.add("stopped after " + delay + " ms: exit " + r.exit() + ", document listed " + added
                        + "; stderr:\n" + r.err());
            }
            if (added) {
                assertThat(run("kb", "remove", "long-policy").exit()).isZero();
            }
        }

        // THEN no run crashed, and none left the document half added
        assertThat(failures).isEmpty();
        try (Stream<Path> files = Files.list(work)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("hs_err"));
        }
    }
}
