package org.policybot.bot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.policybot.bot.cli.ModelPreload;

/**
 * Runs the command in a JVM that maps the application class-data archive made when the jar was
 * packaged ({@value #ARCHIVE} beside the jar): the classes a command needs (Lucene, Jackson, picocli,
 * logback, ONNX Runtime's and the engine's, about 2,700) then come parsed and verified from the
 * archive instead of from about 90 jars, which took a cold {@code ask} from 2.2 to 1.35 s of CPU
 * (load average 7, 2026-12-01). Java 17 maps an application archive only when a command-line option
 * names it, and the README's command is a plain {@code java -jar}; so this process starts the real one
 * with that option, hands it the terminal (standard input, output and error), passes termination on
 * to it and exits with its exit code. A command that answers one question and exits also gets the
 * quick compiler only ({@link #QUICK_COMPILER}).
 *
 * <p>It runs the command itself instead (returns empty) when it is the relaunched process; when it was
 * not started as {@code java -jar} of a jar with the archive beside it; when the JVM was given options
 * other than {@code -D}, {@code -Xmx}, {@code -Xms} and {@code -Xss} (a profiler, an agent, a debugger
 * or a logging option belongs to the process it was given to), also when they come from the environment
 * ({@code JAVA_TOOL_OPTIONS} and the like, which the relaunched JVM would apply again); for {@code run}, a long-running bot
 * whose start-up nobody waits for; with {@code -Dpolicybot.cds=false}; and when the archive was made for
 * the jar at another place (a copied folder: the JVM maps an archive only for the jars it was made
 * from, at their paths). An archive whose jars changed after packaging is ignored by the JVM, with a
 * warning on standard error.
 */
final class ClassDataArchive {
    static final String ARCHIVE = "policybot.jsa";
    /** Beside the archive: the jar it was made for (the JVM maps an archive only for the jars it was made from). */
    static final String MADE_FOR = ARCHIVE + ".jar";
    /** Set in the relaunched process, to the archive it maps. */
    static final String RELAUNCHED = "policybot.relaunched";
    /** {@code -Dpolicybot.cds=false} runs every command in the process it was started in. */
    static final String SWITCH = "policybot.cds";
    /** JVM options passed on to the relaunched process; any other keeps the command in this one. */
    private static final Pattern PASSED_ON = Pattern.compile("-D.+|-Xm[sx]\\d+[kKmMgG]?|-Xss\\d+[kKmMgG]?");
    /**
     * How the JDK starts a process: vfork starts the JVM directly (the default, posix_spawn, goes through
     * a helper program first). Read once, when the first process starts.
     */
    private static final String LAUNCH_MECHANISM = "jdk.lang.Process.launchMechanism";
    /**
     * For a process that gives one answer and exits: compile with the quick compiler only. The optimising
     * compiler spent about 0.3 s of CPU during a cold {@code ask} that took 1.2 s of CPU, for code that
     * then ran once (CPU 0.9 s and 0.93 to 1.16 s to the answer instead of 1.29 to 1.69 s, load average
     * 4.6, 2026-12-01). Long runs (a batch, chat, eval, bench, the bot) keep both compilers.
     */
    static final String QUICK_COMPILER = "-XX:TieredStopAtLevel=1";
    /**
     * How long this process waits for the relaunched command to stop after passing a stop on: the bot's
     * own drain (answers in flight, then disconnecting) takes at most 20 s.
     */
    private static final long CHILD_STOP_SECONDS = 30;
    /** JVM options from the environment, applied again in a relaunched JVM (a debugger's port taken twice). */
    private static final List<String> OPTION_VARIABLES =
            List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    /** Commands run where they were started. */
    private static final List<String> IN_PLACE = List.of("run");

    private ClassDataArchive() {
    }

    /** The relaunched command's exit code, or empty when this process should run the command itself. */
    static OptionalInt relaunch(String[] args) {
        List<String> command = command(args);
        if (command.isEmpty()) {
            return OptionalInt.empty();
        }
        Process child;
        try {
            // VFORK exists on Linux only: elsewhere the JDK's process class fails to initialise with it
            if (System.getProperty(LAUNCH_MECHANISM) == null && System.getProperty("os.name", "").startsWith("Linux")) {
                System.setProperty(LAUNCH_MECHANISM, "VFORK");
            }
            child = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | Error e) {
            return OptionalInt.empty(); // the command runs here instead, only slower to start
        }
        Thread passOn = new Thread(() -> {
            child.destroy(); // SIGTERM: the command shuts down as it would have here
            try {
                if (!child.waitFor(CHILD_STOP_SECONDS, TimeUnit.SECONDS)) {
                    child.destroyForcibly(); // never leave a command running after this process has gone
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pass-termination-on");
        Runtime.getRuntime().addShutdownHook(passOn);
        while (true) {
            try {
                return OptionalInt.of(child.waitFor());
            } catch (InterruptedException e) {
                // the child decides when the command is over
            }
        }
    }

    /** True for {@code ask QUESTION}: one answer, then the process exits. */
    static boolean oneAnswer(List<String> words, String[] args) {
        return !words.isEmpty() && words.get(0).equals("ask") && !Arrays.asList(args).contains("--batch");
    }

    /** The archive this process was started with by {@link #relaunch}, or null. */
    static String relaunchedWith() {
        return System.getProperty(RELAUNCHED);
    }

    /** True when {@code archive} exists and was made for {@code jar} where it is now (not for a copy elsewhere). */
    static boolean madeFor(Path jar, Path archive) {
        Path note = archive.resolveSibling(MADE_FOR);
        if (!Files.isRegularFile(archive) || !Files.isRegularFile(note)) {
            return false;
        }
        try {
            return Path.of(Files.readString(note).strip()).toAbsolutePath().normalize().equals(jar);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return false;
        }
    }

    /** The relaunch command line, or empty when the command should run in this process. */
    static List<String> command(String[] args) {
        if (System.getProperty(RELAUNCHED) != null || "false".equals(System.getProperty(SWITCH))
                || OPTION_VARIABLES.stream().anyMatch(v -> System.getenv(v) != null)) {
            return List.of();
        }
        List<String> words = ModelPreload.commandWords(Arrays.asList(args));
        if (!words.isEmpty() && IN_PLACE.contains(words.get(0))) {
            return List.of();
        }
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)) {
            return List.of();
        }
        Path jar = Path.of(classPath).toAbsolutePath().normalize();
        Path archive = jar.resolveSibling(ARCHIVE);
        ProcessHandle.Info info = ProcessHandle.current().info();
        String[] started = info.arguments().orElse(new String[0]);
        String java = info.command().orElse(null);
        int at = Arrays.asList(started).indexOf("-jar");
        if (java == null || at < 0 || started.length - at - 2 != args.length || !madeFor(jar, archive)) {
            return List.of();
        }
        List<String> options = Arrays.asList(started).subList(0, at);
        if (!options.stream().allMatch(o -> PASSED_ON.matcher(o).matches())) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        out.add(java);
        out.addAll(options);
        out.add("-XX:SharedArchiveFile=" + archive);
        out.add("-Xshare:auto");
        // JVM warnings (such as an archive that no longer matches) go to standard error, never into an answer
        out.add("-Xlog:disable");
        out.add("-Xlog:all=warning:stderr");
        if (oneAnswer(words, args)) {
            out.add(QUICK_COMPILER);
        }
        out.add("-D" + RELAUNCHED + "=" + archive);
        out.add("-jar");
        out.add(jar.toString());
        out.addAll(Arrays.asList(args));
        return out;
    }
}
