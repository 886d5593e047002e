package org.policybot.bot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar policybot.jar} with a class-data archive beside the jar starts the command in a JVM
 * that maps it, and hands back its output and exit code; without a matching archive the command runs
 * where it was started.
 */
class ClassDataArchiveTest {
    private static final String STARTED_WITH = "Started with the class-data archive";

    @TempDir
    Path dir;

    /** A jar like the packaged one: Main as its main class, the test class path as its Class-Path. */
    private Path jar() throws IOException {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        m.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        String surefire = System.getProperty("surefire.test.class.path");
        String classPath = surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        List<String> urls = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            urls.add(p.toUri().toString());
        }
        m.getMainAttributes().put(Attributes.Name.CLASS_PATH, String.join(" ", urls));
        Path jar = dir.resolve("policybot.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path jar, List<String> options, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(options);
        command.addAll(List.of("-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder b = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        b.environment().put("POLICYBOT_LOG_LEVEL", "DEBUG");
        Process p = b.start();
        p.getOutputStream().close();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void anArchiveMadeForTheJarStartsTheCommandInAJvmThatMapsItAndPassesItsResultOn() throws Exception {
        // GIVEN the jar with an archive beside it, made for the jar at this place
        Path jar = jar();
        Files.write(dir.resolve(ClassDataArchive.ARCHIVE), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve(ClassDataArchive.MADE_FOR), jar.toString() + "\n", StandardCharsets.UTF_8);

        // WHEN it is started as the README says, with a heap size
        Run version = run(jar, List.of("-Xmx256m"), "--version");
        Run usage = run(jar, List.of(), "no-such-command");

        // THEN the command ran in a second JVM started with the archive, its output and exit code came back
        assertThat(version.err()).contains(STARTED_WITH + " " + dir.resolve(ClassDataArchive.ARCHIVE));
        assertThat(version.out().strip()).isEqualTo("policybot 0.1.0");
        assertThat(version.exit()).isZero();
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains(STARTED_WITH).contains("no-such-command");
    }

    @Test
    void withoutAMatchingArchiveOrWithToolOptionsTheCommandRunsWhereItWasStarted() throws Exception {
        // GIVEN the jar with an archive made for a jar elsewhere (a copied folder)
        Path jar = jar();
        Files.write(dir.resolve(ClassDataArchive.ARCHIVE), new byte[] {1, 2, 3});
        Files.writeString(dir.resolve(ClassDataArchive.MADE_FOR), dir.resolve("elsewhere/policybot.jar").toString());

        // WHEN started  THEN the command runs in the first JVM
        Run moved = run(jar, List.of(), "--version");
        assertThat(moved.out().strip()).isEqualTo("policybot 0.1.0");
        assertThat(moved.err()).doesNotContain(STARTED_WITH);

        // AND with a matching archive, -Dpolicybot.cds=false or a JVM option for a tool keep it there too
        Files.writeString(dir.resolve(ClassDataArchive.MADE_FOR), jar.toString());
        assertThat(run(jar, List.of("-Dpolicybot.cds=false"), "--version").err()).doesNotContain(STARTED_WITH);
        assertThat(run(jar, List.of("-Xlog:disable"), "--version").err()).doesNotContain(STARTED_WITH);
        assertThat(run(jar, List.of(), "--version").err()).contains(STARTED_WITH);
    }

    @Test
    void onlyASingleAnswerGetsTheQuickCompiler() {
        assertThat(ClassDataArchive.oneAnswer(List.of("ask"), new String[] {"ask", "Who led the tour?"})).isTrue();
        assertThat(ClassDataArchive.oneAnswer(List.of("ask"), new String[] {"ask", "--batch", "q.jsonl"})).isFalse();
        assertThat(ClassDataArchive.oneAnswer(List.of("chat"), new String[] {"chat"})).isFalse();
        assertThat(ClassDataArchive.oneAnswer(List.of(), new String[] {"--version"})).isFalse();
    }
}
