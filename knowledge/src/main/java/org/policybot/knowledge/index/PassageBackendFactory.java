package org.policybot.knowledge.index;

import java.util.Map;

/**
 * Makes a {@link PassageBackend} from the {@code index} settings of the configuration. Found through
 * {@link java.util.ServiceLoader}, so a backend lives in its own module and the default jar carries
 * none of its dependencies: the embedded Lucene index needs no factory.
 */
public interface PassageBackendFactory {
    /** The value of {@code index.backend} that selects this backend, e.g. {@code "solrcloud"}. */
    String name();

    /**
     * The backend for {@code settings} (the {@code index} object's fields as text). A missing or bad
     * setting is an {@link IllegalArgumentException} whose message starts with the field's name
     * ({@code "index.collection: ..."}); a setting it does not know is such an error too (a misspelt key must
     * not be ignored). It checks and keeps the settings only: connecting waits for the
     * first {@link PassageBackend#open}, so that a configuration can be checked where the cluster is not
     * reachable.
     */
    PassageBackend create(Map<String, String> settings);
}
