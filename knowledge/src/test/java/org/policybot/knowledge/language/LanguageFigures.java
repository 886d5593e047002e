package org.policybot.knowledge.language;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Prints the figures of docs/LANGUAGE.md: the first detection's time in a fresh JVM (the models
 * load), the heap they keep, the time per detection once warm, and each language's tally on both
 * labelled sets. Not a test: timings belong to a quiet machine, not to the build. Run with the
 * knowledge module's test class path, once per JVM for the cold figures.
 */
public final class LanguageFigures {
    private LanguageFigures() {
    }

    public static void main(String[] args) {
        long heapBefore = usedHeapAfterGc();
        long t0 = System.nanoTime();
        AskerLanguage detector = AskerLanguage.shared();
        detector.detectCode("how long do you keep the messages i post in the server");
        long firstMs = (System.nanoTime() - t0) / 1_000_000;
        LabelledQuestions tuning = LabelledQuestions.read(LabelledQuestions.TUNING);
        LabelledQuestions heldOut = LabelledQuestions.read(LabelledQuestions.HELD_OUT);
        long t1 = System.nanoTime();
        tuning.score(detector);
        long firstPassMs = (System.nanoTime() - t1) / 1_000_000;
        long heapAfter = usedHeapAfterGc();
        System.out.printf("first detection (cold, models load): %d ms%n", firstMs);
        System.out.printf("first pass over the %d tuning items after it: %d ms%n", tuning.items().size(), firstPassMs);
        System.out.printf("heap kept after loading: %.1f MB%n", (heapAfter - heapBefore) / 1e6);

        for (int i = 0; i < 5; i++) {
            tuning.score(detector);
        }
        List<Long> nanos = new ArrayList<>();
        for (int pass = 0; pass < 10; pass++) {
            for (LabelledQuestions.Item item : tuning.items()) {
                long s = System.nanoTime();
                detector.detectCode(item.text());
                nanos.add(System.nanoTime() - s);
            }
        }
        Collections.sort(nanos);
        System.out.printf("per detection, warm, %d runs: median %.2f ms, p95 %.2f ms%n", nanos.size(),
                nanos.get(nanos.size() / 2) / 1e6, nanos.get(nanos.size() * 95 / 100) / 1e6);
        String longest = "can i keep the data i collected from members for my own research project ".repeat(55)
                .substring(0, 4000);
        long s = System.nanoTime();
        for (int i = 0; i < 20; i++) {
            detector.detectCode(longest);
        }
        System.out.printf("a 4000-character question (read up to %d): %.2f ms%n", AskerLanguage.MAX_CHARS,
                (System.nanoTime() - s) / 20 / 1e6);
        print("tuning set", tuning.score(detector));
        print("held-out set", heldOut.score(detector));
    }

    private static void print(String name, Map<String, LabelledQuestions.Tally> tallies) {
        System.out.println(name + ": language  correct  unknown  wrong");
        tallies.forEach((lang, t) -> System.out.printf("  %s  %3d/%-3d  %3d  %3d%n", lang, t.correct(), t.total(),
                t.unknown(), t.wrong()));
    }

    private static long usedHeapAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }
}
