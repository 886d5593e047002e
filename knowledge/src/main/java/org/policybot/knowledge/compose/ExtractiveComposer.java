package org.policybot.knowledge.compose;

import java.util.List;
import java.util.function.Function;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.retrieve.QueryAnalysis;

/**
 * The default composer: no network, no model server. Scores the retrieved passages' sentences,
 * picks those that answer, and writes them with citations. Its evidence also decides abstention.
 */
public final class ExtractiveComposer {
    private final Abstention abstention;
    private final SentenceScorer scorer;

    public ExtractiveComposer(org.policybot.knowledge.index.Embedder embedder) {
        WordMatcher matcher = new WordMatcher(embedder);
        this.abstention = new Abstention(matcher);
        this.scorer = new SentenceScorer(matcher);
    }

    /** The sentences chosen for a question and the evidence they give. */
    public record Draft(List<ScoredSentence> chosen, ScoredSentence best, Abstention.Evidence evidence) {
        public boolean supported() {
            return best != null && evidence.supported();
        }
    }

    public Draft draft(QueryAnalysis query, QuestionType type, float[] queryVector, List<Candidate> candidates,
                       Snapshot snapshot, java.util.Set<String> authors) {
        List<ScoredSentence> ranked = scorer.score(query, type, queryVector, candidates);
        if (ranked.isEmpty()) {
            return new Draft(List.of(), null, new Abstention.Evidence(0, 0, 0, 1, 0, 0, false));
        }
        List<ScoredSentence> chosen = SentenceSelector.select(ranked, query, snapshot);
        return new Draft(chosen, ranked.get(0), abstention.evidence(query, type, chosen, authors));
    }

    public Composition write(Draft draft, QueryAnalysis query, QuestionType type, Function<String, String> authorOf) {
        return AnswerWriter.write(draft.chosen(), draft.best(), query, type, authorOf);
    }
}
