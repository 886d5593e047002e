package org.policybot.knowledge.retrieve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.policybot.knowledge.index.Fields;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.question.Vocabulary;
import org.policybot.knowledge.text.Terms;

/**
 * The vocabulary of one index snapshot: term rarity over text, section and title, and spelling
 * correction against the unstemmed words field. A correction must look like a typo: one edit for
 * words under eight letters, two for longer ones, same first letter.
 */
public final class IndexVocabulary implements Vocabulary {
    /** Words shorter than this are never corrected ("data" and "date" are both words). */
    static final int MIN_CORRECTED = 4;
    /** From this length two edits are allowed: long words bear two typos and still read unambiguously. */
    static final int TWO_EDITS_FROM = 8;
    /** Lucene's DirectSpellChecker accuracy: how close a suggestion must be (its default is 0.5). */
    static final float ACCURACY = 0.6f;
    private static final DirectSpellChecker ONE_EDIT = checker(1);
    private static final DirectSpellChecker TWO_EDITS = checker(2);
    /** Corrections kept: a knowledge base's unknown question words repeat far less than this. */
    static final int CORRECTIONS_KEPT = 10_000;
    /**
     * Corrections looked up lately, by word and index generation: the spell checker builds automata
     * for every word the knowledge base lacks (a tenth of a unique question's time), and the same words
     * come back in question after question. {@link #NONE} when there is none.
     */
    private static final Cache<Lookup, String> CORRECTIONS = Caffeine.newBuilder().maximumSize(CORRECTIONS_KEPT).build();
    private static final String NONE = "";

    /** A word looked up in one generation: the reader of each segment (a segment's words and deletions never change). */
    private record Lookup(List<Object> generation, String word) {
    }

    private final IndexReader reader;
    private final List<Object> generation;
    private final Set<String> authorStems;

    private IndexVocabulary(IndexReader reader, Set<String> authorStems) {
        this.reader = reader;
        this.authorStems = authorStems;
        List<Object> segments = new ArrayList<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getReaderCacheHelper();
            segments.add(helper == null ? leaf.reader() : helper.getKey());
        }
        this.generation = List.copyOf(segments);
    }

    /** The vocabulary of {@code snapshot}; {@link Vocabulary#EMPTY} when it has no index yet. */
    public static Vocabulary of(Snapshot snapshot) {
        if (snapshot.searcher() == null) {
            return EMPTY;
        }
        Set<String> authors = new HashSet<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            if (e.author() != null) {
                authors.addAll(Terms.of(e.author()));
            }
        }
        return new IndexVocabulary(snapshot.searcher().getIndexReader(), Set.copyOf(authors));
    }

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker c = new DirectSpellChecker();
        c.setMaxEdits(edits);
        c.setMinPrefix(1);
        c.setMinQueryLength(MIN_CORRECTED);
        c.setAccuracy(ACCURACY);
        return c;
    }

    @Override
    public int passages() {
        return reader.numDocs();
    }

    @Override
    public int docFreq(String stem) {
        try {
            return reader.docFreq(new Term(Fields.TEXT, stem)) + reader.docFreq(new Term(Fields.SECTION, stem))
                    + reader.docFreq(new Term(Fields.TITLE, stem));
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics", e);
        }
    }

    @Override
    public boolean hasWord(String word) {
        try {
            return reader.docFreq(new Term(Fields.WORDS, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException("reading term statistics", e);
        }
    }

    @Override
    public String correction(String word) {
        if (word.length() < MIN_CORRECTED || word.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String found = CORRECTIONS.get(new Lookup(generation, word), k -> suggest(word));
        return found.equals(NONE) ? null : found;
    }

    private String suggest(String word) {
        try {
            DirectSpellChecker checker = word.length() >= TWO_EDITS_FROM ? TWO_EDITS : ONE_EDIT;
            SuggestWord[] s = checker.suggestSimilar(new Term(Fields.WORDS, word), 1, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            return s.length == 0 ? NONE : s[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException("suggesting a spelling", e);
        }
    }

    @Override
    public Set<String> authorStems() {
        return authorStems;
    }
}
