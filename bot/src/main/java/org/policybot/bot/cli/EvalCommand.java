package org.policybot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.retrieve.Fusion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code eval FILE} or {@code eval --corpus DIR}: scores questions; prints each failure, figures per
 * document (corpus) and three overall figures (hit rate, abstain-correct rate, false-abstain rate), and
 * exits 1 when a figure misses its threshold. A corpus is added to a fresh temporary knowledge base
 * beside the shipped documents, so what is measured is what a moderator who adds those files gets.
 */
@Command(name = "eval", description = "Score a question file or a corpus; non-zero exit below the thresholds given.")
final class EvalCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1",
            description = "JSON lines: {\"id\",\"q\",\"expect\",\"facts\",\"evidence\"}, scored on the knowledge base in --data.")
    Path file;

    @Option(names = "--corpus", paramLabel = "DIR",
            description = "A corpus folder (manifest.json, questions.jsonl): its documents are added to a fresh "
                    + "temporary knowledge base and its questions scored per document.")
    Path corpus;

    @Option(names = "--split", paramLabel = "FILE",
            description = "With --corpus: a split file ({\"PART\": {\"docs\": [...], \"outOfScope\": [...]}}).")
    Path split;

    @Option(names = "--part", paramLabel = "PART", description = "With --split: the part to score (e.g. validation).")
    String part;

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

    @Option(names = "--trace", paramLabel = "FILE",
            description = "Write how each question was reasoned about (features of every candidate sentence and of "
                    + "the question, with the case's labels) as JSON lines, for fitting the decision.")
    Path trace;

    @Override
    public Integer call() throws IOException {
        if ((file == null) == (corpus == null)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "give a question FILE or --corpus DIR");
        }
        if ((split == null) != (part == null) || split != null && corpus == null) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--split and --part go together, with --corpus");
        }
        GlobalOptions global = GlobalOptions.of(spec);
        if (file != null) {
            try (Services services = Services.from(global)) {
                return score(read(file), services.engine(fusion), false);
            }
        }
        EvalCorpus c = EvalCorpus.read(corpus);
        List<EvalCase> cases = split == null ? c.cases() : EvalSplit.read(split, part).filter(c.cases());
        Path data = Files.createTempDirectory("policybot-eval");
        try (Services services = Services.from(global, data.resolve("kb"))) {
            add(c, services.kb());
            return score(cases, services.engine(fusion), true);
        } finally {
            deleteTree(data);
        }
    }

    private static void add(EvalCorpus corpus, KnowledgeBase kb) throws IOException {
        List<Source> sources = new ArrayList<>();
        for (EvalCorpus.Document d : corpus.documents()) {
            Path name = d.file().getFileName();
            sources.add(new Source(name == null ? d.id() : name.toString(), Files.readAllBytes(d.file()), d.id(),
                    d.title(), null));
        }
        kb.addAll(sources, "cli:eval");
    }

    private int score(List<EvalCase> cases, AnswerEngine engine, boolean perDocument) throws IOException {
        PrintWriter out = Console.out();
        try (EvalTrace tracer = trace == null ? null : EvalTrace.to(trace)) {
            return score(cases, engine, perDocument, out, tracer);
        }
    }

    private int score(List<EvalCase> cases, AnswerEngine engine, boolean perDocument, PrintWriter out,
                      EvalTrace tracer) throws IOException {
        Retrieval retrieval = new Retrieval();
        Map<String, EvalTally> groups = new LinkedHashMap<>();
        for (EvalCase c : cases) {
            EvalTally tally = groups.computeIfAbsent(c.group(), g -> new EvalTally());
            Answer a;
            try {
                a = engine.answer(Question.of(c.question()));
            } catch (KnowledgeException e) {
                out.printf("FAIL %s: %s%n  rejected: %s%n", c.id(), c.question(), e.getMessage());
                tally.add(c, false, false, false);
                continue;
            }
            if (c.expectAnswer() && !c.evidence().isEmpty()) {
                retrieval.add(EvalScorer.evidenceRank(engine.retrieve(Question.of(c.question()), RETRIEVAL_DEPTH),
                        c.evidence()));
            }
            List<String> failures = EvalScorer.failures(c, a);
            if (tracer != null) {
                tracer.write(c, engine.explain(Question.of(c.question())), failures.isEmpty());
            }
            tally.add(c, failures.isEmpty(), a.abstained(), Answer.LOW.equals(a.confidence()));
            if (!failures.isEmpty() || verbose) {
                out.printf("%s %s: %s%n", failures.isEmpty() ? "ok  " : "FAIL", c.id(), c.question());
                failures.forEach(f -> out.println("  - " + f));
                out.println("  answer: " + a.answer().replace('\n', ' '));
            }
        }
        EvalTally total = new EvalTally();
        groups.values().forEach(total::addAll);
        if (perDocument) {
            groups.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, EvalTally> e) -> e.getKey().equals(EvalTally.OUT_OF_SCOPE))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> out.printf("%-40s %s%n", e.getKey(), e.getValue().groupFigures()));
        }
        retrieval.print(out);
        boolean pass = total.hit() >= minHit && total.abstainCorrect() >= minAbstain
                && total.falseAbstain() <= maxFalseAbstain;
        out.printf("%s %s, low confidence %d, wrong answers %d [fusion %s]%n", pass ? "PASS" : "BELOW THRESHOLD",
                total.figures(), total.lowConfidence, total.wrongAnswers(), fusion);
        out.flush();
        return pass ? 0 : 1;
    }

    static final int RETRIEVAL_DEPTH = 10;

    /** Rank of the first passage holding the expected evidence, over the answerable cases: recall@k and MRR. */
    private static final class Retrieval {
        private final int[] foundAt = new int[RETRIEVAL_DEPTH + 1];
        private int cases;
        private double reciprocal;

        void add(int rank) {
            cases++;
            if (rank > 0) {
                foundAt[rank]++;
                reciprocal += 1.0 / rank;
            }
        }

        void print(PrintWriter out) {
            if (cases > 0) {
                out.println(String.format(Locale.ROOT,
                        "retrieval: recall@1 %.3f, recall@3 %.3f, recall@%d %.3f, MRR %.3f (%d cases)",
                        recall(1), recall(3), RETRIEVAL_DEPTH, recall(RETRIEVAL_DEPTH), reciprocal / cases, cases));
            }
        }

        private double recall(int k) {
            int n = 0;
            for (int r = 1; r <= k && r < foundAt.length; r++) {
                n += foundAt[r];
            }
            return (double) n / cases;
        }
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
        } catch (java.nio.file.NoSuchFileException e) {
            throw new KnowledgeException("no such question file: " + file);
        }
        return cases;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
