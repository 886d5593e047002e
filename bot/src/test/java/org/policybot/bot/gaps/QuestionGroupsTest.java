package org.policybot.bot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.bot.TestEngine;

/**
 * Grouping by meaning, on 760 generated questions in 38 known groups (the real embedding model): the
 * threshold is measured on a tuning set and checked on a held-out set, where the groups must come out as
 * made, and on a blind set written before any threshold was measured on it.
 */
class QuestionGroupsTest {
    /** Where the measured sweep is written, to read how the threshold was chosen. */
    static final Path SWEEP = Path.of("target", "gap-threshold-sweep.txt");

    private static GeneratedQuestions tuning;
    private static GeneratedQuestions holdout;
    private static GeneratedQuestions blind;
    private static List<float[]> tuningVectors;
    private static List<float[]> holdoutVectors;
    private static List<float[]> blindVectors;

    @BeforeAll
    static void embed() {
        tuning = GeneratedQuestions.read("tuning-groups.txt");
        holdout = GeneratedQuestions.read("holdout-groups.txt");
        blind = GeneratedQuestions.read("blind-groups.txt");
        tuningVectors = TestEngine.embedder().embedAll(tuning.texts());
        holdoutVectors = TestEngine.embedder().embedAll(holdout.texts());
        blindVectors = TestEngine.embedder().embedAll(blind.texts());
    }

    @Test
    void theThresholdIsInTheMiddleOfTheBestRangeOnTheTuningSet() throws IOException {
        // GIVEN 16 generated groups of 20 questions
        assertThat(tuning.groupCount()).isEqualTo(16);

        // WHEN they are grouped at every threshold from 0.30 to 0.90
        StringBuilder table = new StringBuilder("threshold | groups precision recall f1: tuning | holdout | blind\n");
        double bestF1 = 0;
        List<Double> best = new ArrayList<>();
        for (int t = 30; t <= 90; t++) {
            Score s = score(tuning, tuningVectors, t / 100.0);
            Score h = score(holdout, holdoutVectors, t / 100.0);
            Score b = score(blind, blindVectors, t / 100.0);
            table.append(String.format(Locale.ROOT, "%.2f | %s | %s | %s%n", t / 100.0, s, h, b));
            if (s.f1() > bestF1 + 1e-9) {
                bestF1 = s.f1();
                best.clear();
            }
            if (Math.abs(s.f1() - bestF1) <= 1e-9) {
                best.add(t / 100.0);
            }
        }
        Files.createDirectories(SWEEP.getParent());
        Files.writeString(SWEEP, table.toString());

        // THEN the chosen threshold is the middle of the range that scores best
        double middle = (best.get(0) + best.get(best.size() - 1)) / 2;
        assertThat(QuestionGroups.SAME_MEANING).as(table.toString()).isCloseTo(middle, org.assertj.core.data.Offset.offset(0.011));
    }

    @Test
    void theHeldOutGroupsComeOutAsMade() {
        // GIVEN 12 other generated groups of 20 questions, never used to choose the threshold
        assertThat(holdout.groupCount()).isEqualTo(12);

        // WHEN they are grouped
        Score s = score(holdout, holdoutVectors, QuestionGroups.SAME_MEANING);

        // THEN each made group is one group, and no group mixes two
        assertThat(s.groups).isEqualTo(12);
        assertThat(s.precision).isEqualTo(1.0);
        assertThat(s.recall).isEqualTo(1.0);
    }

    @Test
    void theBlindGroupsComeOutAsMadeOrSplitButNeverMixed() {
        // GIVEN 10 groups of 20 questions written before any threshold was measured on them
        assertThat(blind.groupCount()).isEqualTo(10);

        // WHEN they are grouped
        Score s = score(blind, blindVectors, QuestionGroups.SAME_MEANING);

        // THEN no group mixes two, and at most two made groups are split (measured: "How much does the club
        // shirt cost?" apart from the other kit, "Can I leave my bike in the hallway?" apart from bike storage)
        assertThat(s.precision).isEqualTo(1.0);
        assertThat(s.groups).isBetween(10, 12);
        assertThat(s.recall).isGreaterThanOrEqualTo(0.9);
    }

    @Test
    void theSameQuestionsGiveTheSameGroupsInAnyOrder() {
        // GIVEN the held-out questions, and the same in reverse order
        int n = holdout.size();
        int[] ones = new int[n];
        Arrays.fill(ones, 1);
        List<float[]> reversed = new ArrayList<>(holdoutVectors);
        Collections.reverse(reversed);

        // WHEN each is grouped
        List<List<Integer>> forward = QuestionGroups.group(holdoutVectors, ones, QuestionGroups.SAME_MEANING);
        List<List<Integer>> backward = QuestionGroups.group(reversed, ones, QuestionGroups.SAME_MEANING);

        // THEN the groups hold the same questions
        assertThat(sets(backward, i -> n - 1 - i)).isEqualTo(sets(forward, i -> i));
    }

    private static List<java.util.Set<Integer>> sets(List<List<Integer>> groups, java.util.function.IntUnaryOperator index) {
        return groups.stream().map(g -> g.stream().map(index::applyAsInt).collect(java.util.stream.Collectors.toSet()))
                .sorted(java.util.Comparator.comparingInt(x -> x.stream().mapToInt(Integer::intValue).min().orElse(0)))
                .toList();
    }

    /** Pairwise precision and recall of a grouping against the groups as made. */
    private record Score(int groups, double precision, double recall) {
        double f1() {
            return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%3d %.3f %.3f %.3f", groups, precision, recall, f1());
        }
    }

    private static Score score(GeneratedQuestions q, List<float[]> vectors, double threshold) {
        int[] ones = new int[q.size()];
        Arrays.fill(ones, 1);
        List<List<Integer>> groups = QuestionGroups.group(vectors, ones, threshold);
        int[] found = new int[q.size()];
        for (int g = 0; g < groups.size(); g++) {
            for (int i : groups.get(g)) {
                found[i] = g;
            }
        }
        Map<String, Integer> made = new HashMap<>();
        long together = 0;
        long truly = 0;
        long both = 0;
        for (int i = 0; i < q.size(); i++) {
            made.putIfAbsent(q.groups().get(i), made.size());
            for (int j = i + 1; j < q.size(); j++) {
                boolean sameFound = found[i] == found[j];
                boolean sameMade = q.groups().get(i).equals(q.groups().get(j));
                together += sameFound ? 1 : 0;
                truly += sameMade ? 1 : 0;
                both += sameFound && sameMade ? 1 : 0;
            }
        }
        return new Score(groups.size(), together == 0 ? 1 : (double) both / together, truly == 0 ? 1 : (double) both / truly);
    }
}
