package org.policybot.bot.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.policybot.bot.Main;

/**
 * The command line as a user runs it: {@code java -cp <test class path> org.policybot.bot.Main ARGS} in a
 * real child process, its standard output and error kept apart.
 */
final class CliProcess {
    private static final long TIMEOUT_SECONDS = 300;
    private final Process process;
    private final Path out;
    private final Path err;

    private CliProcess(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** The outcome of a finished run. */
    record Result(int exit, String out, String err) {
        List<String> outLines() {
            return out.lines().toList();
        }

        /** Standard error without the log lines (which start with a time stamp). */
        List<String> errLines() {
            return err.lines().filter(l -> !l.matches("^\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).toList();
        }
    }

    static CliProcess start(Path work, List<String> jvmOptions, Map<String, String> properties, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        String surefire = System.getProperty("surefire.test.class.path");
        command.add(surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path"));
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(work, "out-", ".txt");
        Path err = Files.createTempFile(work, "err-", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        p.getOutputStream().close();
        return new CliProcess(p, out, err);
    }

    /** Runs to the end with no extra JVM options. */
    static Result run(Path work, String... args) throws IOException, InterruptedException {
        return start(work, List.of(), Map.of(), args).await();
    }

    Result await() throws IOException, InterruptedException {
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("policybot did not finish in " + TIMEOUT_SECONDS + " s");
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Waits until {@code marker} exists (the process paused there), failing if it ends first. */
    void awaitMarker(Path marker) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_SECONDS * 1000;
        while (!Files.exists(marker)) {
            if (!process.isAlive() || System.currentTimeMillis() > deadline) {
                throw new AssertionError("policybot did not reach " + marker + ":\n"
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            Thread.sleep(20);
        }
    }

    /** SIGTERM, as a service manager or Ctrl-C stops a process; then waits for it to end. */
    Result terminate() throws IOException, InterruptedException {
        process.destroy();
        return await();
    }

    /** SIGKILL. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }
}
