package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextRepairTest {

    @Test
    void exactMojibakeIsReversed() {
        // GIVEN UTF-8 text decoded as CP1252 and as Latin-1 (C1 controls kept)
        String original = "The community’s “rules” — café, naïve, DALL·E, © 2023, 10 € fee";
        String cp1252 = new String(original.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        String latin1 = new String(original.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);

        // WHEN repaired  THEN the original comes back exactly
        assertThat(cp1252).contains("â€™");
        assertThat(TextRepair.paragraph(cp1252)).isEqualTo(original);
        assertThat(TextRepair.paragraph(latin1)).isEqualTo(original);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "each communityâs priorities|each community’s priorities",
        "Weâre eager|We’re eager",
        "if youâve got a story|if you’ve got a story",
        "for AIâs impact|for AI’s impact",
        "we donât train|we don’t train",
        "safety mechanismsânot only|safety mechanisms—not only",
        "an impactâif you|an impact—if you",
        "DALLÂ·E 2|DALL·E 2",
        "OpenAI Â© 2015âââ2023|OpenAI © 2015–2023",
        "Announcements,Â Responsible AI|Announcements, Responsible AI",
    })
    void lossyMojibakeIsRepairedByContext(String broken, String repaired) {
        // GIVEN mojibake whose C1 bytes were dropped by a scraper, in a text with other signs of it
        String text = broken + ". Weâre sure itâs fine.";

        // WHEN repaired  THEN the punctuation is restored by context
        assertThat(TextRepair.paragraph(text)).isEqualTo(repaired + ". We’re sure it’s fine.");
    }

    @Test
    void lossyRulesLeaveRealCircumflexAlone() {
        // GIVEN French words with â and no sign of mojibake  WHEN repaired  THEN nothing changes
        assertThat(TextRepair.paragraph("La pâte du château est prête.")).isEqualTo("La pâte du château est prête.");
    }

    @Test
    void unicodeIsComposedAndLigaturesExpanded() {
        // GIVEN decomposed accents and a PDF ligature
        String decomposed = "cafe\u0301 \uFB01nal o\uFB03ce";

        // WHEN repaired  THEN NFC plus ligature expansion; other compatibility forms such as ² are kept
        assertThat(TextRepair.paragraph(decomposed + " m²")).isEqualTo("café final office m²");
    }

    @Test
    void whitespaceIsNormalised() {
        // GIVEN NBSP, zero-width space, soft hyphen, tabs, CRLF and runs of spaces
        String messy = "a\u00A0b\u200Bc\u00ADd\te  f\r\ng\u2028h";

        // WHEN repaired as a paragraph  THEN one line with single plain spaces
        assertThat(TextRepair.paragraph(messy)).isEqualTo("a bcd e f g h");
        assertThat(TextRepair.text("one\r\ntwo\n\nthree")).isEqualTo("one\ntwo\n\nthree");
    }

    @Test
    void hyphenationAtLineBreaksIsJoined() {
        // GIVEN words broken at line ends, one of them a real compound
        String text = "Good gover-\nnance needs non-\nexclusive rights and well-\nknown rules.";

        // WHEN repaired  THEN broken words join; compounds keep their hyphen; mid-line hyphens stay
        assertThat(TextRepair.paragraph(text)).isEqualTo("Good governance needs non-exclusive rights and well-known rules.");
        assertThat(TextRepair.paragraph("a state-of-the-art tool")).isEqualTo("a state-of-the-art tool");
    }

    @Test
    void aCompoundBrokenAtALineEndKeepsItsHyphen() {
        // GIVEN compounds that a line end falls after, and a rare word broken that the text writes whole elsewhere
        String text = "Staff who work part-\ntime accrue leave; decision-\nmaking and follow-\nup meetings. The indem-\n"
                + "nification clause: indemnification is limited.";

        // WHEN repaired  THEN only what is no word joined stays hyphenated; the rare word the text holds is joined
        assertThat(TextRepair.paragraph(text)).isEqualTo("Staff who work part-time accrue leave; decision-making and"
                + " follow-up meetings. The indemnification clause: indemnification is limited.");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "valuable applications.We were inspired|valuable applications. We were inspired",
        "please contact us.)There are|please contact us.) There are",
        "on these areas:Making our products|on these areas: Making our products",
        "really?Yes|really? Yes",
    })
    void gluedSentencesAreSeparated(String glued, String separated) {
        // GIVEN a sentence end glued to a capitalised word  WHEN repaired  THEN a space is inserted
        assertThat(TextRepair.paragraph(glued)).isEqualTo(separated);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "e.g.The",
        "the U.S.Army",
        "version 3.5 of the tool",
        "see https://example.org/docs.Html for more",
        "write to help@example.org.Thanks",
        "www.example.Com",
        "DALL·E and GPT-4",
        "St.Petersburg",
    })
    void lookalikesAreNotSeparated(String text) {
        // GIVEN abbreviations, decimals, URLs, e-mail addresses and names  WHEN repaired  THEN unchanged
        assertThat(TextRepair.paragraph(text)).isEqualTo(text);
    }

    @Test
    void repairIsIdempotent() {
        // GIVEN a messy scraped text  WHEN repaired twice  THEN the second pass changes nothing
        String once = TextRepair.paragraph("Weâre here.Photo: DALLÂ·E 2 gover-\nnance\u00A0now");
        assertThat(TextRepair.paragraph(once)).isEqualTo(once);
    }
}
