package org.policybot.knowledge;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.PreparedPassage;
import org.policybot.knowledge.model.Passage;

/**
 * A document ready to commit: its manifest entry, source bytes, passages with their sentence vectors, and the vectors
 * of its words that the library's word store lacks.
 */
record PreparedDocument(ManifestEntry entry, byte[] content, List<Passage> passages, List<PreparedPassage> prepared,
        Map<String, float[]> words) {

    /** The new words of several documents, for one change. */
    static Map<String, float[]> words(List<PreparedDocument> documents) {
        Map<String, float[]> out = new HashMap<>();
        for (PreparedDocument d : documents) {
            out.putAll(d.words());
        }
        return out;
    }
}
