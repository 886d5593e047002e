package org.policybot.knowledge.index;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The in-jar quantized all-MiniLM-L6-v2 (384 dimensions), run offline through ONNX Runtime. The
 * process holds one model ({@link OnnxModel}), loaded on first need: {@code kb list} and other
 * commands that never embed never load it, and {@link #preload()} lets a command that will embed
 * start the load (most of a second) while the rest of start-up proceeds. A process that loaded it
 * must {@link #closeModel()} before it exits (see {@link OnnxModel} for the crash that prevents).
 */
public final class MiniLmEmbedder implements Embedder {
    private static final int DIMENSIONS = 384;
    private static final OnnxModel MODEL = new OnnxModel();
    private static volatile MiniLmEmbedder shared;
    private final ExecutorService pool;

    /** The process's usual instance. */
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

    /**
     * An embedder with its own threads for batch embedding; every instance uses the process's one
     * model, so creating one costs no model load.
     */
    public MiniLmEmbedder() {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "embed-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * Reads the model and its tokenizer from files in {@code dir} (unpacked when the application was
     * packaged: no 16 MB to inflate from a jar) instead of the class path, if both are there. Call it
     * before the model loads; the model is the same, so are its vectors.
     */
    public static void readFrom(Path dir) {
        MODEL.readFrom(dir);
    }

    /** The model's tokenizer file, whose vocabulary {@link ModelWords} reads. */
    static InputStream openTokenizer() throws IOException {
        return MODEL.openTokenizer();
    }

    /** Starts loading the model in the background, for a command that is about to embed. */
    public static void preload() {
        MODEL.startLoading();
    }

    /** True once this process started loading the model. */
    public static boolean modelRequested() {
        return MODEL.started();
    }

    /**
     * Waits for a load and for embeddings in progress, then closes the model: call it before the
     * process exits. Embedding afterwards fails; a model never loaded costs nothing to close.
     */
    public static void closeModel() {
        MODEL.close();
    }

    @Override
    public int dimensions() {
        return DIMENSIONS;
    }

    @Override
    public float[] embed(String text) {
        return normalise(MODEL.use(encoder -> new InProcess(encoder, pool).embed(text).content().vector()));
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
        MODEL.use(encoder -> new InProcess(encoder, pool).embedAll(segments).content())
                .forEach(e -> out.add(normalise(e.vector())));
        return out;
    }

    /** LangChain4j's in-process embedding (tokenising, batching, pooling) over our session. */
    private static final class InProcess extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        InProcess(OnnxBertBiEncoder encoder, Executor executor) {
            super(executor);
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return DIMENSIONS;
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
