package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Span;

class SectionOutlineTest {
    private static Passage passage(int position, String... section) {
        String text = "Text " + position + ".";
        return new Passage("doc#" + position, "doc", "Doc", List.of(section), "", position, text,
                List.of(new Span(0, text.length())));
    }

    @Test
    void sectionsFormAnIndentedTreeWithPassageCounts() {
        // GIVEN passages before any heading, in two sub-sections, then back in their parent, then at top level
        List<Passage> passages = List.of(passage(0), passage(1, "3. Selection", "3.1. Eligibility"),
                passage(2, "3. Selection", "3.1. Eligibility"), passage(3, "3. Selection"),
                passage(4, "3. Selection", "3.4. Probation"), passage(5, "4. Removal"));

        // WHEN outlined  THEN each section shows once where it is met, indented by depth, with its count
        assertThat(SectionOutline.lines(passages)).containsExactly(
                "  (before the first heading)  [1 passage]",
                "  3. Selection",
                "    3.1. Eligibility  [2 passages]",
                "  3. Selection  [1 passage]",
                "    3.4. Probation  [1 passage]",
                "  4. Removal  [1 passage]");
    }
}
