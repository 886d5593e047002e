package org.policybot.knowledge;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.decide.Decision;
import org.policybot.knowledge.decide.RankedSentence;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.ClosestPassage;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.PassageOrigin;
import org.policybot.knowledge.retrieve.Candidate;

/**
 * What an answer says about its evidence besides its text: which version each cited passage's text
 * dates from (so a citation can say "updated 2026-12-03"), and which passage came closest to the
 * question (so a moderator can see where the knowledge base almost answered). Kept apart from the
 * engine's reasoning: it reads what the reasoning found and changes none of it.
 */
final class Provenance {
    /** The feature that measures how close a sentence is in meaning (see {@code SentenceFeature}). */
    private static final String COSINE = "COSINE";

    private Provenance() {
    }

    /**
     * The passage holding the candidate sentence closest in meaning to the question (highest cosine;
     * on a tie, the better-ranked one), or null when no sentence was weighed. The closest sentence,
     * rather than the decision's best, because its cosine tells a near miss from an unrelated question
     * best: 0.915 of 213 labelled out-of-scope questions of five corpora, against 0.883 for the best
     * sentence's cosine and 0.840 for the decision's probability (see {@code tools/gap-hint.py}).
     */
    static ClosestPassage closest(Decision decision) {
        RankedSentence closest = null;
        for (RankedSentence s : decision.ranked()) {
            if (closest == null || s.feature(COSINE) > closest.feature(COSINE)) {
                closest = s;
            }
        }
        if (closest == null) {
            return null;
        }
        Passage p = closest.passage();
        return new ClosestPassage(p.id(), p.docId(), p.title(), p.sectionLabel(), closest.feature(COSINE));
    }

    /** Where the text of each of {@code passages} comes from, by passage id (from the snapshot's manifest). */
    static Map<String, PassageOrigin> originsOf(Snapshot snapshot, Collection<Passage> passages) {
        Map<String, ManifestEntry> entries = new HashMap<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            entries.put(e.id(), e);
        }
        Map<String, PassageOrigin> out = new HashMap<>();
        for (Passage p : passages) {
            ManifestEntry e = entries.get(p.docId());
            if (e != null) {
                out.put(p.id(), e.originAt(p.position()));
            }
        }
        return out;
    }

    /** Where the text of each candidate passage comes from, by passage id (from the snapshot's manifest). */
    static Map<String, PassageOrigin> origins(Snapshot snapshot, List<Candidate> candidates) {
        return originsOf(snapshot, candidates.stream().map(c -> c.passage().passage()).toList());
    }
}
