package org.policybot.knowledge.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Sentences;

class CitationsTest {
    private static Passage passage(String id, String text) {
        return new Passage(id, "doc", "Title", List.of("Part", "Sub"), "https://x.org", 0, text, Sentences.split(text));
    }

    @Test
    void passagesAreNumberedByFirstUseAndQuoteOnlyTheSentencesUsedInOrder() {
        Passage a = passage("a", "One. Two. Three.");
        Passage b = passage("b", "Four. Five.");
        Citations c = new Citations();

        // WHEN sentences are used in answer order: b1, a2, a0, b1 again
        int first = c.use(b, 1);
        int second = c.use(a, 2);
        int third = c.use(a, 0);
        int again = c.use(b, 1);

        // THEN numbers follow first use and quotes keep passage order
        assertThat(List.of(first, second, third, again)).containsExactly(1, 2, 2, 1);
        List<Citation> list = c.list();
        assertThat(list).extracting(Citation::n).containsExactly(1, 2);
        assertThat(list.get(0).quote()).isEqualTo("Five.");
        assertThat(list.get(1).quote()).isEqualTo("One. Three.");
        assertThat(list.get(1).text()).isEqualTo("One. Two. Three.");
        assertThat(list.get(1).section()).isEqualTo("Part › Sub");
    }

    @Test
    void markersGoBeforeTheFinalPunctuation() {
        assertThat(Citations.mark("It does not train.", 1)).isEqualTo("It does not train [1].");
        assertThat(Citations.mark("Focus on these areas:", 2)).isEqualTo("Focus on these areas [2]:");
        assertThat(Citations.mark("(A remark.)", 3)).isEqualTo("(A remark.) [3]");
        // AND before the link of a list item to the next
        assertThat(Citations.mark("the Vice-President Welfare and Community; and", 4))
                .isEqualTo("the Vice-President Welfare and Community [4]; and");
        assertThat(Citations.mark("Ada Lovelace, or", 5)).isEqualTo("Ada Lovelace [5], or");
    }
}
