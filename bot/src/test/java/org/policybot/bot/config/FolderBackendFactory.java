package org.policybot.bot.config;

import java.util.Map;
import org.policybot.knowledge.index.LuceneBackend;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageBackendFactory;

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
        if (!settings.containsKey("folder")) {
            throw new IllegalArgumentException("index.folder: required by the " + NAME + " backend");
        }
        String shards = settings.getOrDefault("shards", "1");
        if (!shards.matches("[0-9]+")) {
            throw new IllegalArgumentException("index.shards: must be a whole number, was \"" + shards + "\"");
        }
        return new LuceneBackend();
    }
}
