package org.policybot.knowledge.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.retrieve.QueryTerm;
import org.policybot.knowledge.text.Terms;

/**
 * Scores every sentence of the retrieved passages against the question: rarity-weighted coverage
 * of the question's content words (a word in the sentence's section heading counts half), embedding
 * similarity, the question-type cue, and the passage's retrieval rank.
 */
final class SentenceScorer {
    static final float W_LEXICAL = 0.40f;
    static final float W_SEMANTIC = 0.50f;
    static final float W_CUE = 0.20f;
    static final float W_PRIOR = 0.05f;
    /** Credit for a question word present only through a same-meaning word ("lawmakers" for "policymakers"). */
    static final float SYNONYM_CREDIT = 0.8f;
    static final float HEADING_CREDIT = 0.5f;
    static final float CORRECTED_CREDIT = 0.8f;
    static final float CONTEXT_CREDIT = 0.5f;

    private final WordMatcher matcher;

    SentenceScorer(WordMatcher matcher) {
        this.matcher = matcher;
    }

    List<ScoredSentence> score(QueryAnalysis query, QuestionType type, float[] queryVector, List<Candidate> candidates) {
        List<ScoredSentence> out = new ArrayList<>();
        float maxFused = candidates.isEmpty() ? 1 : Math.max(1e-6f, candidates.get(0).fused());
        for (int rank = 0; rank < candidates.size(); rank++) {
            Candidate c = candidates.get(rank);
            Passage p = c.passage().passage();
            Set<String> heading = Terms.distinct(p.sectionLabel());
            float prior = c.fused() / maxFused;
            for (int i = 0; i < p.sentences().size(); i++) {
                String sentence = p.sentence(i);
                Set<String> stems = Terms.distinct(sentence);
                float lexical = coverage(query, stems, heading,
                        matcher.synonyms(query, stems, () -> Abstention.contentWords(sentence)));
                float semantic = c.passage().sentenceVectors().cosine(i, queryVector);
                float cue = Cues.match(type, sentence);
                float score = W_LEXICAL * lexical + W_SEMANTIC * semantic + W_CUE * cue + W_PRIOR * prior;
                out.add(new ScoredSentence(c, rank, i, stems, lexical, semantic, cue, score));
            }
        }
        out.sort((a, b) -> Float.compare(b.score(), a.score()));
        return out;
    }

    /** Weighted share of the question's terms found in {@code stems} (or, at half credit, {@code heading}). */
    static float coverage(QueryAnalysis query, Set<String> stems, Set<String> heading) {
        return coverage(query, stems, heading, java.util.Map.of());
    }

    static float coverage(QueryAnalysis query, Set<String> stems, Set<String> heading,
                          java.util.Map<String, Float> synonyms) {
        float total = 0;
        float got = 0;
        for (QueryTerm t : query.terms()) {
            total += t.idf();
            got += t.idf() * Math.max(credit(t, stems, heading), synonyms.getOrDefault(t.stem(), 0f));
        }
        for (QueryTerm t : query.context()) {
            total += CONTEXT_CREDIT * t.idf();
            got += CONTEXT_CREDIT * t.idf() * credit(t, stems, heading);
        }
        return total == 0 ? 0 : got / total;
    }

    private static float credit(QueryTerm t, Set<String> stems, Set<String> heading) {
        float c = stems.contains(t.stem()) ? 1f : heading.contains(t.stem()) ? HEADING_CREDIT : 0f;
        return t.corrected() ? c * CORRECTED_CREDIT : c;
    }
}
