package org.policybot.bot.process;

import java.lang.reflect.Proxy;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.IntConsumer;
import org.slf4j.LoggerFactory;

/**
 * Stops the process in order on SIGTERM and SIGINT (Ctrl-C): the steps registered here run one after
 * another (the bot lets its answers in flight finish and disconnects; the embedding model waits for its
 * load and its embeddings and closes), and only then does the JVM start shutting down, with the status
 * the signal gives (128 + its number), so shutdown hooks still run.
 *
 * <p>Why shutdown hooks alone do not do: hooks run side by side, and ONNX Runtime's {@code
 * OrtEnvironment} registers one that frees its native environment. A stop that came while the model
 * was loading or embedding had that hook free the environment under the running native code: SIGSEGV,
 * exit 134 (SIGTERM to {@code kb add} while its model loaded: 3 crashes in 16 stops between 0.5 and 3.2 s,
 * and 4 in 4 between 0.55 and 0.7 s with a shutdown hook of ours that waited for the load; 2026-12-01).
 * Steps run before any hook starts, so nothing native is in flight when ONNX Runtime's hook runs.
 *
 * <p>The JVM's signal API ({@code sun.misc.Signal}, exported by the {@code jdk.unsupported} module) is
 * reached by reflection: javac warns on every direct use of it, and the build fails on warnings. Where
 * it is missing, or the JVM was told to leave signals alone ({@code -Xrs}), the JVM's own handling (the
 * hooks) stays.
 */
public final class StopSignals {
    private static final List<String> SIGNALS = List.of("TERM", "INT");
    /** A shell's convention for "ended by signal N": 128 + N. */
    private static final int SIGNAL_EXIT_BASE = 128;
    private static final Deque<Runnable> STEPS = new ConcurrentLinkedDeque<>();
    private static final AtomicBoolean STOPPING = new AtomicBoolean();

    private StopSignals() {
    }

    /** Takes over SIGTERM and SIGINT for this process; call once, early in {@code main}. */
    public static void install() {
        for (String name : SIGNALS) {
            handle(name, StopSignals::stop);
        }
    }

    /**
     * Adds a step to run on a stop signal before the JVM shuts down. A step added later runs first: the
     * bot, started after the model it answers with, stops answering before the model closes.
     */
    public static void beforeExit(Runnable step) {
        STEPS.addFirst(step);
    }

    /** True once a stop signal has come: the steps are running, and the process is about to exit. */
    public static boolean stopping() {
        return STOPPING.get();
    }

    /**
     * For the main thread when its command ends during a stop: waits for the stop to exit the process,
     * so the exit status is the signal's and nothing exits before the steps are done.
     */
    public static void awaitExit() {
        while (true) {
            try {
                Thread.sleep(Long.MAX_VALUE);
            } catch (InterruptedException e) {
                // only the exit ends this wait
            }
        }
    }

    /**
     * Runs the steps once, then exits. A second signal while they run (Ctrl-C pressed again) halts at
     * once, without the steps or the hooks: the user insisted.
     */
    static void stop(int status) {
        if (!STOPPING.compareAndSet(false, true)) {
            Runtime.getRuntime().halt(status);
            return;
        }
        for (Runnable step : STEPS) {
            try {
                step.run();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(StopSignals.class).warn("A step of stopping failed: {}", e.toString());
            }
        }
        System.exit(status);
    }

    private static void handle(String name, IntConsumer onSignal) {
        try {
            Class<?> signal = Class.forName("sun.misc.Signal");
            Class<?> handler = Class.forName("sun.misc.SignalHandler");
            Object sig = signal.getConstructor(String.class).newInstance(name);
            int status = SIGNAL_EXIT_BASE + (int) signal.getMethod("getNumber").invoke(sig);
            Object onIt = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handler},
                    (proxy, method, args) -> switch (method.getName()) {
                        case "handle" -> {
                            onSignal.accept(status);
                            yield null;
                        }
                        case "hashCode" -> System.identityHashCode(proxy);
                        case "equals" -> proxy == args[0];
                        default -> "stop on SIG" + name;
                    });
            signal.getMethod("handle", signal, handler).invoke(null, sig, onIt);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LoggerFactory.getLogger(StopSignals.class).debug("SIG{} stays with the JVM: {}", name, e.toString());
        }
    }
}
