package org.policybot.knowledge.retrieve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.policybot.knowledge.index.Fields;
import org.policybot.knowledge.text.Terms;

/**
 * Turns a question into content terms against one index snapshot: stems them as the index does,
 * weighs them by rarity, and replaces likely typos ("custmer") by the nearest word the knowledge
 * base contains. A correction must look like a typo: one edit for words under eight letters, two
 * for longer ones, same first letter; so a real word the knowledge base lacks ("refund") is kept
 * as an unknown term, which is evidence that the question is out of scope.
 */
public final class QueryAnalyzer {
    /** Questions longer than this many distinct content terms are cut (keeps queries bounded). */
    static final int MAX_TERMS = 48;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    /** Phrases that frame a question without naming its topic: "how long", "take place", "come up". */
    private static final Pattern FRAMING = Pattern.compile(
            "\\bhow (?:long|many|much|often|far|soon)\\b|\\b(?:take|takes|took|taken|taking) place\\b"
                    + "|\\b(?:come|comes|came|coming) up\\b|\\b(?:find|found) out\\b|\\bgo(?:es)? on\\b"
                    + "|\\b(?:in|of) (?:general|particular)\\b|\\bat all\\b|\\bin the first place\\b"
                    + "|\\bright now\\b|\\bthese days\\b|\\bin total\\b|\\ball in all\\b",
            Pattern.CASE_INSENSITIVE);

    private final DirectSpellChecker oneEdit = checker(1);
    private final DirectSpellChecker twoEdits = checker(2);

    private static DirectSpellChecker checker(int edits) {
        DirectSpellChecker c = new DirectSpellChecker();
        c.setMaxEdits(edits);
        c.setMinPrefix(1);
        c.setMinQueryLength(4);
        c.setAccuracy(0.6f);
        return c;
    }

    public QueryAnalysis analyse(String question, List<String> context, IndexReader reader) {
        try {
            StringBuilder corrected = new StringBuilder();
            List<QueryTerm> terms = terms(question, reader, corrected);
            List<QueryTerm> contextTerms = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            terms.forEach(t -> seen.add(t.stem()));
            for (String earlier : context) {
                for (QueryTerm t : terms(earlier, reader, new StringBuilder())) {
                    if (seen.add(t.stem())) {
                        contextTerms.add(t);
                    }
                }
            }
            return new QueryAnalysis(question, corrected.toString(), terms, contextTerms);
        } catch (IOException e) {
            throw new UncheckedIOException("analysing a question against the index", e);
        }
    }

    private List<QueryTerm> terms(String text, IndexReader reader, StringBuilder corrected) throws IOException {
        List<QueryTerm> out = new ArrayList<>();
        Set<String> stems = new HashSet<>();
        int numDocs = Math.max(1, reader == null ? 1 : reader.numDocs());
        Matcher m = WORD.matcher(text);
        java.util.BitSet framing = new java.util.BitSet();
        Matcher f = FRAMING.matcher(text);
        while (f.find()) {
            framing.set(f.start(), f.end());
        }
        int last = 0;
        FocusTracker focus = new FocusTracker();
        while (m.find()) {
            focus.gap(text.substring(last, m.start()));
            corrected.append(text, last, m.start());
            last = m.end();
            String asked = m.group();
            boolean name = m.start() > 0 && Character.isUpperCase(asked.codePointAt(0));
            String lower = Terms.words(asked).stream().findFirst().orElse(asked.toLowerCase(java.util.Locale.ROOT));
            String word = StopWordTypos.fix(ChatSpeak.expand(lower));
            Matcher peek = WORD.matcher(text);
            String following = peek.find(m.end()) && !text.substring(m.end(), peek.start()).matches(".*[,.;:?!].*")
                    ? peek.group().toLowerCase(java.util.Locale.ROOT) : null;
            boolean inFocus = focus.next(word, asked, following);
            boolean fixed = false;
            if (reader != null && !Terms.isStopWord(word) && reader.docFreq(new Term(Fields.WORDS, word)) == 0) {
                String suggestion = suggest(word, reader);
                if (suggestion != null) {
                    word = suggestion;
                    fixed = true;
                }
            }
            corrected.append(word.equals(lower) ? asked : word);
            if (framing.get(m.start())) {
                continue;
            }
            for (String stem : Terms.of(word)) {
                if (out.size() >= MAX_TERMS || !stems.add(stem)) {
                    continue;
                }
                int df = reader == null ? 0 : reader.docFreq(new Term(Fields.TEXT, stem))
                        + reader.docFreq(new Term(Fields.SECTION, stem)) + reader.docFreq(new Term(Fields.TITLE, stem));
                df = Math.min(df, numDocs);
                float idf = (float) Math.log(1 + (numDocs - df + 0.5) / (df + 0.5));
                out.add(new QueryTerm(word, lower, stem, idf, df > 0, fixed, name, inFocus));
            }
        }
        corrected.append(text, last, text.length());
        if (out.stream().noneMatch(QueryTerm::focus)) {
            out.replaceAll(t -> new QueryTerm(t.word(), t.asked(), t.stem(), t.idf(), t.known(), t.corrected(),
                    t.name(), true));
        }
        return out;
    }

    private String suggest(String word, IndexReader reader) throws IOException {
        if (word.length() < 4 || word.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        DirectSpellChecker checker = word.length() >= 8 ? twoEdits : oneEdit;
        SuggestWord[] s = checker.suggestSimilar(new Term(Fields.WORDS, word), 1, reader,
                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        return s.length == 0 ? null : s[0].string;
    }
}
