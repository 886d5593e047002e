package org.policybot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import java.util.stream.Stream;
import org.policybot.bot.bench.AnswerLoad;
import org.policybot.bot.bench.BenchReport;
import org.policybot.bot.bench.BenchResult;
import org.policybot.bot.bench.ColdStart;
import org.policybot.bot.bench.QuestionSet;
import org.policybot.bot.bench.SyntheticDocuments;
import org.policybot.bot.bench.UniqueQuestions;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.PassageIndex;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.write.llm.LlmComposer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bench}: the product's speed figures, measured in this process on the current data folder or
 * on a generated knowledge base: warm answer latency and throughput on 1, 2 and 4 threads, for
 * questions never asked before ({@link UniqueQuestions}: what a member waits for) and, separately, for
 * a small set asked over and over (their embeddings cached); cold start of a child {@code ask}
 * process; heap after warm-up; and the build of generated passages (time, size, heap).
 */
@Command(name = "bench", description = "Measure answer latency, throughput, cold start, heap and build time.")
final class BenchCommand implements Callable<Integer> {
    /** Generated documents added per commit, as a moderator adding a folder of files would. */
    static final int BUILD_BATCH = 10;
    /** Threads adding generated batches: one commits while the other's batch is embedded. */
    static final int BUILDERS = 2;
    static final long SEED = 20_230_629L;
    private static final int[] THREADS = {1, 2, 4};
    /** Unique questions answered before timing (JIT compilation, caches of words and passages); fewer for a short run. */
    static final int WARM_UP = 1_000;
    /** Rounds of the repeated set before timing it (its embeddings are then cached). */
    static final int WARM_UP_ROUNDS = 5;
    /** Passages per document, and in all, that the unique questions draw their words from. */
    static final int SAMPLE_PER_DOCUMENT = 20;
    static final int SAMPLE_MAX = 4_000;
    /** Build batches between two heap samples (each after a collection). */
    static final int HEAP_SAMPLE_BATCHES = 10;
    /** JFR's sampling period for --profile (its profile settings sample Java code every 10 ms). */
    private static final Duration SAMPLE_PERIOD = Duration.ofMillis(10);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--questions", paramLabel = "FILE",
            description = "The questions asked over and over for the cache-hit figures: one a line, or {\"q\"} JSON"
                    + " lines (default: a built-in set). The unique questions are generated from the knowledge base.")
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

    @Option(names = "--profile", paramLabel = "FILE",
            description = "Record the unique questions' latency run with Java Flight Recorder into FILE"
                    + " (java docs/JfrStages.java FILE says where the time goes).")
    Path profile;

    @Option(names = "--backend", paramLabel = "NAME",
            description = "The index backend to measure; it must be the one the config's index.backend names"
                    + " (its settings come from there; give it a collection of its own: --passages adds the generated"
                    + " documents as shared documents). Default: the config's.")
    String backend;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (answers < 1 || coldRuns < 0 || passages != null && passages < 1) {
            throw new KnowledgeException("--answers and --passages must be at least 1, --cold-runs at least 0");
        }
        List<String> questions = questionsFile == null ? QuestionSet.builtIn() : QuestionSet.read(questionsFile);
        GlobalOptions options = GlobalOptions.of(spec);
        Path generated = passages == null ? null : Files.createTempDirectory("policybot-bench-");
        try (Services services = Services.from(options, generated == null ? options.data : generated.resolve("data"))) {
            String configured = services.config().index().backend();
            if (backend != null && !backend.equals(configured)) {
                throw new KnowledgeException("--backend " + backend + " needs a config whose index.backend is \""
                        + backend + "\" with its settings (--config FILE); this one's is \"" + configured + "\"");
            }
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

    private BenchResult run(Services services, List<String> repeated, Path config) throws IOException, InterruptedException {
        Embedder embedder = services.embedder();
        long shippedIndexMs = shippedIndexTime(embedder);
        KnowledgeBase kb = services.kb();
        BenchResult.Build build = passages == null ? null : build(kb, passages);
        List<DocumentInfo> docs = kb.list();
        UniqueQuestions unique = new UniqueQuestions(SEED, sample(kb, docs));
        AnswerLoad load = new AnswerLoad(services.engine());
        CachingEmbedder cache = services.queryCache();
        progress("warming up");
        int warmUp = Math.min(WARM_UP, WARM_UP_ROUNDS * answers);
        load.latencies(unique.next(warmUp), warmUp);
        load.latencies(repeated, WARM_UP_ROUNDS * repeated.size());
        progress("unique questions: timing " + answers + " answers");
        BenchResult.Run uniqueRun = measure(load, cache, services.composer(), n -> unique.next(n), profile);
        progress("cache-hit questions: timing " + answers + " answers");
        BenchResult.Run cachedRun = measure(load, cache, services.composer(), n -> repeated, null);
        double heapMb = heapAfterGc();
        List<Long> cold = new ArrayList<>();
        ColdStart coldStart = new ColdStart(services.config().dataDir(), config);
        for (int i = 0; i < coldRuns; i++) {
            progress("cold start " + (i + 1) + "/" + coldRuns);
            cold.add(coldStart.measure(repeated.get(0)));
        }
        return new BenchResult(new BenchResult.Machine(Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), LocalDate.now().toString(), services.config().index().backend()),
                docs.size(),
                docs.stream().mapToInt(DocumentInfo::passages).sum(), uniqueRun, cachedRun, cold, heapMb, shippedIndexMs,
                build);
    }

    /**
     * Latency on one thread, then throughput on each thread count, each over {@link #answers} answers
     * to questions {@code questions} gives (a fresh list per run for unique questions); the latency run
     * recorded into {@code jfr} unless it is null.
     */
    private BenchResult.Run measure(AnswerLoad load, CachingEmbedder cache, Optional<LlmComposer> model,
                                    IntFunction<List<String>> questions, Path jfr)
            throws InterruptedException, IOException {
        long hitsBefore = cache.hits();
        long madeBefore = model.map(LlmComposer::callsMade).orElse(0L);
        long refusedBefore = model.map(LlmComposer::callsRefused).orElse(0L);
        List<String> asked = questions.apply(answers);
        AnswerLoad.LatencyRun latency;
        if (jfr == null) {
            latency = load.latencies(asked, answers);
        } else {
            try (Recording recording = profiling()) {
                recording.start();
                latency = load.latencies(asked, answers);
                recording.stop();
                recording.dump(jfr);
            }
            progress("  recorded the latency run in " + jfr);
        }
        long hits = cache.hits() - hitsBefore;
        Set<String> distinct = new HashSet<>(asked);
        Map<Integer, Double> throughput = new LinkedHashMap<>();
        for (int threads : THREADS) {
            progress("  throughput on " + threads + " thread(s)");
            List<String> run = questions.apply(answers);
            distinct.addAll(run);
            throughput.put(threads, load.throughput(run, threads, answers));
        }
        BenchResult.ModelCalls calls = model.map(m -> new BenchResult.ModelCalls(m.callsMade() - madeBefore,
                m.callsRefused() - refusedBefore, (long) answers * (1 + THREADS.length))).orElse(null);
        return new BenchResult.Run(distinct.size(), latency.summary(), latency.abstained(), throughput, hits, calls);
    }

    /**
     * JFR's profiling settings, with native code (the embedding model runs in ONNX Runtime) sampled as
     * often as Java code.
     */
    private static Recording profiling() throws IOException {
        try {
            Recording r = new Recording(Configuration.getConfiguration("profile"));
            r.enable("jdk.ExecutionSample").withPeriod(SAMPLE_PERIOD);
            r.enable("jdk.NativeMethodSample").withPeriod(SAMPLE_PERIOD);
            return r;
        } catch (ParseException e) {
            throw new IllegalStateException("the JDK's own JFR settings do not parse", e);
        }
    }

    /**
     * Passages to draw the unique questions' words from: up to {@link #SAMPLE_PER_DOCUMENT} of each
     * document, spread over it, and {@link #SAMPLE_MAX} in all (the whole knowledge base is never held).
     */
    private static List<Passage> sample(KnowledgeBase kb, List<DocumentInfo> docs) {
        List<Passage> out = new ArrayList<>();
        int perDocument = Math.max(1, Math.min(SAMPLE_PER_DOCUMENT, SAMPLE_MAX / Math.max(1, docs.size())));
        for (DocumentInfo d : docs) {
            List<Passage> all = kb.show(d.id());
            int step = Math.max(1, all.size() / perDocument);
            for (int i = 0; i < all.size() && out.size() < SAMPLE_MAX; i += step) {
                out.add(all.get(i));
            }
        }
        if (out.isEmpty()) {
            throw new KnowledgeException("the knowledge base is empty: there is nothing to ask about");
        }
        return out;
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

    /**
     * Adds the generated documents {@link #BUILD_BATCH} to a commit, each made when its batch is due,
     * from {@link #BUILDERS} threads: while one commits its batch (one core), the next batch is embedded
     * (both cores), as two moderators adding files at once would. Samples the heap after a collection
     * every {@link #HEAP_SAMPLE_BATCHES} batches.
     */
    private static BenchResult.Build build(KnowledgeBase kb, int passages) throws IOException, InterruptedException {
        int documents = SyntheticDocuments.documents(passages);
        progress("building " + documents + " generated documents (~" + passages + " passages)");
        Iterator<Source> sources = new SyntheticDocuments(SEED).stream(passages);
        long start = System.nanoTime();
        AtomicInteger built = new AtomicInteger();
        AtomicInteger batches = new AtomicInteger();
        double[] heapMax = new double[1];
        ExecutorService builders = Executors.newFixedThreadPool(BUILDERS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < BUILDERS; t++) {
                running.add(builders.submit(() -> {
                    for (List<Source> batch = nextBatch(sources); !batch.isEmpty(); batch = nextBatch(sources)) {
                        for (DocumentInfo d : kb.addAll(batch, "bench")) {
                            built.addAndGet(d.passages());
                        }
                        if (batches.incrementAndGet() % HEAP_SAMPLE_BATCHES == 0) {
                            double heap = heapAfterGc();
                            synchronized (heapMax) {
                                heapMax[0] = Math.max(heapMax[0], heap);
                            }
                            progress("  " + built.get() + " passages in " + Math.round((System.nanoTime() - start) / 1e9)
                                    + " s");
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException("building the generated knowledge base failed", e.getCause());
        } finally {
            builders.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        heapMax[0] = Math.max(heapMax[0], heapAfterGc());
        return new BenchResult.Build(documents, built.get(), seconds, sizeMb(kb.dataDir()),
                sizeMb(kb.dataDir().resolve("index")) + sizeMb(kb.dataDir().resolve(PassageIndex.WORDS_DIR)), heapMax[0]);
    }

    /** The next {@link #BUILD_BATCH} generated documents (fewer at the end, none when all are taken). */
    private static List<Source> nextBatch(Iterator<Source> sources) {
        synchronized (sources) {
            List<Source> batch = new ArrayList<>(BUILD_BATCH);
            while (batch.size() < BUILD_BATCH && sources.hasNext()) {
                batch.add(sources.next());
            }
            return batch;
        }
    }

    private static double heapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return (rt.totalMemory() - rt.freeMemory()) / (1024.0 * 1024.0);
    }

    /** Megabytes under {@code dir}; 0 when there is no such folder (a backend that keeps its index elsewhere). */
    private static double sizeMb(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
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
