package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.knowledge.KnowledgeException;

class DocIdsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Insights from Global Conversations.md|insights-from-global-conversations",
        "uploads/2024/Code_of_Conduct (v2).PDF|code-of-conduct-v2",
        "Política de Privacidade.docx|politica-de-privacidade",
        "report.v2.txt|report.v2",
        "---.md|document",
        "README|readme",
        "MPL-2.0|mpl-2.0",
        "GPL-3|gpl-3",
        "CODE_OF_CONDUCT|code-of-conduct",
    })
    void fromFileNameGivesAValidId(String fileName, String id) {
        // GIVEN a file name  WHEN turned into an id  THEN it is the expected, valid id
        assertThat(DocIds.fromFileName(fileName)).isEqualTo(id);
        assertThat(DocIds.validate(DocIds.fromFileName(fileName))).isEqualTo(id);
    }

    @Test
    void longNamesAreCutToTheLimit() {
        // GIVEN a 200-character name  WHEN turned into an id  THEN at most 80 characters, no trailing dash
        String id = DocIds.fromFileName("word-".repeat(40) + ".md");
        assertThat(id).hasSizeLessThanOrEqualTo(DocIds.MAX_LENGTH).doesNotEndWith("-");
        assertThat(DocIds.validate(id)).isEqualTo(id);
    }

    @Test
    void validateNamesTheProblem() {
        // GIVEN bad ids  WHEN validated  THEN each message says what is wrong
        assertThatThrownBy(() -> DocIds.validate("")).isInstanceOf(KnowledgeException.class)
                .hasMessage("document id is empty");
        assertThatThrownBy(() -> DocIds.validate("a".repeat(81))).hasMessage(
                "document id is 81 characters long; the limit is 80");
        assertThatThrownBy(() -> DocIds.validate("-leading")).hasMessageContaining("\"-leading\" is not valid");
        assertThatThrownBy(() -> DocIds.validate("Upper Case")).hasMessageContaining("lower-case letters");
        assertThat(DocIds.validate("faq_2024.v1-final")).isEqualTo("faq_2024.v1-final");
    }
}
