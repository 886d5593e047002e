package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.policybot.knowledge.model.Scope;

/** The default backend: each scope's passages in a Lucene index in its own folder ({@link PassageIndex}). */
public final class LuceneBackend implements PassageBackend {
    /** The folder of a scope's folder that holds its Lucene index. */
    static final String INDEX_DIR = "index";

    @Override
    public PassageStore open(Scope scope, Path dir, int dimensions) throws IOException {
        return PassageIndex.open(dir.resolve(INDEX_DIR), dimensions);
    }

    @Override
    public boolean exists(Scope scope, Path dir) {
        return Files.isDirectory(dir.resolve(INDEX_DIR));
    }

    @Override
    public Snapshot union(Snapshot shared, Snapshot server) {
        if (shared instanceof LuceneSnapshot a && server instanceof LuceneSnapshot b) {
            return LuceneSnapshot.union(a, b);
        }
        shared.close();
        server.close();
        throw new IllegalArgumentException("both snapshots must be the embedded index's");
    }
}
