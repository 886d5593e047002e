package org.policybot.bot.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.ingest.Splitter;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;
import org.policybot.knowledge.text.Terms;

class UniqueQuestionsTest {
    private static List<Passage> passages(Source source) {
        return new Splitter().split("doc", new Ingestor(20L * 1024 * 1024).parse(source));
    }

    @Test
    void questionsAreNeverRepeatedAndUseTheKnowledgeBasesWords() {
        // GIVEN the passages of a generated document
        List<Passage> passages = passages(new SyntheticDocuments(3).generate(40).get(0));
        Set<String> vocabulary = new HashSet<>();
        passages.forEach(p -> vocabulary.addAll(Terms.words(p.text())));

        // WHEN 5,000 questions are drawn
        List<String> questions = new UniqueQuestions(7, passages).next(5_000);

        // THEN no two are the same question to an embedding cache, whatever their case and punctuation
        Set<String> keys = new HashSet<>();
        questions.forEach(q -> keys.add(UniqueQuestions.key(q)));
        assertThat(keys).hasSize(5_000);
        // AND every one holds a word of the knowledge base that is no stop word (typed right or with two letters swapped)
        assertThat(questions).allMatch(q -> Terms.words(q).stream()
                .anyMatch(w -> !Terms.isStopWord(w) && (vocabulary.contains(w) || vocabulary.contains(unswapped(w, vocabulary)))));
        assertThat(questions).anyMatch(q -> Terms.words(q).stream().anyMatch(w -> !vocabulary.contains(w)
                && vocabulary.contains(unswapped(w, vocabulary))));
        // AND they vary: many forms, some typed in lower case without a question mark
        assertThat(questions.stream().map(q -> q.split(" ")[0].toLowerCase()).distinct().count()).isGreaterThan(10);
        assertThat(questions).anyMatch(q -> !q.endsWith("?") && q.equals(q.toLowerCase()));
    }

    /** The word of {@code vocabulary} that {@code w} is with two neighbouring letters swapped back, or "". */
    private static String unswapped(String w, Set<String> vocabulary) {
        for (int i = 0; i + 1 < w.length(); i++) {
            String back = w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            if (vocabulary.contains(back)) {
                return back;
            }
        }
        return "";
    }

    @Test
    void theSameSeedGivesTheSameStream() {
        List<Passage> passages = passages(new SyntheticDocuments(3).generate(20).get(0));
        assertThat(new UniqueQuestions(1, passages).next(50)).isEqualTo(new UniqueQuestions(1, passages).next(50));
    }

    @Test
    void aVocabularyUsedUpIsSaidRatherThanRepeated() {
        // GIVEN one passage of one short sentence
        List<Passage> passages = passages(Source.of("tiny.md", "Members vote.\n".getBytes(StandardCharsets.UTF_8)));
        UniqueQuestions questions = new UniqueQuestions(1, passages);

        // WHEN more questions are drawn than its two words allow  THEN it fails instead of repeating one
        List<String> given = new ArrayList<>();
        assertThatThrownBy(() -> {
            for (int i = 0; i < 1_000; i++) {
                given.add(questions.next());
            }
        }).isInstanceOf(IllegalStateException.class).hasMessageContaining("no new question");
        assertThat(new HashSet<>(given.stream().map(UniqueQuestions::key).toList())).hasSize(given.size());
    }
}
