package org.policybot.knowledge.write.llm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.model.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the reply sentences that cite real passages which support them. A sentence naming a
 * passage that was not given is dropped whole: a model that invents a source is not trusted for
 * that sentence. Of a supported sentence's markers, only the passages that hold its evidence stay.
 */
final class ReplyCheck {
    private static final Logger LOG = LoggerFactory.getLogger(ReplyCheck.class);

    private final Embedder embedder;
    private final SupportCheck check;

    ReplyCheck(Embedder embedder, SupportCheck check) {
        this.embedder = embedder;
        this.check = check;
    }

    List<CheckedSentence> survivors(List<ReplySentence> reply, List<Passage> passages) {
        return judged(reply, passages).stream().filter(Objects::nonNull).toList();
    }

    /**
     * Each reply sentence's verdict, in order: the checked sentence, or null when it is dropped. A
     * verdict depends on the sentence and the passages alone, so a caller may keep it.
     */
    List<CheckedSentence> judged(List<ReplySentence> reply, List<Passage> passages) {
        List<CheckedSentence> out = new ArrayList<>(Collections.nCopies(reply.size(), null));
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < reply.size(); i++) {
            ReplySentence s = reply.get(i);
            if (s.cited().isEmpty()) {
                LOG.debug("dropped, no citation: {}", s.body());
            } else if (s.cited().stream().anyMatch(n -> n < 1 || n > passages.size())) {
                LOG.debug("dropped, cites a passage not given ({} of {}): {}", s.cited(), passages.size(), s.body());
            } else {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return out;
        }
        List<ReplySentence> checked = candidates.stream().map(reply::get).toList();
        Map<Integer, PassageEvidence> evidence = prepare(checked, passages);
        List<float[]> vectors = embedder.embedAll(checked.stream().map(ReplySentence::body).toList());
        for (int c = 0; c < checked.size(); c++) {
            ReplySentence s = checked.get(c);
            List<PassageEvidence> cited = s.cited().stream().map(n -> evidence.get(n - 1)).toList();
            Support support = check.judge(s.body(), vectors.get(c), cited);
            if (!support.supported()) {
                LOG.debug("dropped, {}: {}", support.why(), s.body());
                continue;
            }
            Map<Integer, Set<Integer>> kept = new LinkedHashMap<>();
            for (Support.Evidence e : support.evidence()) {
                int passage = s.cited().get(e.cited()) - 1;
                kept.computeIfAbsent(passage, k -> new TreeSet<>()).add(e.sentence());
            }
            out.set(candidates.get(c), new CheckedSentence(s.body(), kept));
        }
        return out;
    }

    /** Embeds each cited passage's sentences once, in one batch. */
    private Map<Integer, PassageEvidence> prepare(List<ReplySentence> candidates, List<Passage> passages) {
        List<Integer> indexes = new ArrayList<>(new TreeSet<>(candidates.stream()
                .flatMap(s -> s.cited().stream()).map(n -> n - 1).toList()));
        List<PassageEvidence> prepared = PassageEvidence.of(indexes.stream().map(passages::get).toList(), embedder);
        Map<Integer, PassageEvidence> out = new HashMap<>();
        for (int i = 0; i < indexes.size(); i++) {
            out.put(indexes.get(i), prepared.get(i));
        }
        return out;
    }
}
