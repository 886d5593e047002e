package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeadingRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Part 2|Part 2", "Section 4: Scope|Section 4: Scope",
        "Article 3. Members|Article 3. Members", "Schedule: Fees|Schedule: Fees", "§ 4 Members|§ 4 Members",
        "Appendix A|Appendix A",
        "APPENDIX: How to apply the Apache License to your work.|APPENDIX: How to apply the Apache License to your work"})
    void aLabelWithANumberOrATitleHeadsItsSection(String line, String heading) {
        // WHEN a line starting with an outline or appendix label is read
        // THEN it is a heading
        assertThat(HeadingRules.line(line)).hasValueSatisfying(h -> assertThat(h.text()).isEqualTo(heading));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Part-time staff are entitled to pro-rata leave", "Schedule: Tuesdays and Thursdays, 7–9 pm",
        "Particular care is needed near the weir", "Sections are numbered in order"})
    void aLineThatOnlyStartsWithALabelsLettersIsNoHeading(String line) {
        // WHEN a line whose first word holds a label ("Part-time") or names no section is read
        // THEN it is no heading
        assertThat(HeadingRules.line(line)).isEmpty();
    }
}
