package org.policybot.knowledge.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.retrieve.QueryTerm;

/**
 * Picks the one to four sentences that answer the question: the best one, then others that score
 * nearly as well or cover question words the first did not, skipping near-repeats. A sentence that
 * announces a list ("…on these areas:") brings the list's items (the following sub-sections' lead
 * sentences); a bare heading brings the sentences that explain it. The result is in document order.
 */
final class SentenceSelector {
    static final int MAX_SENTENCES = 4;
    static final float CLOSE_SCORE = 0.85f;
    static final float MIN_SCORE = 0.6f;
    static final float NEW_COVERAGE = 0.15f;
    static final float REDUNDANT_COSINE = 0.9f;

    private SentenceSelector() {
    }

    static List<ScoredSentence> select(List<ScoredSentence> ranked, QueryAnalysis query, Snapshot snapshot) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        ScoredSentence best = ranked.get(0);
        List<ScoredSentence> chosen = new ArrayList<>();
        chosen.add(best);
        Set<String> covered = new HashSet<>(best.stems());
        float total = Math.max(1e-6f, query.totalIdf());
        for (ScoredSentence s : ranked.subList(1, ranked.size())) {
            if (chosen.size() >= MAX_SENTENCES - 1 || s.score() < MIN_SCORE * best.score()) {
                break;
            }
            if (redundant(s, chosen)) {
                continue;
            }
            float fresh = 0;
            for (QueryTerm t : query.terms()) {
                if (s.stems().contains(t.stem()) && !covered.contains(t.stem())) {
                    fresh += t.idf();
                }
            }
            if (s.score() >= CLOSE_SCORE * best.score() || fresh / total >= NEW_COVERAGE) {
                chosen.add(s);
                covered.addAll(s.stems());
            }
        }
        expandLists(chosen, best, snapshot);
        expandHeadings(chosen);
        expandReferences(chosen);
        chosen.sort(documentOrder(best));
        return chosen;
    }

    /**
     * A sentence that opens by pointing back ("This includes critical safety work streams…") needs
     * the sentence it points to; that one joins the answer when there is room.
     */
    private static void expandReferences(List<ScoredSentence> chosen) {
        for (ScoredSentence s : List.copyOf(chosen)) {
            if (s.index() == 0 || chosen.size() >= MAX_SENTENCES || !Connectives.pointsBack(s.text())) {
                continue;
            }
            int previous = s.index() - 1;
            boolean present = chosen.stream().anyMatch(c -> c.passage().id().equals(s.passage().id())
                    && c.index() == previous);
            if (!present) {
                chosen.add(new ScoredSentence(s.candidate(), s.rank(), previous, Set.of(), 0, 0, 0, 0));
            }
        }
    }

    private static boolean redundant(ScoredSentence s, List<ScoredSentence> chosen) {
        for (ScoredSentence c : chosen) {
            if (c.passage().id().equals(s.passage().id()) && c.index() == s.index()) {
                return true;
            }
            float cos = c.candidate().passage().sentenceVectors().cosine(c.index(),
                    s.candidate().passage().sentenceVectors(), s.index());
            if (cos >= REDUNDANT_COSINE) {
                return true;
            }
        }
        return false;
    }

    /** A chosen sentence ending in ':' brings the lead sentences of the sub-sections that follow it. */
    private static void expandLists(List<ScoredSentence> chosen, ScoredSentence best, Snapshot snapshot) {
        for (ScoredSentence s : List.copyOf(chosen)) {
            if (!s.text().strip().endsWith(":") || s.index() != s.passage().sentences().size() - 1) {
                continue;
            }
            if (s != best && chosen.size() >= MAX_SENTENCES - 1) {
                continue;
            }
            Passage p = s.passage();
            List<ScoredSentence> items = new ArrayList<>();
            for (int pos = p.position() + 1; items.size() < MAX_SENTENCES; pos++) {
                IndexedPassage next = snapshot.passageAt(p.docId(), pos).orElse(null);
                if (next == null || !isBelow(next.passage(), p)) {
                    break;
                }
                Passage np = next.passage();
                if (np.section().size() > p.section().size() && np.sentences().size() > 0
                        && (items.isEmpty() || !items.get(items.size() - 1).passage().section().equals(np.section()))) {
                    Candidate c = new Candidate(next, 0, 0, 0);
                    items.add(new ScoredSentence(c, Integer.MAX_VALUE, 0, Set.of(), 0, 0, 0, 0));
                }
            }
            int room = MAX_SENTENCES - chosen.size();
            if (items.size() > 1 && room > 0) {
                chosen.removeIf(c -> c != s && c != best && !c.passage().id().equals(p.id()));
                room = MAX_SENTENCES - chosen.size();
                chosen.addAll(items.subList(0, Math.min(room, items.size())));
            }
        }
    }

    private static boolean isBelow(Passage child, Passage parent) {
        List<String> ps = parent.section();
        return child.section().size() >= ps.size() && child.section().subList(0, ps.size()).equals(ps);
    }

    /** A chosen heading sentence alone says little: bring the sentences that follow it in its passage. */
    private static void expandHeadings(List<ScoredSentence> chosen) {
        for (ScoredSentence s : List.copyOf(chosen)) {
            if (!s.isHeading()) {
                continue;
            }
            Passage p = s.passage();
            for (int i = 1; i < p.sentences().size() && i <= 2 && chosen.size() < MAX_SENTENCES; i++) {
                int index = i;
                boolean present = chosen.stream().anyMatch(c -> c.passage().id().equals(p.id()) && c.index() == index);
                if (!present) {
                    chosen.add(new ScoredSentence(s.candidate(), s.rank(), index, Set.of(), 0, 0, 0, 0));
                }
            }
        }
    }

    /**
     * The best sentence's passage first (the answer leads with what answers best), then the other
     * passages of its document in reading order, then other documents; sentences of one passage
     * in reading order.
     */
    private static Comparator<ScoredSentence> documentOrder(ScoredSentence best) {
        String lead = best.passage().docId();
        String leadPassage = best.passage().id();
        return Comparator.comparing((ScoredSentence s) -> !s.passage().id().equals(leadPassage))
                .thenComparing(s -> !s.passage().docId().equals(lead))
                .thenComparing(s -> s.passage().docId())
                .thenComparingInt(s -> s.passage().position())
                .thenComparingInt(ScoredSentence::index);
    }
}
