package org.policybot.bot.bench;

import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measured.
 *
 * @param machine        cores, Java version and date of the run
 * @param documents      documents in the knowledge base answered from
 * @param passages       passages in it
 * @param questions      distinct questions asked
 * @param latency        warm single-thread answer times
 * @param abstained      answers of the latency run that abstained
 * @param throughput     answers per second by thread count
 * @param coldStartMs    launch-to-first-answer of each child process (empty when skipped)
 * @param heapMb         heap in use after warm-up and a garbage collection
 * @param shippedIndexMs time to index the shipped document into an empty folder (model already loaded)
 * @param build          the generated knowledge base's build, or null when the current data folder was used
 */
public record BenchResult(Machine machine, int documents, int passages, int questions, LatencySummary latency,
                          int abstained, Map<Integer, Double> throughput, List<Long> coldStartMs, double heapMb,
                          long shippedIndexMs, Build build) {

    /** Where the figures were taken. */
    public record Machine(int cores, String java, String date) {
    }

    /** Building the generated knowledge base through the real add path. */
    public record Build(int documents, int passages, double seconds, double dataMb) {
    }

    public BenchResult {
        throughput = Map.copyOf(throughput);
        coldStartMs = List.copyOf(coldStartMs);
    }

    /** The best throughput over the thread counts tried. */
    public double bestThroughput() {
        return throughput.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    /** The median cold start, or -1 when none was measured. */
    public long coldStartMedianMs() {
        if (coldStartMs.isEmpty()) {
            return -1;
        }
        List<Long> sorted = coldStartMs.stream().sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
