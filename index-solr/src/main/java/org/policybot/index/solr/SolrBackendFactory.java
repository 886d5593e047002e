package org.policybot.index.solr;

import java.util.Map;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageBackendFactory;

/**
 * {@code index.backend: "solrcloud"}: settings {@code zkHosts} or {@code solrUrls} (one of them),
 * {@code collection}, and for creating the collection on first use {@code shards} (default 1) and
 * {@code replicas} (default 2); optional {@code namespace} and {@code graceSeconds}.
 */
public final class SolrBackendFactory implements PassageBackendFactory {
    public static final String NAME = "solrcloud";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PassageBackend create(Map<String, String> settings) {
        return new SolrBackend(SolrSettings.parse(settings));
    }
}
