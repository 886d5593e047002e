package org.policybot.knowledge.retrieve;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.KbFixtures;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.question.Vocabulary;

class IndexVocabularyTest {
    @Test
    void aTitleIsNamedByTheInitialsOfItsRunsOfWords() {
        // GIVEN titles as moderators give them, with versions, dashes and small words
        // WHEN their initialisms are read
        // THEN a run of words is named by the initials of all its words and of those other than small words
        assertThat(IndexVocabulary.initialisms("Eclipse Public License - v 2.0"))
                .containsEntry("epl", "eclipse public license").doesNotContainKey("pl");
        assertThat(IndexVocabulary.initialisms("Harbor Lights Code of Conduct"))
                .containsEntry("coc", "code of conduct").containsEntry("hlcoc", "harbor lights code of conduct");
        assertThat(IndexVocabulary.initialisms("GNU General Public License v3")).containsEntry("gpl",
                "general public license");
    }

    @Test
    void aWordTheDocumentsNeverUseIsReadAsTheirWordOfTheSameMeaning(@TempDir Path dir) throws IOException {
        // GIVEN rules about children, bicycles, active members, June, today and Fridays
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            String rules = """
                    # Club rules

                    Children under twelve come with an adult. A bicycle may be left in the yard. Active members vote
                    at the meeting in June. The office answers today and on Fridays.
                    """;
            kb.add(new Source("rules.md", rules.getBytes(UTF_8), null, null, null), "test");

            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                // WHEN words the documents never use are looked up by their meaning
                Vocabulary v = IndexVocabulary.of(s, new WordEmbeddings(KbFixtures.EMBEDDER));

                // THEN everyday words read as the documents' words of the same meaning
                assertThat(v.sameMeaning("kids")).isEqualTo("children");
                assertThat(v.sameMeaning("bike")).isEqualTo("bicycle");
                // AND a word is never its opposite, nor another value of a series, nor something merely related
                assertThat(v.sameMeaning("inactive")).isNull();
                assertThat(IndexVocabulary.negates("unsafe", "safety")).isTrue();
                assertThat(v.sameMeaning("july")).isNull();
                assertThat(v.sameMeaning("tomorrow")).isNull();
                assertThat(v.sameMeaning("weekend")).isNull();
                assertThat(v.sameMeaning("weather")).isNull();
                // AND a vocabulary without an embedder reads no word by its meaning
                assertThat(IndexVocabulary.of(s).sameMeaning("kids")).isNull();
            }
        }
    }

    @Test
    void aWordsOppositeByANegatingPrefixIsFoundWhereTheDocumentsWriteIt(@TempDir Path dir) throws IOException {
        // GIVEN a complaints procedure that says "unhappy" and "unpaid", and words that only begin like a negation
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            String rules = """
                    # Complaints

                    If you are unhappy with our answer, a trustee reviews it. Unpaid fees are kept inside the
                    accounts. We disclose nothing and discharge no duty.
                    """;
            kb.add(new Source("complaints.md", rules.getBytes(UTF_8), null, null, null), "test");

            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                // WHEN a word is looked up for its opposite
                Vocabulary v = IndexVocabulary.of(s, new WordEmbeddings(KbFixtures.EMBEDDER));

                // THEN "happy" and "paid" find "unhappy" and "unpaid"
                assertThat(v.negatedForm("happy")).isEqualTo("unhappi");
                assertThat(v.negatedForm("paid")).isEqualTo("unpaid");
                // AND "side", "close" and "charge" are not the opposites of "inside", "disclose", "discharge"
                assertThat(v.negatedForm("side")).isNull();
                assertThat(v.negatedForm("close")).isNull();
                assertThat(v.negatedForm("charge")).isNull();
                // AND a word whose opposite the documents never write has none
                assertThat(v.negatedForm("fair")).isNull();
                // AND a vocabulary without an embedder finds none
                assertThat(IndexVocabulary.of(s).negatedForm("happy")).isNull();
            }
        }
    }

    @Test
    void preparingReadsEveryTableOfTheDocumentsAsTheyStandBeforeAnyQuestion(@TempDir Path dir) throws IOException {
        // GIVEN a knowledge base of one document, then a second one added
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(new Source("rules.md", "# Club rules\n\nChildren under twelve come with an adult.\n".getBytes(UTF_8),
                    null, null, null), "test");
            WordEmbeddings words = new WordEmbeddings(KbFixtures.EMBEDDER);
            try (Snapshot before = kb.snapshot(Scope.SHARED)) {
                // WHEN its documents are prepared
                IndexVocabulary.prepare(before, words);

                // THEN every table of that generation is held before any question asks
                assertThat(IndexVocabulary.prepared(before)).isTrue();
            }
            kb.add(new Source("fees.md", "# Fees\n\nA bicycle space costs five pounds a month.\n".getBytes(UTF_8),
                    null, null, null), "test");
            try (Snapshot after = kb.snapshot(Scope.SHARED)) {
                // AND a change is a new generation, unprepared until it is prepared in turn
                assertThat(IndexVocabulary.prepared(after)).isFalse();
                IndexVocabulary.prepare(after, words);
                assertThat(IndexVocabulary.prepared(after)).isTrue();
                // AND what it reads is what questions read: the new document's words
                assertThat(IndexVocabulary.of(after, words).sameMeaning("bike")).isEqualTo("bicycle");
            }
        }
    }

    @Test
    void initialsInCapitalsNameARunOfWordsTheTextRepeats(@TempDir Path dir) throws IOException {
        // GIVEN a contributor policy that says "merge request" throughout, never "MR", and "may review" once
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            String policy = """
                    # Contributing

                    Open a merge request for every change. Every merge request needs one approval. Nobody merges
                    their own merge request. A merge request left for 60 days is closed. A maintainer may review
                    it sooner. A service desk answers questions. Section 3 review is yearly; section 3 review is
                    public; section 3 review is done by the board. Staff, members and guests attend; staff, members
                    and guests vote; staff, members and guests speak.
                    """;
            kb.add(new Source("contributing.md", policy.getBytes(UTF_8), null, null, null), "test");

            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                // WHEN a member writes initials in capitals, or in lower case
                Vocabulary v = IndexVocabulary.of(s);

                // THEN "MR" names the run the text repeats; in lower case ("mr", as in "Mr Smith") it names nothing
                assertThat(v.initialism("mr", true)).isEqualTo("merge request");
                assertThat(v.initialism("mr", false)).isNull();
                // AND a run said once names nothing, even in capitals, nor do words parted by a figure or a comma
                assertThat(v.initialism("sd", true)).isNull();
                assertThat(v.initialism("sr", true)).isNull();
                assertThat(v.initialism("sm", true)).isNull();
            }
        }
    }

    @Test
    void twoLettersOrARunEndingOnASmallWordNameNothing() {
        // GIVEN a two-word title and one ending in a small word
        // WHEN their initialisms are read
        // THEN "cc" (too short to tell from other things) and a run ending in "of" are not read
        assertThat(IndexVocabulary.initialisms("Community Charter")).isEmpty();
        assertThat(IndexVocabulary.initialisms("Terms of")).isEmpty();
    }

    @Test
    void anInitialismNamesARunOfCapitalisedWordsOfTheText(@TempDir Path dir) throws IOException {
        // GIVEN rules that speak twice of their Annual General Meeting, of a Person at Your direction, of a Subject
        // Access Request and of the Information Commissioner's Office, never by initials, and hold one sentence in
        // title case
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            String rules = """
                    # Club rules

                    ## Meetings

                    The Annual General Meeting is held each June. Motions for the Annual General Meeting reach the
                    Secretary a month before. Anything done by another Person at Your direction counts as done by
                    you, and so does anything done by a Person at Your request. Bookings Are Confirmed By Email.

                    ## Data

                    Make a Subject Access Request to the office. We answer a Subject Access Request within a month.
                    You may complain to the Information Commissioner's Office; the Information Commissioner’s Office
                    publishes guidance.
                    """;
            kb.add(new Source("rules.md", rules.getBytes(UTF_8), null, null, null), "test");

            // WHEN a question's words are looked up as initialisms
            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                Vocabulary v = IndexVocabulary.of(s);

                // THEN "agm" names the meeting; "pay", a word of its own, and the initials of a run said once name
                // nothing
                assertThat(v.initialism("agm", false)).isEqualTo("annual general meeting");
                assertThat(v.initialism("pay", false)).isNull();
                assertThat(v.initialism("bacbe", false)).isNull();
                // AND a run with a possessive word names its initials ("ico"); "sar", a word to the embedding model,
                // is read as initials only when the asker wrote it in capitals
                assertThat(v.initialism("ico", false)).isEqualTo("information commissioner office");
                assertThat(v.initialism("sar", false)).isNull();
                assertThat(v.initialism("sar", true)).isEqualTo("subject access request");
            }
        }
    }

    @Test
    void thePhrasalVerbsTheTextWritesAreKnown(@TempDir Path dir) throws IOException {
        // GIVEN rules that write "turn up" and "hand it in" as phrasal verbs, and "attend" as a plain one
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            String rules = """
                    # Club rules

                    ## Matches

                    A team that fails to turn up forfeits the match. Players attend a briefing first. If you find
                    a lost kit bag, hand it in at the bar.
                    """;
            kb.add(new Source("rules.md", rules.getBytes(UTF_8), null, null, null), "test");

            // WHEN the phrasal verbs of the lexicon are looked for in the text
            try (Snapshot s = kb.snapshot(Scope.SHARED)) {
                Vocabulary v = IndexVocabulary.of(s);

                // THEN those it writes are known, in any form and with an object between; the others are not
                assertThat(Lexicon.PHRASAL_VERBS).filteredOn(v::writes)
                        .extracting(verb -> verb.forms().get(0) + " " + String.join(" ", verb.particles()))
                        .containsExactlyInAnyOrder("turn up", "hand in");
            }
        }
    }
}
