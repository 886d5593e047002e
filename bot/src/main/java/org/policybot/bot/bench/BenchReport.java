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
     * One JSON object: {@code p50_ms, p90_ms, p99_ms, mean_ms, samples, throughput_per_s} (best of the
     * thread counts), {@code throughput_by_threads, cold_start_ms} (median; null when skipped),
     * {@code cold_start_runs_ms, heap_mb, shipped_index_ms, documents, passages, questions, abstained,
     * machine} and, for a generated knowledge base, {@code build}.
     */
    public static String json(BenchResult r) {
        ObjectNode o = JSON.createObjectNode();
        o.put("p50_ms", round(r.latency().p50()));
        o.put("p90_ms", round(r.latency().p90()));
        o.put("p99_ms", round(r.latency().p99()));
        o.put("mean_ms", round(r.latency().mean()));
        o.put("max_ms", round(r.latency().max()));
        o.put("samples", r.latency().samples());
        o.put("abstained", r.abstained());
        o.put("throughput_per_s", round(r.bestThroughput()));
        ObjectNode byThreads = o.putObject("throughput_by_threads");
        new TreeMap<>(r.throughput()).forEach((t, v) -> byThreads.put(String.valueOf(t), round(v)));
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
        o.put("questions", r.questions());
        if (r.build() != null) {
            ObjectNode b = o.putObject("build");
            b.put("documents", r.build().documents());
            b.put("passages", r.build().passages());
            b.put("seconds", round(r.build().seconds()));
            b.put("data_mb", round(r.build().dataMb()));
        }
        ObjectNode m = o.putObject("machine");
        m.put("cores", r.machine().cores());
        m.put("java", r.machine().java());
        m.put("date", r.machine().date());
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serialises", e);
        }
    }

    /** A readable table, one figure a line. */
    public static String table(BenchResult r) {
        StringBuilder t = new StringBuilder();
        line(t, "knowledge base", r.documents() + " documents, " + r.passages() + " passages");
        if (r.build() != null) {
            line(t, "build (generated)", f("%d documents, %d passages in %.1f s; data folder %.1f MB",
                    r.build().documents(), r.build().passages(), r.build().seconds(), r.build().dataMb()));
        }
        line(t, "shipped document indexed", r.shippedIndexMs() + " ms");
        line(t, "warm latency", f("p50 %.2f ms, p90 %.2f ms, p99 %.2f ms (mean %.2f, max %.2f; %d answers of %d"
                        + " questions, %d abstained)", r.latency().p50(), r.latency().p90(), r.latency().p99(),
                r.latency().mean(), r.latency().max(), r.latency().samples(), r.questions(), r.abstained()));
        new TreeMap<>(r.throughput()).forEach((threads, v) -> line(t, "throughput, " + threads + " thread"
                + (threads == 1 ? "" : "s"), f("%.0f answers/s", v)));
        line(t, "cold start (to first answer)", r.coldStartMs().isEmpty() ? "skipped"
                : f("%d ms median of %s", r.coldStartMedianMs(), r.coldStartMs()));
        line(t, "heap after warm-up", f("%.1f MB", r.heapMb()));
        line(t, "machine", f("%d cores, Java %s, %s", r.machine().cores(), r.machine().java(), r.machine().date()));
        return t.toString();
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
