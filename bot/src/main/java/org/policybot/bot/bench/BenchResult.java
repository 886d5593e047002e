package org.policybot.bot.bench;

import java.util.List;
import java.util.Map;

/**
 * What one benchmark run measured.
 *
 * @param machine        cores, Java version and date of the run
 * @param documents      documents in the knowledge base answered from
 * @param passages       passages in it
 * @param unique         questions never asked before (what a member waits for): no cache holds their embedding
 * @param cacheHit       a small set asked over and over: every question embedding after the first round is cached
 * @param coldStartMs    launch-to-first-answer of each child process (empty when skipped)
 * @param heapMb         heap in use after warm-up and a garbage collection
 * @param shippedIndexMs time to index the shipped document into an empty folder (model already loaded), on the
 *                       embedded index whatever the backend measured
 * @param build          the generated knowledge base's build, or null when the current data folder was used
 */
public record BenchResult(Machine machine, int documents, int passages, Run unique, Run cacheHit,
                          List<Long> coldStartMs, double heapMb, long shippedIndexMs, Build build) {

    /** Where the figures were taken. */
    public record Machine(int cores, String java, String date, String backend) {
    }

    /**
     * One kind of question load: single-thread latency and throughput by thread count.
     *
     * @param questions       distinct questions asked
     * @param latency         warm single-thread answer times
     * @param abstained       answers of the latency run that abstained
     * @param throughput      answers per second by thread count
     * @param queryCacheHits  question embeddings served by the cache during this run's timed answers
     * @param modelCalls      calls to the configured model during this run's answers, or null without a model
     */
    public record Run(int questions, LatencySummary latency, int abstained, Map<Integer, Double> throughput,
                      long queryCacheHits, ModelCalls modelCalls) {
        public Run {
            throughput = Map.copyOf(throughput);
        }

        /** A run without a model. */
        public Run(int questions, LatencySummary latency, int abstained, Map<Integer, Double> throughput,
                   long queryCacheHits) {
            this(questions, latency, abstained, throughput, queryCacheHits, null);
        }

        /** The best throughput over the thread counts tried. */
        public double bestThroughput() {
            return throughput.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }
    }

    /**
     * Model calls of a run (LLM mode): what the model was asked, and what the calls-a-minute caps refused.
     *
     * @param answers answers given in the run (latency and throughput runs together)
     */
    public record ModelCalls(long made, long refused, long answers) {
    }

    /**
     * Building the generated knowledge base through the real add path.
     *
     * @param heapMaxMb the largest heap in use after a garbage collection, sampled during the build
     * @param indexMb   the index folders' size (the rest of the data folder is the stored sources); 0 for a backend
 *                  that keeps its index elsewhere
     */
    public record Build(int documents, int passages, double seconds, double dataMb, double indexMb, double heapMaxMb) {
    }

    public BenchResult {
        coldStartMs = List.copyOf(coldStartMs);
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
