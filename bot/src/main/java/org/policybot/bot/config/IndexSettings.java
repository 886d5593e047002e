package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.policybot.knowledge.index.LuceneBackend;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageBackendFactory;

/**
 * Where the knowledge base's passages are kept: {@code "lucene"} (the default: an index in the data
 * folder) or a backend another module provides (e.g. {@code "solrcloud"}, whose module jar must be on
 * the class path), with that backend's own settings beside {@code backend} in the {@code index} object.
 * A backend module's settings are checked at load by its factory, which names the bad field.
 *
 * @param backend  the backend's name
 * @param settings every other field of the {@code index} object, as text
 */
public record IndexSettings(String backend, Map<String, String> settings) {
    public static final String LUCENE = "lucene";

    public IndexSettings {
        backend = Check.text(backend, "index.backend");
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        if (backend.equals(LUCENE)) {
            if (!settings.isEmpty()) {
                throw new ConfigException("index." + settings.keySet().iterator().next()
                        + ": the lucene backend has no settings besides index.backend");
            }
        } else {
            check(factory(backend), settings);
        }
    }

    @JsonCreator
    static IndexSettings fromJson(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new ConfigException("index: must be an object such as {\"backend\": \"lucene\"}");
        }
        JsonNode name = node.get("backend");
        if (name != null && !name.isTextual()) {
            throw new ConfigException("index.backend: must be a name such as \"lucene\" or \"solrcloud\"");
        }
        Map<String, String> settings = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> f : node.properties()) {
            if (f.getKey().equals("backend")) {
                continue;
            }
            if (!f.getValue().isValueNode() || f.getValue().isNull()) {
                throw new ConfigException("index." + f.getKey() + ": must be text, a number or true/false");
            }
            settings.put(f.getKey(), f.getValue().asText());
        }
        return new IndexSettings(name == null ? LUCENE : name.asText(), settings);
    }

    public static IndexSettings defaults() {
        return new IndexSettings(LUCENE, Map.of());
    }

    /** The backend these settings name; opening it is left to the knowledge base (a factory never connects). */
    public PassageBackend open() {
        return backend.equals(LUCENE) ? new LuceneBackend() : factory(backend).create(settings);
    }

    /** Checks every setting now: the factory makes a backend (which never connects) and it is closed again. */
    private static void check(PassageBackendFactory factory, Map<String, String> settings) {
        PassageBackend made = factory.create(settings);
        try {
            made.close();
        } catch (IOException e) {
            throw new UncheckedIOException("closing the index backend made to check its settings", e);
        }
    }

    private static PassageBackendFactory factory(String name) {
        List<String> known = new ArrayList<>(List.of(LUCENE));
        try {
            for (PassageBackendFactory f : ServiceLoader.load(PassageBackendFactory.class)) {
                if (f.name().equals(name)) {
                    return new Checked(f);
                }
                known.add(f.name());
            }
        } catch (ServiceConfigurationError e) {
            throw new ConfigException("index.backend: a backend module on the class path is broken (" + e.getMessage()
                    + ")");
        }
        throw new ConfigException("index.backend: no backend \"" + name + "\" on the class path (available: "
                + String.join(", ", known) + ")");
    }

    /** A factory whose setting errors become configuration errors naming the field. */
    private record Checked(PassageBackendFactory factory) implements PassageBackendFactory {
        @Override
        public String name() {
            return factory.name();
        }

        @Override
        public PassageBackend create(Map<String, String> settings) {
            try {
                return factory.create(settings);
            } catch (IllegalArgumentException e) {
                String message = String.valueOf(e.getMessage());
                throw new ConfigException(message.startsWith("index.") ? message : "index: " + message);
            }
        }
    }
}
