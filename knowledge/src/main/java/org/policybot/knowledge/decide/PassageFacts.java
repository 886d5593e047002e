package org.policybot.knowledge.decide;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Terms;

/**
 * What {@link Evidence} reads of a passage whatever the question: the stems and content words of the
 * passage, of its title and section, and of each sentence, and each sentence's length. Read once per
 * passage and kept ({@link #of}), since the same passages are retrieved for question after question.
 */
final class PassageFacts {
    /** Passages whose facts are kept (about 20 KB each: the stems and words of every sentence). */
    private static final int CACHED = 1_024;
    private static final Cache<String, PassageFacts> CACHE = Caffeine.newBuilder().maximumSize(CACHED).build();

    private final Passage passage;
    /** Stems of the text, of the section and title, and of all three. */
    final Set<String> stems;
    final Set<String> context;
    /** Stems of the document's title: they name the document, so they hold for its every sentence. */
    final Set<String> title;
    final Set<String> allStems;
    /** Content words of the title, section and text. */
    final List<String> words;
    /** Per sentence: its stems in order, the same as a set, its content words, its length in words. */
    final List<List<String>> sentenceStems = new ArrayList<>();
    final List<Set<String>> sentenceStemSets = new ArrayList<>();
    final List<List<String>> sentenceWords = new ArrayList<>();
    final int[] sentenceLengths;

    private PassageFacts(Passage p) {
        this.passage = p;
        this.stems = Terms.distinct(p.text());
        this.context = Terms.distinct(p.sectionLabel() + " " + p.title());
        this.title = Terms.distinct(p.title());
        String all = p.title() + " " + p.sectionLabel() + " " + p.text();
        this.allStems = Terms.distinct(all);
        this.words = Terms.contentWords(all);
        int n = p.sentences().size();
        this.sentenceLengths = new int[n];
        for (int i = 0; i < n; i++) {
            String sentence = p.sentence(i);
            List<String> s = Terms.of(sentence);
            sentenceStems.add(s);
            sentenceStemSets.add(new HashSet<>(s));
            sentenceWords.add(Terms.contentWords(sentence));
            sentenceLengths[i] = sentence.split("\\s+").length;
        }
    }

    /** The facts of {@code p}, read now or kept from an earlier answer (if the passage is unchanged). */
    static PassageFacts of(Passage p) {
        PassageFacts kept = CACHE.getIfPresent(p.id());
        if (kept != null && kept.passage.equals(p)) {
            return kept;
        }
        PassageFacts read = new PassageFacts(p);
        CACHE.put(p.id(), read);
        return read;
    }
}
