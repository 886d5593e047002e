package org.policybot.knowledge.write.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.model.Passage;

/**
 * Re-measures the figures {@link SupportCheck}'s threshold was chosen from, on the shipped document:
 * supported pairs (each sentence vs its own passage; hand-written paraphrases vs their passage) and
 * unsupported ones (the same texts vs the closest other passage; invented and negated claims vs the
 * passage whose words they reuse). Prints the table and fails if the figures drift.
 */
class SupportCalibrationTest {
    private static Embedder embedder;
    private static List<PassageEvidence> evidence;

    record Pair(String kind, boolean supported, String claim, int passage) {
    }

    @BeforeAll
    static void load() {
        embedder = new MiniLmEmbedder();
        evidence = PassageEvidence.of(FixturePassages.all(), embedder);
    }

    @Test
    void thresholdSeparatesSupportedFromUnsupportedClaims() {
        // GIVEN the calibration pairs and the shipped check
        SupportCheck check = new SupportCheck();
        List<Pair> pairs = pairs(check);

        // WHEN every pair is judged
        Map<String, List<Double>> scores = new LinkedHashMap<>();
        Map<String, int[]> passed = new LinkedHashMap<>();
        for (Pair p : pairs) {
            Support s = check.judge(p.claim(), List.of(evidence.get(p.passage())), embedder);
            scores.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(s.score());
            int[] count = passed.computeIfAbsent(p.kind(), k -> new int[2]);
            count[0] += s.supported() ? 1 : 0;
            count[1]++;
            if (s.supported() != p.supported()) {
                System.out.printf(Locale.ROOT, "calibration misjudged %-9s %s (%s)%n", p.kind(), p.claim(), s.why());
            }
        }
        scores.forEach((kind, list) -> {
            double[] v = list.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "calibration %-10s passed %2d/%2d  score min %.3f  p25 %.3f  median %.3f"
                            + "  p75 %.3f  max %.3f%n", kind, passed.get(kind)[0], passed.get(kind)[1], v[0],
                    v[v.length / 4], v[v.length / 2], v[3 * v.length / 4], v[v.length - 1]);
        });

        // THEN the figures stated in SupportCheck's Javadoc hold
        assertThat(passed.get("verbatim")).containsExactly(34, 34);
        assertThat(passed.get("supported")[0]).as("paraphrases passed of 52").isGreaterThanOrEqualTo(44);
        int unsupportedPassed = Arrays.stream(new String[] {"other", "para-other", "invented", "negated"})
                .mapToInt(k -> passed.get(k)[0]).sum();
        assertThat(unsupportedPassed).as("unsupported claims passed of 132").isLessThanOrEqualTo(1);
        assertThat(passed.get("negated")[0]).isZero();
    }

    private List<Pair> pairs(SupportCheck check) {
        List<Pair> out = new ArrayList<>();
        List<Passage> all = FixturePassages.all();
        for (int k = 0; k < all.size(); k++) {
            Passage p = all.get(k);
            for (int i = 0; i < p.sentences().size(); i++) {
                out.add(new Pair("verbatim", true, p.sentence(i), k));
                out.add(new Pair("other", false, p.sentence(i), closestOther(check, p.sentence(i), k)));
            }
        }
        for (String line : FixturePassages.resource("support-calibration.tsv").split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t");
            int k = Integer.parseInt(f[1]);
            out.add(new Pair(f[0], f[0].equals("supported"), f[2], k));
            if (f[0].equals("supported")) {
                out.add(new Pair("para-other", false, f[2], closestOther(check, f[2], k)));
            }
        }
        return out;
    }

    /** The other passage scoring highest for the claim: the hardest wrong citation. */
    private static int closestOther(SupportCheck check, String claim, int own) {
        int best = -1;
        double bestScore = -1;
        for (int k = 0; k < evidence.size(); k++) {
            double s = k == own ? -1 : check.judge(claim, List.of(evidence.get(k)), embedder).score();
            if (s > bestScore) {
                bestScore = s;
                best = k;
            }
        }
        return best;
    }
}
