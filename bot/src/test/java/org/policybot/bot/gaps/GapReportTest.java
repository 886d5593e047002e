package org.policybot.bot.gaps;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.bot.TestEngine;
import org.policybot.knowledge.model.ClosestPassage;

/**
 * The gap report on the held-out generated questions recorded in two servers (real embedding model):
 * groups as made, each server's apart, the hint from the closest passages, the same report for the same
 * records in any order.
 */
class GapReportTest {
    private static final String HOME = "42";
    private static final String OTHER = "43";
    private static GeneratedQuestions generated;
    private static List<GapQuestion> records;
    private static Map<String, String> groupOf;

    /**
     * Each made group in one server: the first six in HOME, the other six in OTHER. Even groups come near a
     * passage (similarity 0.55), odd ones do not (0.20); each group is asked by five members.
     */
    @BeforeAll
    static void record() {
        generated = GeneratedQuestions.read("holdout-groups.txt");
        List<String> names = generated.groups().stream().distinct().toList();
        records = new ArrayList<>();
        groupOf = new HashMap<>();
        for (int i = 0; i < generated.size(); i++) {
            String group = generated.groups().get(i);
            int g = names.indexOf(group);
            ClosestPassage p = new ClosestPassage("doc#" + group + "." + (i % 3 == 0 ? 2 : 1), "doc", "Handbook", group,
                    g % 2 == 0 ? 0.55 : 0.20);
            records.add(new GapQuestion("2026-12-0" + (1 + i % 9) + "T10:00:00Z", g < 6 ? HOME : OTHER,
                    generated.texts().get(i), List.of(i % 5 == 0 ? GapRecord.LOW_CONFIDENCE : GapRecord.ABSTAINED), p, 0.1,
                    "asker-" + g + "-" + (i % 5)));
            groupOf.put(generated.texts().get(i), group);
        }
    }

    @Test
    void eachServersQuestionsComeOutInTheGroupsTheyWereMadeInAndNeverMeetAnotherServers() {
        // WHEN the report is made
        GapReport report = GapReport.of(records, TestEngine.embedder(), 30);

        // THEN each server has six groups of 20 questions from 5 members, each example from one made group, all six
        // made groups there, none of the other server's
        assertThat(report.servers()).extracting(GapReport.ServerGaps::server).containsExactly(HOME, OTHER);
        List<String> names = generated.groups().stream().distinct().toList();
        for (GapReport.ServerGaps s : report.servers()) {
            List<String> expected = s.server().equals(HOME) ? names.subList(0, 6) : names.subList(6, 12);
            assertThat(s.questions()).isEqualTo(120);
            assertThat(s.groups()).hasSize(6).allSatisfy(g -> {
                assertThat(g.questions()).isEqualTo(20);
                assertThat(g.askers()).isEqualTo(5);
                assertThat(g.examples()).hasSize(2);
                assertThat(g.examples().stream().map(groupOf::get).distinct()).hasSize(1);
                assertThat(g.outcomes()).containsEntry(GapRecord.ABSTAINED, 16).containsEntry(GapRecord.LOW_CONFIDENCE, 4);
            });
            assertThat(s.groups().stream().map(g -> groupOf.get(g.examples().get(0))).toList())
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void theHintSaysWhetherADocumentCameCloseAndNamesThePassageThatCameClosestMostOften() {
        // WHEN the report is made
        GapReport report = GapReport.of(records, TestEngine.embedder(), 30);

        // THEN groups near a passage say a document is close, the others that none covers it, and the closest
        // passage is the one most of the group's questions came closest to
        List<String> names = generated.groups().stream().distinct().toList();
        for (GapReport.ServerGaps s : report.servers()) {
            for (GapReport.Group g : s.groups()) {
                String group = groupOf.get(g.examples().get(0));
                boolean near = names.indexOf(group) % 2 == 0;
                assertThat(g.hint()).isEqualTo(near ? GapReport.CLOSE_BUT_SILENT : GapReport.NOT_COVERED);
                assertThat(g.closest().passageId()).isEqualTo("doc#" + group + ".1");
                assertThat(g.closest().section()).isEqualTo(group);
            }
        }
        assertThat(report.text(Integer.MAX_VALUE)).contains("server 42: 120 questions in 6 groups")
                .contains("1. 20 questions from 5 members (16 not answered, 4 low confidence)")
                .contains("→ a document is close but does not say it").contains("→ no document covers this")
                .contains("closest: Handbook › ");
    }

    @Test
    void theSameRecordsInAnyOrderGiveTheSameReport() {
        // GIVEN the records, and the same records shuffled
        List<GapQuestion> shuffled = new ArrayList<>(records);
        Collections.shuffle(shuffled, new Random(12));

        // WHEN a report is made of each  THEN they are the same, to the letter
        GapReport first = GapReport.of(records, TestEngine.embedder(), 30);
        GapReport second = GapReport.of(shuffled, TestEngine.embedder(), 30);
        assertThat(second.text(Integer.MAX_VALUE)).isEqualTo(first.text(Integer.MAX_VALUE));
        assertThat(second.json()).isEqualTo(first.json());
    }

    @Test
    void theSameQuestionInTwoServersIsCountedInEachApartAndAChatMessageShowsTheLargestGroupsOnly() {
        // GIVEN one question asked in both servers, twice in HOME
        GapQuestion a = new GapQuestion("2026-12-01T10:00:00Z", HOME, "Is there parking?", List.of(GapRecord.ABSTAINED),
                null, null, "x");
        GapQuestion b = new GapQuestion("2026-12-01T11:00:00Z", HOME, "is there  parking", List.of(GapRecord.ABSTAINED),
                null, null, "y");
        GapQuestion c = new GapQuestion("2026-12-01T12:00:00Z", OTHER, "Is there parking?", List.of(GapRecord.VOTED_DOWN),
                null, null, "x");
        List<GapQuestion> all = new ArrayList<>(records);
        all.addAll(List.of(a, b, c));

        // WHEN the report is made, and shown with at most three groups per server
        GapReport report = GapReport.of(all, TestEngine.embedder(), 30);
        String text = report.only(HOME).text(3);

        // THEN each server counts its own, without a closest passage (none came near)
        assertThat(report.only(HOME).servers().get(0).groups()).filteredOn(g -> g.examples().contains("Is there parking?"))
                .singleElement().satisfies(g -> {
                    assertThat(g.questions()).isEqualTo(2);
                    assertThat(g.askers()).isEqualTo(2);
                    assertThat(g.closest()).isNull();
                    assertThat(g.hint()).isEqualTo(GapReport.NOT_COVERED);
                });
        assertThat(report.only(OTHER).servers().get(0).groups()).filteredOn(g -> g.examples().contains("Is there parking?"))
                .singleElement().satisfies(g -> assertThat(g.outcomes()).containsOnlyKeys(GapRecord.VOTED_DOWN));
        assertThat(text).doesNotContain("server 43").contains("… and 4 smaller groups");
    }
}
