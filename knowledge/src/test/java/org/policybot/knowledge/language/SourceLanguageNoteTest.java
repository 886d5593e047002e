package org.policybot.knowledge.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class SourceLanguageNoteTest {
    @Test
    void everySupportedLanguageButEnglishHasItsOwnShortLine() {
        // GIVEN the supported languages
        // WHEN each one's note is asked for
        // THEN English has none, every other has one short sentence, and no two are the same
        assertThat(SupportedLanguages.CODES).contains("en", "fr", "es", "de", "it", "pt", "nl");
        assertThat(SourceLanguageNote.forLanguage("en")).isEmpty();
        for (String code : SupportedLanguages.CODES) {
            if (!code.equals("en")) {
                assertThat(SourceLanguageNote.forLanguage(code)).as(code).hasValueSatisfying(line -> {
                    assertThat(line).hasSizeLessThanOrEqualTo(80).endsWith(".").doesNotContain("{0}");
                });
            }
        }
        assertThat(new HashSet<>(SourceLanguageNote.LINES.values())).hasSameSizeAs(SourceLanguageNote.LINES.values());
    }

    @Test
    void aDetectedLocaleOrAnyCaseOfItsCodeFindsTheLine() {
        // GIVEN French asked as a locale and as an upper-case code
        // WHEN the note is asked for
        // THEN both give the French line
        assertThat(SourceLanguageNote.forLocale(Locale.FRENCH))
                .contains("Les documents sont en anglais, donc la réponse aussi.");
        assertThat(SourceLanguageNote.forLanguage(" FR ")).isEqualTo(SourceLanguageNote.forLocale(Locale.FRENCH));
    }

    @Test
    void noLanguageOrAnUnsupportedOneHasNoLine() {
        // GIVEN null, blank and a language not supported
        // WHEN the note is asked for
        // THEN there is none
        assertThat(SourceLanguageNote.forLanguage(null)).isEmpty();
        assertThat(SourceLanguageNote.forLanguage(" ")).isEmpty();
        assertThat(SourceLanguageNote.forLanguage("ja")).isEmpty();
        assertThat(SourceLanguageNote.forLocale(null)).isEmpty();
        assertThat(SupportedLanguages.contains("ja")).isFalse();
        assertThat(SupportedLanguages.contains(null)).isFalse();
        assertThat(SupportedLanguages.contains("NL")).isTrue();
    }
}
