package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.policybot.knowledge.model.Passage;

/** Checks on the structure a parse gives, shared by the tests of each format. */
final class StructureChecks {
    private StructureChecks() {
    }

    /**
     * Every numbered section sits under the nearest numbered ancestor whose number is a prefix of its own, and
     * no paragraph opening with a dotted clause number sits in a section whose number is not a prefix of (or
     * equal to) that clause's.
     */
    static void numbersNest(List<Passage> passages) {
        for (Passage p : passages) {
            List<Integer> own = List.of();
            for (String part : p.section()) {
                List<Integer> number = ClauseNumbers.of(part);
                if (number.isEmpty()) {
                    continue;
                }
                if (!own.isEmpty()) {
                    assertThat(ClauseNumbers.isParentOf(own, number)).as("%s in %s", part, p.sectionLabel()).isTrue();
                }
                own = number;
            }
            for (String paragraph : p.text().split("\n\n")) {
                List<Integer> clause = ClauseNumbers.of(paragraph);
                if (clause.size() >= 2 && !own.isEmpty()) {
                    assertThat(own.equals(clause) || ClauseNumbers.isParentOf(own, clause))
                            .as("paragraph \"%s\" in section %s", paragraph, p.sectionLabel()).isTrue();
                }
            }
        }
    }

    static List<String> labels(List<Passage> passages) {
        return passages.stream().map(Passage::sectionLabel).distinct().toList();
    }

    static Passage in(List<Passage> passages, String label) {
        return passages.stream().filter(p -> p.sectionLabel().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no section " + label + " in " + labels(passages)));
    }
}
