import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a warm answer spends its time: reads a JFR recording of {@code policybot bench --profile FILE},
 * keeps the samples of Java and native code (the embedding model runs natively in ONNX Runtime) taken
 * inside {@code AnswerEngine.answer} or on the embedder's threads, and charges each to the innermost
 * answer stage on its stack. Run: {@code java docs/JfrStages.java unique.jfr} (add {@code -v} for the
 * hottest methods of each stage). See docs/PERFORMANCE.md.
 */
public class JfrStages {
    /** Frame name fragments, most specific first, and the stage they belong to. */
    private static final String[][] STAGES = {
        {"retrieve.IndexVocabulary.correction", "reading the question: spelling correction"},
        {"retrieve.IndexVocabulary.", "reading the question: term rarity"},
        {"question.", "reading the question (other)"},
        {"decide.WordMatcher.warm", "word embeddings (model)"},
        {"decide.WordMatcher.", "word similarities"},
        {"decide.WordVectors", "word vectors (store)"},
        {"index.WordVectorStore", "word vectors (store)"},
        {"index.MiniLmEmbedder.", "question embedding (model)"},
        {"index.CachingEmbedder.", "question embedding (cache)"},
        {"retrieve.HybridRetriever.bm25", "BM25"},
        {"index.Snapshot.load", "loading stored passages"},
        {"index.Snapshot.passageAt", "loading stored passages"},
        {"AbstractKnnVectorQuery", "kNN"},
        {"retrieve.HybridRetriever.", "retrieval: fusion"},
        {"decide.Evidence.", "sentence features (other)"},
        {"decide.", "decision"},
        {"write.", "writing the answer"},
        {"KnowledgeBase.coverage", "coverage (abstention reply)"},
        {"KnowledgeBase.snapshot", "snapshot"},
        {"AnswerEngine.", "engine (other)"},
    };
    /** The embedder's own threads: batches of words are embedded on them, off the answering thread. */
    private static final String POOL = "embed-";

    public static void main(String[] args) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> hottest = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            String type = e.getEventType().getName();
            RecordedStackTrace stack = e.getStackTrace();
            if (!type.equals("jdk.ExecutionSample") && !type.equals("jdk.NativeMethodSample") || stack == null) {
                continue;
            }
            var thread = e.getThread("sampledThread");
            boolean pool = thread != null && thread.getJavaName() != null && thread.getJavaName().startsWith(POOL);
            boolean answering = stack.getFrames().stream().anyMatch(f -> name(f).endsWith("AnswerEngine.answer"));
            if (!answering && !(pool && stack.getFrames().stream().anyMatch(f -> name(f).contains("OnnxBertBiEncoder")))) {
                continue;
            }
            total++;
            String stage = answering ? "other" : "word embeddings (model, embedder threads)";
            search:
            for (RecordedFrame f : answering ? stack.getFrames() : java.util.List.<RecordedFrame>of()) {
                for (String[] s : STAGES) {
                    if (name(f).contains(s[0])) {
                        stage = s[1];
                        break search;
                    }
                }
            }
            counts.merge(stage, 1, Integer::sum);
            hottest.computeIfAbsent(stage, k -> new HashMap<>()).merge(name(stack.getFrames().get(0)), 1, Integer::sum);
        }
        int all = total;
        System.out.println("samples inside AnswerEngine.answer or embedding on the embedder's threads: " + all);
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(c -> {
            System.out.printf("%5.1f%%  %s%n", 100.0 * c.getValue() / all, c.getKey());
            if (args.length > 1) {
                hottest.get(c.getKey()).entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(3)
                        .forEach(h -> System.out.printf("           %4d  %s%n", h.getValue(), h.getKey()));
            }
        });
    }

    private static String name(RecordedFrame f) {
        return f.getMethod().getType().getName() + "." + f.getMethod().getName();
    }
}
