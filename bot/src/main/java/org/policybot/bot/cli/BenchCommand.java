package org.policybot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policybot.bot.bench.AnswerLoad;
import org.policybot.bot.bench.BenchReport;
import org.policybot.bot.bench.BenchResult;
import org.policybot.bot.bench.ColdStart;
import org.policybot.bot.bench.QuestionSet;
import org.policybot.bot.bench.SyntheticDocuments;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the product's speed figures, measured in this process on the current data folder or
 * on a generated knowledge base: warm answer latency, throughput on 1, 2 and 4 threads, cold start of
 * a child {@code ask} process, heap after warm-up, and the build time of generated passages.
 */
@Command(name = "bench", description = "Measure answer latency, throughput, cold start, heap and build time.")
final class BenchCommand implements Callable<Integer> {
    /** Generated documents added per commit, as a moderator adding a folder of files would. */
    static final int BUILD_BATCH = 10;
    static final long SEED = 20_230_629L;
    private static final int[] THREADS = {1, 2, 4};

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "Questions to ask: one a line, or {\"q\"} JSON lines (default: a built-in set).")
    Path questionsFile;

    @Option(names = "--passages", paramLabel = "N",
            description = "Benchmark a generated knowledge base of about N passages (built in a temporary folder).")
    Integer passages;

    @Option(names = "--answers", paramLabel = "N", description = "Answers timed for latency and per throughput run (default ${DEFAULT-VALUE}).")
    int answers = 2000;

    @Option(names = "--cold-runs", paramLabel = "N", description = "Cold-start child processes to time; 0 skips (default ${DEFAULT-VALUE}).")
    int coldRuns = 3;

    @Option(names = "--keep", description = "Keep the generated data folder and print where it is.")
    boolean keep;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (answers < 1 || coldRuns < 0 || passages != null && passages < 1) {
            throw new KnowledgeException("--answers and --passages must be at least 1, --cold-runs at least 0");
        }
        List<String> questions = questionsFile == null ? QuestionSet.builtIn() : QuestionSet.read(questionsFile);
        GlobalOptions options = GlobalOptions.of(spec);
        Path generated = passages == null ? null : Files.createTempDirectory("policybot-bench-");
        try (Services services = Services.from(options, generated == null ? options.data : generated.resolve("data"))) {
            BenchResult result = run(services, questions, options.config);
            PrintWriter out = Console.out();
            out.print(json ? BenchReport.json(result) + System.lineSeparator() : BenchReport.table(result));
            out.flush();
            return 0;
        } finally {
            if (generated != null && !keep) {
                deleteTree(generated);
            } else if (generated != null) {
                progress("kept the generated data folder: " + generated.resolve("data"));
            }
        }
    }

    private BenchResult run(Services services, List<String> questions, Path config) throws IOException, InterruptedException {
        Embedder embedder = services.embedder();
        long shippedIndexMs = shippedIndexTime(embedder);
        KnowledgeBase kb = services.kb();
        BenchResult.Build build = passages == null ? null : build(kb, passages);
        List<DocumentInfo> docs = kb.list();
        AnswerLoad load = new AnswerLoad(services.engine(), questions);
        progress("warming up");
        load.latencies(Math.max(200, 5 * questions.size()));
        progress("timing " + answers + " answers");
        AnswerLoad.LatencyRun latency = load.latencies(answers);
        Map<Integer, Double> throughput = new LinkedHashMap<>();
        for (int threads : THREADS) {
            progress("throughput on " + threads + " thread(s)");
            throughput.put(threads, load.throughput(threads, answers));
        }
        double heapMb = heapAfterGc();
        List<Long> cold = new ArrayList<>();
        ColdStart coldStart = new ColdStart(services.config().dataDir(), config);
        for (int i = 0; i < coldRuns; i++) {
            progress("cold start " + (i + 1) + "/" + coldRuns);
            cold.add(coldStart.measure(questions.get(0)));
        }
        return new BenchResult(new BenchResult.Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), LocalDate.now().toString()), docs.size(),
                docs.stream().mapToInt(DocumentInfo::passages).sum(), questions.size(), latency.summary(),
                latency.abstained(), throughput, cold, heapMb, shippedIndexMs, build);
    }

    /** Indexes the shipped document into an empty temporary folder and times it. */
    private static long shippedIndexTime(Embedder embedder) throws IOException {
        Path dir = Files.createTempDirectory("policybot-bench-seed-");
        try {
            long start = System.nanoTime();
            try (KnowledgeBase kb = KnowledgeBase.open(dir, KnowledgeBase.Settings.defaults(), embedder)) {
                kb.list();
            }
            return (System.nanoTime() - start) / 1_000_000;
        } finally {
            deleteTree(dir);
        }
    }

    private static BenchResult.Build build(KnowledgeBase kb, int passages) throws IOException {
        List<Source> sources = new SyntheticDocuments(SEED).generate(passages);
        progress("building " + sources.size() + " generated documents (~" + passages + " passages)");
        long start = System.nanoTime();
        int built = 0;
        for (int i = 0; i < sources.size(); i += BUILD_BATCH) {
            for (DocumentInfo d : kb.addAll(sources.subList(i, Math.min(sources.size(), i + BUILD_BATCH)), "bench")) {
                built += d.passages();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new BenchResult.Build(sources.size(), built, seconds, sizeMb(kb.dataDir()));
    }

    private static double heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    private static double sizeMb(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            long bytes = 0;
            for (Path f : (Iterable<Path>) files::iterator) {
                bytes += Files.isRegularFile(f) ? Files.size(f) : 0;
            }
            return bytes / (1024.0 * 1024.0);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(f);
            }
        }
    }

    private static void progress(String message) {
        Console.err().println("bench: " + message);
    }
}
