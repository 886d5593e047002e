package org.policybot.index.solr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The index sections of docs/deploy's shard configs (the compose example): the bot checks them at load
 * with this factory, so they must pass it, and both processes must read one collection.
 */
class DeployExampleTest {
    private static Map<String, String> indexOf(String config) throws IOException {
        JsonNode index = new ObjectMapper().readTree(Path.of("..", "docs", "deploy", config).toFile()).get("index");
        Map<String, String> settings = new LinkedHashMap<>();
        index.properties().forEach(e -> settings.put(e.getKey(), e.getValue().asText()));
        return settings;
    }

    @Test
    void bothShardProcessesNameOneSolrCloudCollectionTheFactoryAccepts() throws IOException {
        // GIVEN the two shard processes' index sections
        Map<String, String> first = indexOf("shard-0.json");
        Map<String, String> second = indexOf("shard-1.json");

        // THEN both select this backend with the same settings
        assertThat(first.remove("backend")).isEqualTo("solrcloud");
        assertThat(second.remove("backend")).isEqualTo("solrcloud");
        assertThat(first).isEqualTo(second);
        // AND the factory accepts them as the bot's config check does (it never connects)
        SolrSettings parsed = SolrSettings.parse(first);
        assertThat(parsed.collection()).isEqualTo("policybot");
        assertThat(parsed.zkHosts()).containsExactly("zookeeper:2181");
    }

    @Test
    void aMisspeltSettingIsRefusedByName() {
        // GIVEN a setting the backend does not know  WHEN checked  THEN it is named, not ignored
        assertThatThrownBy(() -> SolrSettings.parse(Map.of("zkHosts", "zk:2181", "colection", "p")))
                .hasMessageStartingWith("index.colection: not a setting of the solrcloud backend");
    }
}
