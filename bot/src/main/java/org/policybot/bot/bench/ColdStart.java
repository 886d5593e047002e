package org.policybot.bot.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start as a user meets it: a new {@code policybot ask} process on the same data folder, timed
 * from launch to the first line of its answer on standard output. The child is started as this process
 * was: {@code java -jar policybot.jar} when started from the jar (so it maps the class-data archive
 * packaged beside it, see {@code ClassDataArchive}), else on this process's class path; no extra JVM
 * options.
 */
public final class ColdStart {
    private static final long TIMEOUT_SECONDS = 120;
    private final Path dataDir;
    private final Path config;

    /** @param config the config file to pass on, or null */
    public ColdStart(Path dataDir, Path config) {
        this.dataDir = dataDir;
        this.config = config;
    }

    /** Milliseconds from launch to the first answer line, for one child process. */
    public long measure(String question) throws IOException, InterruptedException {
        String classPath = System.getProperty("java.class.path");
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        if (classPath.endsWith(".jar") && !classPath.contains(java.io.File.pathSeparator)) {
            command.addAll(List.of("-jar", classPath)); // as the README starts it (with its class-data archive)
        } else {
            command.addAll(List.of("-cp", classPath, "org.policybot.bot.Main"));
        }
        command.addAll(List.of("--data", dataDir.toString()));
        if (config != null) {
            command.addAll(List.of("--config", config.toString()));
        }
        command.addAll(List.of("ask", question));
        ProcessBuilder builder = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD);
        long start = System.nanoTime();
        Process child = builder.start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String first = out.readLine();
            long elapsed = (System.nanoTime() - start) / 1_000_000;
            while (out.readLine() != null) {
                // drain the rest of the answer so that the child can exit
            }
            if (!child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the cold-start child did not exit within " + TIMEOUT_SECONDS + " s");
            }
            if (first == null || child.exitValue() != 0) {
                throw new IllegalStateException("the cold-start child failed (exit " + child.exitValue() + ")");
            }
            return elapsed;
        } finally {
            child.destroyForcibly();
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
