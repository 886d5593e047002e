package org.policybot.bot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.TreeMap;

/** Renders a {@link BenchResult} as one JSON object or as a readable table. */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BenchReport() {
    }

    /**
     * One JSON object: {@code unique} and {@code cache_hit}, each with {@code p50_ms, p90_ms, p99_ms,
     * mean_ms, max_ms, samples, abstained, questions, throughput_per_s} (best of the thread counts),
     * {@code throughput_by_threads} and {@code query_cache_hits}; the unique figures again at the top level
     * (what a member waits for); {@code cold_start_ms} (median; null when skipped), {@code
     * cold_start_runs_ms, heap_mb, shipped_index_ms, documents, passages, machine} and, for a generated
     * knowledge base, {@code build}.
     */
    public static String json(BenchResult r) {
        ObjectNode o = JSON.createObjectNode();
        run(o, r.unique());
        run(o.putObject("unique"), r.unique());
        run(o.putObject("cache_hit"), r.cacheHit());
        if (r.coldStartMs().isEmpty()) {
            o.putNull("cold_start_ms");
        } else {
            o.put("cold_start_ms", r.coldStartMedianMs());
        }
        r.coldStartMs().forEach(o.putArray("cold_start_runs_ms")::add);
        o.put("heap_mb", round(r.heapMb()));
        o.put("shipped_index_ms", r.shippedIndexMs());
        o.put("documents", r.documents());
        o.put("passages", r.passages());
        if (r.build() != null) {
            ObjectNode b = o.putObject("build");
            b.put("documents", r.build().documents());
            b.put("passages", r.build().passages());
            b.put("seconds", round(r.build().seconds()));
            b.put("data_mb", round(r.build().dataMb()));
            b.put("index_mb", round(r.build().indexMb()));
            b.put("heap_max_mb", round(r.build().heapMaxMb()));
        }
        ObjectNode m = o.putObject("machine");
        m.put("cores", r.machine().cores());
        m.put("java", r.machine().java());
        m.put("date", r.machine().date());
        m.put("index_backend", r.machine().backend());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    private static void run(ObjectNode o, BenchResult.Run run) {
        LatencySummary l = run.latency();
        o.put("p50_ms", round(l.p50()));
        o.put("p90_ms", round(l.p90()));
        o.put("p99_ms", round(l.p99()));
        o.put("mean_ms", round(l.mean()));
        o.put("max_ms", round(l.max()));
        o.put("samples", l.samples());
        o.put("abstained", run.abstained());
        o.put("questions", run.questions());
        o.put("throughput_per_s", round(run.bestThroughput()));
        ObjectNode byThreads = o.putObject("throughput_by_threads");
        new TreeMap<>(run.throughput()).forEach((t, v) -> byThreads.put(String.valueOf(t), round(v)));
        o.put("query_cache_hits", run.queryCacheHits());
        if (run.modelCalls() == null) {
            o.putNull("model_calls");
        } else {
            ObjectNode m = o.putObject("model_calls");
            m.put("made", run.modelCalls().made());
            m.put("refused_by_cap", run.modelCalls().refused());
            m.put("answers", run.modelCalls().answers());
        }
    }

    /** A readable table, one figure a line. */
    public static String table(BenchResult r) {
        StringBuilder t = new StringBuilder();
        line(t, "knowledge base", r.documents() + " documents, " + r.passages() + " passages");
        if (r.build() != null) {
            line(t, "build (generated)", f("%d documents, %d passages in %.1f s; data folder %.1f MB (index %.1f MB);"
                            + " heap at most %.1f MB", r.build().documents(), r.build().passages(), r.build().seconds(),
                    r.build().dataMb(), r.build().indexMb(), r.build().heapMaxMb()));
        }
        line(t, "shipped document indexed", r.shippedIndexMs() + " ms (embedded index)");
        run(t, "unique questions", r.unique());
        run(t, "cache-hit questions", r.cacheHit());
        line(t, "cold start (to first answer)", r.coldStartMs().isEmpty() ? "skipped"
                : f("%d ms median of %s", r.coldStartMedianMs(), r.coldStartMs()));
        line(t, "heap after warm-up", f("%.1f MB", r.heapMb()));
        line(t, "machine", f("%d cores, Java %s, %s, index %s", r.machine().cores(), r.machine().java(),
                r.machine().date(), r.machine().backend()));
        return t.toString();
    }

    private static void run(StringBuilder t, String label, BenchResult.Run run) {
        LatencySummary l = run.latency();
        line(t, label, f("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (mean %.2f, max %.2f; %d answers of %d questions,"
                        + " %d abstained; %d query embeddings from the cache)", l.p50(), l.p90(), l.p99(), l.mean(), l.max(),
                l.samples(), run.questions(), run.abstained(), run.queryCacheHits()));
        if (run.modelCalls() != null) {
            line(t, "  model calls", f("%d made, %d refused by the calls-a-minute caps, for %d answers",
                    run.modelCalls().made(), run.modelCalls().refused(), run.modelCalls().answers()));
        }
        new TreeMap<>(run.throughput()).forEach((threads, v) -> line(t, "  throughput, " + threads + " thread"
                + (threads == 1 ? "" : "s"), f("%.0f answers/s", v)));
    }

    private static void line(StringBuilder t, String label, String value) {
        t.append(String.format(Locale.ROOT, "%-30s %s%n", label, value));
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
