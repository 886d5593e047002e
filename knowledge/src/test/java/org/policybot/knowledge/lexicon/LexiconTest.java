package org.policybot.knowledge.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void everyListLoadsAndHoldsWhatItsRuleNeeds() {
        // WHEN the lexicon is read
        // THEN each list holds general English its rule relies on
        assertThat(Lexicon.STOP_WORDS).contains("the", "what", "don't").doesNotContain("post", "policy", "data", "won");
        assertThat(Lexicon.ASKING_WORDS).contains("mention", "say", "document");
        assertThat(Lexicon.CHAT_ABBREVIATIONS).containsEntry("ppl", "people").containsEntry("mods", "moderators");
        assertThat(Lexicon.NUMBER_WORDS).containsEntry("twelve", 12.0).containsEntry("dozen", 12.0);
        assertThat(Lexicon.TIME_UNITS).containsEntry("week", 7.0).containsEntry("months", 30.0);
        assertThat(Lexicon.NEGATIONS).contains("not", "never");
        assertThat(Lexicon.AUXILIARIES).contains("can", "doesn't");
        assertThat(Lexicon.DISCOURSE_LINKS.get(0)).isEqualTo("at the same time");
        assertThat(Lexicon.CALENDAR_WORDS).contains("may", "sunday");
        assertThat(Lexicon.TAG_WORDS).contains("right", "correct");
        assertThat(Lexicon.VERBS_ENDING_IN_ED).contains("need").doesNotContain("agreed");
        assertThat(Lexicon.UNCHANGING_VERBS).contains("will", "met").doesNotContain("train");
        assertThat(Lexicon.THIRD_PERSON_FORMS).containsEntry("are", "is").containsEntry("don’t", "doesn’t");
        assertThat(Lexicon.ABBREVIATIONS).contains("e.g", "dr");
        assertThat(Lexicon.NUMBER_ABBREVIATIONS).contains("no").doesNotContain("dr");
        assertThat(Lexicon.BOUND_PHRASES.get("minimum")).contains("or over").doesNotContain("up to");
        assertThat(Lexicon.PEOPLE_WORDS).contains("people", "individuals").doesNotContain("member");
        assertThat(Lexicon.PERSON_NOUNS).contains("member", "trustee").doesNotContain("committee", "seat", "chair");
        assertThat(Lexicon.RELATIVE_PRONOUNS).contains("that", "who").doesNotContain("if");
    }

    @Test
    void aPluralIsReadInTheSingularForEveryNounCheck() {
        // GIVEN nouns in the plural, regular, in "-ies", in "-es" and irregular
        // WHEN their singular spellings are looked up
        // THEN the word itself comes first and the singular is among them
        assertThat(Lexicon.singulars("authorities")).startsWith("authorities").contains("authority");
        assertThat(Lexicon.singulars("people")).contains("person");
        assertThat(Lexicon.singulars("trustees")).contains("trustee");
        assertThat(Lexicon.singulars("chair")).containsExactly("chair");
        // AND the role, body and people checks read them so: "Secretaries" is a role as "Treasurers" is
        assertThat(Lexicon.namesARole("Secretaries")).isTrue();
        assertThat(Lexicon.namesARole("Treasurers'")).isTrue();
        assertThat(Lexicon.namesABody("Authorities")).isTrue();
        assertThat(Lexicon.namesARole("Coaches")).isTrue();
        assertThat(Lexicon.namesARole("Children")).isTrue();
        assertThat(Lexicon.namesABody("Boxes")).isFalse();
    }

    @Test
    void aWordHasItsOtherSpellingAndShortWordsHaveNone() {
        assertThat(Lexicon.spellingVariants("licence")).contains("license");
        assertThat(Lexicon.spellingVariants("color")).contains("colour");
        assertThat(Lexicon.spellingVariants("organisations")).contains("organizations");
        assertThat(Lexicon.spellingVariants("travelled")).contains("traveled");
        assertThat(Lexicon.spellingVariants("four")).isEmpty();
    }

    @Test
    void noWordIsListedTwiceInOneList() {
        for (String file : List.of("stop-words.txt", "asking-words.txt", "negations.txt", "auxiliaries.txt",
                "agent-nouns.txt", "determiners.txt", "phrase-openers.txt", "months.txt", "weekdays.txt",
                "tag-words.txt",
                "verbs-ending-in-ed.txt", "chat-abbreviations.txt", "spelling-variants.txt", "unchanging-verbs.txt",
                "third-person-forms.txt", "abbreviations.txt", "number-abbreviations.txt", "bound-phrases.txt",
                "people-words.txt", "person-nouns.txt", "relative-pronouns.txt", "multiplicatives.txt")) {
            List<String> lines = Lexicon.lines(file);
            Set<String> distinct = new HashSet<>(lines);
            assertThat(distinct).as(file).hasSameSizeAs(lines);
        }
    }
}
