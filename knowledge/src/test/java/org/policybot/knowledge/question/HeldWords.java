package org.policybot.knowledge.question;

import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.function.Function;
import java.util.function.Predicate;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.Terms;

/**
 * A test vocabulary: documents that hold just the words given, all in one passage, with no index behind them; a stem
 * is in that passage when one of the words has it.
 */
public final class HeldWords {
    private HeldWords() {
    }

    /**
     * Documents that hold just {@code words}, whose runs {@code initialisms} names, writing the phrasal verbs
     * {@code writes}, whose words of the same meaning as a word they never use {@code meanings} gives.
     */
    public static Vocabulary of(BiFunction<String, Boolean, String> initialisms,
                                Predicate<Lexicon.PhrasalVerb> writes, Function<String, String> meanings,
                                String... words) {
        return of(initialisms, writes, meanings, word -> null, words);
    }

    /** As above, whose words that are a word's opposite by a negating prefix {@code opposites} gives (their stems). */
    public static Vocabulary of(BiFunction<String, Boolean, String> initialisms,
                                Predicate<Lexicon.PhrasalVerb> writes, Function<String, String> meanings,
                                Function<String, String> opposites, String... words) {
        return of(initialisms, writes, meanings, opposites, word -> null, words);
    }

    /** As above, whose words a likely typo stands for {@code corrections} gives. */
    public static Vocabulary of(BiFunction<String, Boolean, String> initialisms,
                                Predicate<Lexicon.PhrasalVerb> writes, Function<String, String> meanings,
                                Function<String, String> opposites, Function<String, String> corrections,
                                String... words) {
        Set<String> held = Set.of(words);
        Set<String> stems = held.stream().flatMap(w -> Terms.of(w).stream()).collect(Collectors.toSet());
        return new Vocabulary() {
            @Override
            public int passages() {
                return 1;
            }

            @Override
            public int docFreq(String stem) {
                return stems.contains(stem) ? 1 : 0;
            }

            @Override
            public boolean hasWord(String word) {
                return held.contains(word);
            }

            @Override
            public String correction(String word) {
                return corrections.apply(word);
            }

            @Override
            public Set<String> authorStems() {
                return Set.of();
            }

            @Override
            public String initialism(String word, boolean capitals) {
                return initialisms.apply(word, capitals);
            }

            @Override
            public boolean writes(Lexicon.PhrasalVerb verb) {
                return writes.test(verb);
            }

            @Override
            public String sameMeaning(String word) {
                return meanings.apply(word);
            }

            @Override
            public String negatedForm(String word) {
                return opposites.apply(word);
            }
        };
    }
}
