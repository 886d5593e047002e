package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.PassageBackendFactory;

/** The factory is found by name, and a bad setting is a message that starts with its field. */
class SolrBackendFactoryTest {
    @Test
    void foundThroughTheServiceLoaderAsSolrcloud() {
        // GIVEN the module on the class path  WHEN the factories are listed  THEN "solrcloud" is one
        assertThat(ServiceLoader.load(PassageBackendFactory.class).stream().map(p -> p.get().name()))
                .contains("solrcloud");
    }

    @Test
    void badSettingsNameTheirField() {
        SolrBackendFactory f = new SolrBackendFactory();
        // GIVEN settings missing or wrong  WHEN a backend is made  THEN the message starts with the field
        assertThatThrownBy(() -> f.create(Map.of("collection", "p"))).hasMessageStartingWith("index.zkHosts: ");
        assertThatThrownBy(() -> f.create(Map.of("zkHosts", "zk:2181", "solrUrls", "http://x:8983/solr",
                "collection", "p"))).hasMessageStartingWith("index.zkHosts: ");
        assertThatThrownBy(() -> f.create(Map.of("zkHosts", "zk"))).hasMessageStartingWith("index.zkHosts: ");
        assertThatThrownBy(() -> f.create(Map.of("zkHosts", "zk:2181"))).hasMessageStartingWith("index.collection: ");
        assertThatThrownBy(() -> f.create(Map.of("zkHosts", "zk:2181", "collection", "-bad")))
                .hasMessageStartingWith("index.collection: ");
        assertThatThrownBy(() -> f.create(Map.of("solrUrls", "x:8983", "collection", "p")))
                .hasMessageStartingWith("index.solrUrls: ");
        assertThatThrownBy(() -> f.create(Map.of("solrUrls", "http://solr 1:8983/solr", "collection", "p")))
                .hasMessageStartingWith("index.solrUrls: ");
        assertThatThrownBy(() -> f.create(Map.of("zkHosts", "zk:2181", "collection", "p", "shards", "two")))
                .hasMessageStartingWith("index.shards: ");
        assertThatThrownBy(() -> f.create(Map.of("zkHosts", "zk:2181", "collection", "p", "replicas", "0")))
                .hasMessageStartingWith("index.replicas: ");
    }

    @Test
    void zkHostsMayCarryAChroot() {
        // GIVEN a ZooKeeper list with a chroot  WHEN parsed  THEN hosts and chroot are apart
        SolrSettings s = SolrSettings.parse(Map.of("zkHosts", "zk1:2181,zk2:2181/solr", "collection", "passages"));
        assertThat(s.zkHosts()).containsExactly("zk1:2181", "zk2:2181");
        assertThat(s.zkChroot()).isEqualTo("/solr");
    }
}
