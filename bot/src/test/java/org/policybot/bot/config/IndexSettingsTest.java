package org.policybot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.knowledge.index.LuceneBackend;

/** The {@code index} section: which backend keeps the passages, its settings checked at load. */
class IndexSettingsTest {
    @TempDir
    Path dir;

    private BotConfig load(String json) throws IOException {
        Path file = dir.resolve("policybot.json");
        Files.writeString(file, json);
        return BotConfig.load(file);
    }

    @Test
    void withoutAnIndexSectionTheDataFolderHoldsTheIndex() throws IOException {
        // GIVEN a config without an index section  WHEN it is loaded
        BotConfig config = load("{}");

        // THEN the backend is the embedded Lucene index
        assertThat(config.index()).isEqualTo(IndexSettings.defaults());
        assertThat(config.index().backend()).isEqualTo("lucene");
        assertThat(config.index().open()).isInstanceOf(LuceneBackend.class);
    }

    @Test
    void aBackendModuleOnTheClassPathIsFoundByNameWithItsSettings() throws IOException {
        // GIVEN a backend module on the class path and a config naming it with its settings
        BotConfig config = load("{\"index\": {\"backend\": \"folder-test\", \"folder\": \"x\", \"shards\": 2}}");

        // THEN its settings are kept as text and the backend opens
        assertThat(config.index().settings()).isEqualTo(Map.of("folder", "x", "shards", "2"));
        assertThat(config.index().open()).isInstanceOf(FolderBackendFactory.FolderBackend.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"index\": {\"backend\": \"solrcloud\"}}|index.backend: no backend \"solrcloud\" on the class path (available: lucene, folder-test)",
        "{\"index\": {\"backend\": 7}}|index.backend: must be a name",
        "{\"index\": {\"backend\": \" \"}}|index.backend: required",
        "{\"index\": {\"collection\": \"c\"}}|index.collection: the lucene backend has no settings besides index.backend",
        "{\"index\": {\"backend\": \"folder-test\"}}|index.folder: required by the folder-test backend",
        "{\"index\": {\"backend\": \"folder-test\", \"folder\": \"x\", \"shards\": \"two\"}}|index.shards: must be a whole number",
        "{\"index\": {\"backend\": \"folder-test\", \"folder\": [\"x\"]}}|index.folder: must be text, a number or true/false",
        "{\"index\": \"solr\"}|index: must be an object",
        "{\"index\": {\"backend\": \"folder-test\", \"folder\": \"x\", \"colection\": \"c\"}}|index.colection: not a setting of the folder-test backend",
        "{\"index\": {\"zkHosts\": \"z\", \"collection\": \"c\"}}|index.zkHosts: the lucene backend has no settings",
    })
    void eachBadSettingIsNamed(String json, String expected) throws IOException {
        // GIVEN a config with one bad index setting  WHEN it is loaded  THEN the error names that field
        assertThatThrownBy(() -> load(json)).isInstanceOf(ConfigException.class).hasMessageContaining(expected);
    }
}
