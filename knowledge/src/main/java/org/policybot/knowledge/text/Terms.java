package org.policybot.knowledge.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one place that turns text into index terms: standard tokenizer, possessives, lower case,
 * ASCII folding, English stop words, Porter stemming. The index, the retriever, the composer and
 * the support check all use it, so a word counts the same everywhere.
 */
public final class Terms {
    /** Function words (the lexicon's {@code stop-words.txt}): neither indexed nor searched. */
    public static final CharArraySet STOP_WORDS = CharArraySet.unmodifiableSet(
            new CharArraySet(org.policybot.knowledge.lexicon.Lexicon.STOP_WORDS, true));

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            result = new StopFilter(result, STOP_WORDS);
            result = new PorterStemFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /** Lower-cased, folded, unstemmed words with stop words kept: the vocabulary for spelling correction. */
    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream result = new EnglishPossessiveFilter(source);
            result = new LowerCaseFilter(result);
            result = new ASCIIFoldingFilter(result);
            return new TokenStreamComponents(source, result);
        }
    };

    /** Field name of the unstemmed vocabulary field (see {@link #indexAnalyzer()}). */
    public static final String WORDS_FIELD = "words";

    private static final Analyzer INDEX = new PerFieldAnalyzerWrapper(ANALYZER, Map.of(WORDS_FIELD, WORDS));

    private Terms() {
    }

    /** The analyzer for stemmed content fields. Thread-safe. */
    public static Analyzer analyzer() {
        return ANALYZER;
    }

    /** The index-time analyzer: stemmed content fields, plus the unstemmed {@value #WORDS_FIELD} field. */
    public static Analyzer indexAnalyzer() {
        return INDEX;
    }

    /** Lower-cased, folded words of {@code text}, stop words kept, not stemmed. */
    public static List<String> words(String text) {
        return run(WORDS, text);
    }

    /** True when {@code word} (lower case) is a stop or question word. */
    public static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    /**
     * Lower-cased content words of a text (not stems), each once, in order: words of three letters or
     * more, letters only, no stop words. Same-meaning matching compares a question's words with these,
     * so the knowledge base embeds them when a document is added.
     */
    public static List<String> contentWords(String text) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String w : words(text)) {
            if (w.length() > 2 && !isStopWord(w) && w.chars().allMatch(Character::isLetter) && seen.add(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** The stemmed content terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        return run(ANALYZER, text);
    }

    /**
     * The terms the index analyzer makes of {@code text} in {@code field} (the field decides, e.g. the
     * unstemmed words field): what an index stores, for a backend that stores terms made here.
     */
    public static List<String> indexTerms(String field, String text) {
        return run(indexAnalyzer(), field, text);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        return run(analyzer, "text", text);
    }

    private static List<String> run(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory cannot fail", e);
        }
        return out;
    }

    /** The distinct stemmed content terms of {@code text}, in first-seen order. */
    public static Set<String> distinct(String text) {
        return new LinkedHashSet<>(of(text));
    }
}
