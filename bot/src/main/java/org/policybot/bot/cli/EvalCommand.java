package org.policybot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.retrieve.Fusion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval FILE}: scores a question file; prints each failure and three figures (hit rate,
 * abstain-correct rate, false-abstain rate) and exits 1 when a figure misses its threshold.
 */
@Command(name = "eval", description = "Score a question file; non-zero exit below the thresholds given.")
final class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "JSON lines: {\"id\",\"q\",\"expect\",\"facts\",\"evidence\"}.")
    Path file;

    @Option(names = "--min-hit", paramLabel = "H", description = "Lowest acceptable hit rate (0..1).")
    double minHit = 0;

    @Option(names = "--min-abstain", paramLabel = "A", description = "Lowest acceptable abstain-correct rate (0..1).")
    double minAbstain = 0;

    @Option(names = "--max-false-abstain", paramLabel = "F", description = "Highest acceptable false-abstain rate (0..1).")
    double maxFalseAbstain = 1;

    @Option(names = "--fusion", paramLabel = "MODE", description = "Retrieval: ${COMPLETION-CANDIDATES} (default NORMALISED).")
    Fusion fusion = Fusion.NORMALISED;

    @Option(names = "--verbose", description = "Print every answer, not only failures.")
    boolean verbose;

    @Override
    public Integer call() throws IOException {
        List<EvalCase> cases = read(file);
        PrintWriter out = Console.out();
        int retrievalCases = 0;
        int[] foundAt = new int[RETRIEVAL_DEPTH + 1];
        double reciprocal = 0;
        int answerable = 0;
        int hits = 0;
        int falseAbstains = 0;
        int outOfScope = 0;
        int correctAbstains = 0;
        try (Services services = Services.from(GlobalOptions.of(spec))) {
            AnswerEngine engine = services.engine(fusion);
            for (EvalCase c : cases) {
                Answer a;
                try {
                    a = engine.answer(Question.of(c.question()));
                } catch (KnowledgeException e) {
                    out.printf("FAIL %s: %s%n  rejected: %s%n", c.id(), c.question(), e.getMessage());
                    answerable += c.expectAnswer() ? 1 : 0;
                    outOfScope += c.expectAnswer() ? 0 : 1;
                    continue;
                }
                if (c.expectAnswer() && !c.evidence().isEmpty()) {
                    int rank = EvalScorer.evidenceRank(engine.retrieve(Question.of(c.question()), RETRIEVAL_DEPTH),
                            c.evidence());
                    retrievalCases++;
                    if (rank > 0) {
                        foundAt[rank]++;
                        reciprocal += 1.0 / rank;
                    }
                }
                List<String> failures = EvalScorer.failures(c, a);
                if (c.expectAnswer()) {
                    answerable++;
                    hits += failures.isEmpty() ? 1 : 0;
                    falseAbstains += a.abstained() ? 1 : 0;
                } else {
                    outOfScope++;
                    correctAbstains += a.abstained() ? 1 : 0;
                }
                if (!failures.isEmpty() || verbose) {
                    out.printf("%s %s: %s%n", failures.isEmpty() ? "ok  " : "FAIL", c.id(), c.question());
                    failures.forEach(f -> out.println("  - " + f));
                    out.println("  answer: " + a.answer().replace('\n', ' '));
                }
            }
        }
        double hit = rate(hits, answerable, 1);
        double abstain = rate(correctAbstains, outOfScope, 1);
        double falseAbstain = rate(falseAbstains, answerable, 0);
        boolean pass = hit >= minHit && abstain >= minAbstain && falseAbstain <= maxFalseAbstain;
        if (retrievalCases > 0) {
            out.println(String.format(Locale.ROOT, "retrieval: recall@1 %.3f, recall@3 %.3f, recall@%d %.3f, MRR %.3f (%d cases)",
                    recall(foundAt, 1, retrievalCases), recall(foundAt, 3, retrievalCases), RETRIEVAL_DEPTH,
                    recall(foundAt, RETRIEVAL_DEPTH, retrievalCases), reciprocal / retrievalCases, retrievalCases));
        }
        out.println(String.format(Locale.ROOT,
                "%s hit %.3f (%d/%d), abstain-correct %.3f (%d/%d), false-abstain %.3f (%d/%d) [fusion %s]",
                pass ? "PASS" : "BELOW THRESHOLD", hit, hits, answerable, abstain, correctAbstains, outOfScope,
                falseAbstain, falseAbstains, answerable, fusion));
        out.flush();
        return pass ? 0 : 1;
    }

    static final int RETRIEVAL_DEPTH = 10;

    private static double recall(int[] foundAt, int k, int cases) {
        int n = 0;
        for (int r = 1; r <= k && r < foundAt.length; r++) {
            n += foundAt[r];
        }
        return (double) n / cases;
    }

    private static double rate(int n, int of, double empty) {
        return of == 0 ? empty : (double) n / of;
    }

    static List<EvalCase> read(Path file) throws IOException {
        List<EvalCase> cases = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                com.fasterxml.jackson.databind.JsonNode node;
                try {
                    node = AnswerJson.JSON.readTree(line);
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new KnowledgeException(file + ": line " + lineNo + " is not JSON");
                }
                cases.add(EvalCase.parse(node, lineNo));
            }
        }
        return cases;
    }
}
