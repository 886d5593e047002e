package org.policybot.knowledge.index;

import java.util.Collection;
import java.util.Map;

/**
 * Word embeddings made ahead of need (when documents are added), looked up by word. A word's vector
 * depends on the word alone, so any source of them serves: a word it lacks is embedded by whoever asks.
 */
@FunctionalInterface
public interface WordVectors {
    /** No words at all (a library that has none yet). */
    WordVectors NONE = words -> Map.of();

    /** The vectors held of {@code words} (absent words are left out). */
    Map<String, float[]> find(Collection<String> words);
}
