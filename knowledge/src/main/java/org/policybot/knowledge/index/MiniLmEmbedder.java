package org.policybot.knowledge.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-jar quantized all-MiniLM-L6-v2 (384 dimensions), run offline through ONNX Runtime.
 * Loading takes most of a second, so it is created once per process and shared, and it loads on a
 * background thread from construction: opening the index and the rest of start-up proceed meanwhile,
 * and only the first embedding waits for it ({@code kb list} never does).
 */
public final class MiniLmEmbedder implements Embedder {
    private static final int DIMENSIONS = 384;
    /** DJL's tokenizer probes the EC2 metadata address and "calls home" unless this is set. */
    private static final String OPT_OUT = "OPT_OUT_TRACKING";
    /** How long the JVM's exit waits for a model still loading (see {@link #LOADING}). */
    private static final long EXIT_WAIT_SECONDS = 10;
    /**
     * Models still loading. ONNX Runtime crashes the process (SIGSEGV in createSession) when the JVM
     * exits in the middle of a load, e.g. when a command fails fast while the model loads in the
     * background; a shutdown hook lets a pending load finish first.
     */
    private static final java.util.Set<CompletableFuture<EmbeddingModel>> LOADING =
            java.util.concurrent.ConcurrentHashMap.newKeySet();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(MiniLmEmbedder::awaitPendingLoads, "minilm-exit"));
    }

    private static volatile MiniLmEmbedder shared;
    private final CompletableFuture<EmbeddingModel> model;

    /**
     * The process's one instance, loading from the first call: a command line calls it first thing,
     * so that the model loads while logging, configuration and the index start up.
     */
    public static MiniLmEmbedder shared() {
        MiniLmEmbedder s = shared;
        if (s == null) {
            synchronized (MiniLmEmbedder.class) {
                s = shared;
                if (s == null) {
                    s = new MiniLmEmbedder();
                    shared = s;
                }
            }
        }
        return s;
    }

    /** A new instance; prefer {@link #shared()}, as each instance holds its own copy of the model. */
    public MiniLmEmbedder() {
        if (System.getProperty(OPT_OUT) == null && System.getenv(OPT_OUT) == null) {
            System.setProperty(OPT_OUT, "true");
        }
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "embed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.model = new CompletableFuture<>();
        LOADING.add(model);
        Thread loader = new Thread(() -> {
            try {
                model.complete(new AllMiniLmL6V2QuantizedEmbeddingModel(pool));
            } catch (RuntimeException | Error e) {
                model.completeExceptionally(e);
            } finally {
                LOADING.remove(model);
            }
        }, "minilm-load");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        return normalise(model().embed(text).content().vector());
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(texts.size());
        for (String t : texts) {
            segments.add(TextSegment.from(t.isBlank() ? "." : t));
        }
        List<float[]> out = new ArrayList<>(texts.size());
        model().embedAll(segments).content().forEach(e -> out.add(normalise(e.vector())));
        return out;
    }

    private static void awaitPendingLoads() {
        for (CompletableFuture<EmbeddingModel> pending : LOADING) {
            try {
                pending.get(EXIT_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // the load failed or hangs: nothing more to wait for
            }
        }
    }

    /** The model, waiting for it to finish loading. */
    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedding model could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    static float[] normalise(float[] v) {
        double sum = 0;
        for (float x : v) {
            sum += x * x;
        }
        if (sum == 0) {
            return v;
        }
        float inv = (float) (1 / Math.sqrt(sum));
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * inv;
        }
        return out;
    }
}
