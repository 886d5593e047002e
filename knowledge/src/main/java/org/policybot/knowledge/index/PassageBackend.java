package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;
import org.policybot.knowledge.model.Scope;

/**
 * Which kind of {@link PassageStore} holds the knowledge base: each scope (the shared documents, each
 * server's) has its own store, and a server's reading is the union of two snapshots.
 */
public interface PassageBackend {
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
}
