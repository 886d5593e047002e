package org.policybot.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The one spelling suggestion every backend makes ({@link TermStatistics#closestWord}): Lucene's
 * DirectSpellChecker over a reader of the unstemmed words field, same first letter, suggested only for a
 * word the passages lack. A backend whose words are elsewhere builds such a reader of them.
 */
public final class SpellingSuggestions {
    private SpellingSuggestions() {
    }

    /** The word {@code reader}'s words field suggests for {@code word}, or null. */
    public static String suggest(IndexReader reader, String word, int maxEdits, float accuracy) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setMaxEdits(maxEdits);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(1);
        checker.setAccuracy(accuracy);
        try {
            SuggestWord[] found = checker.suggestSimilar(new Term(Fields.WORDS, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return found.length == 0 ? null : found[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException("suggesting a spelling", e);
        }
    }
}
