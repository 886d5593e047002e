package org.policybot.knowledge.decide;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OverviewSubjectTest {
    @Test
    void aTitleIsNamedByTheInitialsOfAnyRunOfItsWordsWithOrWithoutItsSmallWords() {
        // WHEN the initials of titles are taken
        // THEN "GPL" names the GNU General Public License, "CoC" and "CC" a code of conduct
        assertThat(OverviewSubject.initials("GNU General Public License")).contains("gpl", "ggpl", "gp", "pl")
                .doesNotContain("g", "gnu");
        assertThat(OverviewSubject.initials("Code of Conduct")).contains("coc", "cc", "co");
        assertThat(OverviewSubject.initials("Privacy")).isEmpty();
    }
}
