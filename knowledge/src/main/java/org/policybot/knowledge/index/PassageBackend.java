package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;
import org.policybot.knowledge.model.Scope;

/**
 * Which kind of {@link PassageStore} holds the knowledge base: each scope (the shared documents, each
 * server's) has its own store, and a server's reading is the union of two snapshots.
 *
 * <p>Only the passages and the committed manifest live in the store. A scope's source copies, audit log
 * and manifest mirror stay in its local folder, so processes that change one shared store must share
 * one data folder too (else another process's documents cannot be reindexed, rolled back or compared,
 * and each folder's audit log holds only its own process's changes).
 */
public interface PassageBackend extends AutoCloseable {
    /**
     * Opens (creating if need be) the store of {@code scope}, whose local files (source copies, audit
     * log, word vectors) live in {@code dir}.
     */
    PassageStore open(Scope scope, Path dir, int dimensions) throws IOException;

    /** True when {@code scope} has a store already (it may hold no commit yet). */
    boolean exists(Scope scope, Path dir);

    /**
     * Both snapshots read as one (the shared documents and a server's). Takes ownership of both;
     * closing the union closes them. Document ids never collide ({@link Scope#indexId}).
     */
    Snapshot union(Snapshot shared, Snapshot server);

    /**
     * Releases what the backend holds for all its stores (a cluster client, its threads); the knowledge
     * base closes it after its stores. The embedded index holds nothing beyond its stores.
     */
    @Override
    default void close() throws IOException {
    }
}
