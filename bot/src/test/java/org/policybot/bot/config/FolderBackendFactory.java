package org.policybot.bot.config;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.policybot.knowledge.index.LuceneBackend;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageBackendFactory;
import org.policybot.knowledge.index.PassageStore;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Scope;

/**
 * A backend module as the configuration finds one (through the service file in test resources): it
 * requires a {@code folder} setting and refuses a non-numeric {@code shards}, as a real module checks its
 * own settings; the backend it makes is the embedded one.
 */
public final class FolderBackendFactory implements PassageBackendFactory {
    static final String NAME = "folder-test";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PassageBackend create(Map<String, String> settings) {
        for (String key : settings.keySet()) {
            if (!key.equals("folder") && !key.equals("shards")) {
                throw new IllegalArgumentException("index." + key + ": not a setting of the " + NAME + " backend");
            }
        }
        if (!settings.containsKey("folder")) {
            throw new IllegalArgumentException("index.folder: required by the " + NAME + " backend");
        }
        String shards = settings.getOrDefault("shards", "1");
        if (!shards.matches("[0-9]+")) {
            throw new IllegalArgumentException("index.shards: must be a whole number, was \"" + shards + "\"");
        }
        return new FolderBackend(new LuceneBackend());
    }

    /** The backend this factory makes: the embedded one under a name of its own. */
    record FolderBackend(LuceneBackend embedded) implements PassageBackend {
        @Override
        public PassageStore open(Scope scope, Path dir, int dimensions) throws IOException {
            return embedded.open(scope, dir, dimensions);
        }

        @Override
        public boolean exists(Scope scope, Path dir) {
            return embedded.exists(scope, dir);
        }

        @Override
        public Snapshot union(Snapshot shared, Snapshot server) {
            return embedded.union(shared, server);
        }
    }
}
