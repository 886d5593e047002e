package org.policybot.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real child JVM on this test run's class path, for crash and memory tests: started with system
 * properties and a main class, its output kept in a log file to show when a test fails.
 */
public final class ChildJvm {
    private static final long MARKER_TIMEOUT_MILLIS = 120_000;
    private final Process process;
    private final Path log;

    private ChildJvm(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code mainClass} with {@code jvmOptions} (e.g. "-Xmx64m"), system properties and arguments. */
    public static ChildJvm start(Path workDir, List<String> jvmOptions, Map<String, String> properties,
                                 Class<?> mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        properties.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        Path log = Files.createTempFile(workDir, "child-", ".log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new ChildJvm(p, log);
    }

    /** The test class path: surefire's full list when it gives one, else this JVM's. */
    public static String classPath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }

    /** Waits until {@code marker} exists (the child paused there); fails if the child exits first. */
    public void awaitMarker(Path marker) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + MARKER_TIMEOUT_MILLIS;
        while (!Files.exists(marker)) {
            if (!process.isAlive()) {
                throw new AssertionError("child exited (" + process.exitValue() + ") before reaching the marker:\n" + output());
            }
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("child did not reach the marker in time:\n" + output());
            }
            Thread.sleep(20);
        }
    }

    /** SIGKILL: no shutdown hooks, no finally blocks, no closing of files. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("child survived SIGKILL");
        }
    }

    /** Waits for the child to end and returns its exit code. */
    public int await(long seconds) throws InterruptedException, IOException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish in " + seconds + " s:\n" + output());
        }
        return process.exitValue();
    }

    public String output() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }
}
