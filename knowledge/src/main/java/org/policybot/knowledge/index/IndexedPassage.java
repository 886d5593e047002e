package org.policybot.knowledge.index;

import org.policybot.knowledge.model.Passage;

/** A passage as read back from the index, with its sentence embeddings. */
public record IndexedPassage(Passage passage, SentenceVectors sentenceVectors) {
}
