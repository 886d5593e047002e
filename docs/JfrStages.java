import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a warm answer spends its time: reads a JFR recording of {@code policybot bench}, keeps the
 * execution samples taken inside {@code AnswerEngine.answer}, and charges each to the innermost
 * answer stage on its stack. Run: {@code java docs/JfrStages.java warm.jfr} (add {@code -v} for the
 * hottest methods of each stage). See docs/PERFORMANCE.md.
 */
public class JfrStages {
    /** Frame name fragments, most specific first, and the stage they belong to. */
    private static final String[][] STAGES = {
        {"retrieve.QueryAnalyzer.suggest", "query analysis: spell checking"},
        {"retrieve.QueryAnalyzer.", "query analysis: terms and rarity"},
        {"index.MiniLmEmbedder.", "embedding (model)"},
        {"index.CachingEmbedder.", "embedding (cache)"},
        {"retrieve.HybridRetriever.bm25", "BM25"},
        {"index.Snapshot.load", "loading stored passages"},
        {"index.Snapshot.passageAt", "loading stored passages"},
        {"AbstractKnnVectorQuery", "kNN"},
        {"retrieve.HybridRetriever.", "retrieval: fusion"},
        {"compose.WordMatcher.", "WordMatcher (same-meaning words)"},
        {"compose.SentenceScorer.", "sentence scoring"},
        {"compose.SentenceSelector.", "sentence selection"},
        {"compose.Abstention.", "abstention"},
        {"compose.AnswerWriter.", "writing the answer"},
        {"compose.FirstPersonRewriter.", "writing the answer"},
        {"compose.Citations.", "writing the answer"},
        {"KnowledgeBase.coverage", "coverage (abstention reply)"},
        {"KnowledgeBase.snapshot", "snapshot"},
        {"compose.QuestionText.", "question cleaning"},
        {"compose.Intent.", "question cleaning"},
        {"compose.QuestionType.", "question cleaning"},
        {"AnswerEngine.", "engine (other)"},
    };

    public static void main(String[] args) throws Exception {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Map<String, Integer>> hottest = new HashMap<>();
        int total = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            RecordedStackTrace stack = e.getStackTrace();
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || stack == null
                    || stack.getFrames().stream().noneMatch(f -> name(f).endsWith("AnswerEngine.answer"))) {
                continue;
            }
            total++;
            String stage = "other";
            search:
            for (RecordedFrame f : stack.getFrames()) {
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
        System.out.println("samples inside AnswerEngine.answer: " + all);
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
