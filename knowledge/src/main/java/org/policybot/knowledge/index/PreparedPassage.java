package org.policybot.knowledge.index;

import java.util.List;
import org.policybot.knowledge.model.Passage;

/**
 * A passage ready to be stored: its text and the embedding of each of its sentences, in order. Every
 * backend stores the same two things (the passage's own vector is the normalised mean of its sentences').
 */
public record PreparedPassage(Passage passage, List<float[]> sentenceVectors) {
    public PreparedPassage {
        if (sentenceVectors.size() != passage.sentences().size()) {
            throw new IllegalArgumentException("passage " + passage.id() + " has " + passage.sentences().size()
                    + " sentences but " + sentenceVectors.size() + " vectors");
        }
        sentenceVectors = List.copyOf(sentenceVectors);
    }
}
