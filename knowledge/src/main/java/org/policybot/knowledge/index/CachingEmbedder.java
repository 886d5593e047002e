package org.policybot.knowledge.index;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;

/**
 * A bounded cache in front of an {@link Embedder} for single texts (questions repeat, and the query
 * embedding dominates a warm answer). Batch calls go straight through: they are indexing work.
 */
public final class CachingEmbedder implements Embedder {
    private final Embedder delegate;
    private final Cache<String, float[]> cache;

    public CachingEmbedder(Embedder delegate, long maxEntries) {
        this.delegate = delegate;
        this.cache = Caffeine.newBuilder().maximumSize(maxEntries).recordStats().build();
    }

    /** Embeddings served from the cache so far (for {@code bench}: unique questions must find none). */
    public long hits() {
        return cache.stats().hitCount();
    }

    @Override
    public int dimensions() {
        return delegate.dimensions();
    }

    @Override
    public float[] embed(String text) {
        return cache.get(text, delegate::embed);
    }

    @Override
    public List<float[]> embedAll(List<String> texts) {
        return delegate.embedAll(texts);
    }
}
