package org.policybot.knowledge.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
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
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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
    /** English stop words plus question and filler words that carry no topic. */
    public static final CharArraySet STOP_WORDS;

    static {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        for (String w : List.of("what", "which", "who", "whom", "whose", "when", "where", "why", "how",
                "do", "does", "did", "doing", "done", "can", "could", "would", "should", "shall", "may", "might",
                "must", "will", "am", "is", "are", "was", "were", "been", "being", "have", "has", "had",
                "i", "me", "my", "mine", "you", "your", "yours", "we", "us", "our", "ours", "he", "him", "his",
                "she", "her", "hers", "it", "its", "they", "them", "their", "theirs", "this", "these", "those",
                "about", "from", "also", "any", "all", "some", "more", "most", "other", "than", "too", "very",
                "just", "so", "up", "out", "over", "into", "onto", "via", "per", "each", "both", "either",
                "tell", "know", "please", "thanks", "thank", "hi", "hello", "hey", "ok", "okay", "yes",
                "s", "t", "d", "ll", "re", "ve", "m", "don", "doesn", "didn", "isn", "aren", "won", "let",
                "during", "before", "after", "while", "within", "without", "among", "between", "through",
                "throughout", "above", "below", "under", "along", "around", "behind", "beyond", "despite", "except",
                "inside", "outside", "since", "toward", "towards", "upon", "whether", "whenever", "wherever",
                "however", "although", "though", "unless", "until", "till", "whereas", "yet", "thus", "hence",
                "therefore", "anyone", "everyone", "someone", "everything", "nothing", "none", "whatever",
                "whoever", "ever", "even", "much", "many", "lot", "lots", "again", "another", "else", "etc",
                "get", "got", "gets", "getting", "like", "want", "wants", "need", "needs", "go", "goes", "going",
                // words about the asking, not the topic ("which … are named", "what does it mention")
                "mention", "mentioned", "mentions", "named", "list", "listed", "describe", "described", "explain",
                "explained", "say", "says", "said", "talk", "talked", "discuss", "discussed", "state", "stated",
                "according", "regarding", "concerning", "possible", "kind", "kinds", "type", "types", "sort",
                "thing", "things", "stuff", "exactly", "actually", "really", "anything", "something", "happen", "happens",
                "happened", "happening", "mean", "means", "meant",
                // words for the document itself ("according to the post")
                "post", "article", "blog", "document", "text", "page", "announcement", "writeup", "recap", "piece", "few",
                // evaluative fillers of chat ("for good stuff", "cool things", "right?")
                "good", "bad", "great", "nice", "cool", "awesome", "whole", "entire", "entirely", "basically", "right",
                "sure", "pretty", "kinda", "sorta", "gonna", "wanna", "yeah", "yep", "nope", "guys", "folks", "hey", "non",
                "lol", "honestly", "unsure", "tho", "btw", "pls", "plz", "ty", "thx", "quick", "now", "currently")) {
            set.add(w);
        }
        STOP_WORDS = CharArraySet.unmodifiableSet(set);
    }

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

    /** The stemmed content terms of {@code text}, in order, repeats kept. */
    public static List<String> of(String text) {
        return run(ANALYZER, text);
    }

    private static List<String> run(Analyzer analyzer, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream("text", text)) {
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
