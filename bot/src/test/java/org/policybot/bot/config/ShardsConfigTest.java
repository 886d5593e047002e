package org.policybot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code discord.shards}: which gateway shards a process runs, checked when the config is loaded. */
class ShardsConfigTest {

    private static Path withoutIndex(Path config, Path dir) throws IOException {
        ObjectNode json = (ObjectNode) new ObjectMapper().readTree(config.toFile());
        assertThat(json.remove("index")).as("the example's index section").isNotNull();
        Path out = dir.resolve(config.getFileName());
        Files.writeString(out, json.toString());
        return out;
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ShardsConfigTest.class.getResource("/config/shards/" + name).toURI());
    }

    @Test
    void withoutAShardsSectionTheProcessRunsTheOnlyShard() {
        // GIVEN the defaults (no shards section)
        // WHEN the shards are read
        Shards shards = BotConfig.defaults().discord().shards();

        // THEN it is one shard of one, as before sharding existed
        assertThat(shards.total()).isEqualTo(1);
        assertThat(shards.ids()).containsExactly(0);
        assertThat(shards.runsShardZero()).isTrue();
    }

    @Test
    void twoOfFourShardsAreReadInTheOrderGiven() throws Exception {
        // GIVEN a process configured to run shards 2 and 0 of 4
        // WHEN the file is loaded
        Shards shards = BotConfig.load(fixture("two-of-four.json")).discord().shards();

        // THEN both are kept, in order, and the list cannot be changed afterwards
        assertThat(shards).isEqualTo(new Shards(4, List.of(2, 0)));
        assertThat(shards.runsShardZero()).isTrue();
        assertThatThrownBy(() -> shards.ids().add(3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(new Shards(2, List.of(1)).runsShardZero()).isFalse();
    }

    @Test
    void theDeployExampleSplitsTwoShardsOverTwoProcessesEachRunOnce(@TempDir Path dir) throws IOException {
        // GIVEN the two process configs of docs/deploy/compose.yaml, without their index section (the
        // SolrCloud backend module it names is not on this module's class path; index-solr's
        // DeployExampleTest checks that section)
        // WHEN they are loaded
        Shards first = BotConfig.load(withoutIndex(Path.of("..", "docs", "deploy", "shard-0.json"), dir)).discord().shards();
        Shards second = BotConfig.load(withoutIndex(Path.of("..", "docs", "deploy", "shard-1.json"), dir)).discord().shards();

        // THEN they agree on the total and together run every shard exactly once; the first holds shard 0
        assertThat(first.total()).isEqualTo(2).isEqualTo(second.total());
        assertThat(first.ids()).containsExactly(0);
        assertThat(second.ids()).containsExactly(1);
        assertThat(first.runsShardZero()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "total-zero.json|discord.shards.total: must be >= 1, was 0",
        "total-missing.json|discord.shards.total: required",
        "ids-empty.json|discord.shards.ids: must list at least one shard this process runs",
        "ids-missing.json|discord.shards.ids: must list at least one shard this process runs",
        "id-too-high.json|discord.shards.ids[1]: must be in [0, 2) (discord.shards.total is 2), was 2",
        "id-negative.json|discord.shards.ids[0]: must be in [0, 2) (discord.shards.total is 2), was -1",
        "id-twice.json|discord.shards.ids[2]: shard 1 is listed twice",
        "id-not-a-number.json|discord.shards.ids[0]: expected a whole number",
        "id-null.json|discord.shards.ids[1]: expected a whole number, was null",
        "unknown-field.json|discord.shards.recommended: unknown field",
    })
    void eachBadShardFieldIsNamed(String name, String expected) throws Exception {
        // GIVEN a config file whose shards section has one mistake
        Path file = fixture(name);

        // WHEN it is loaded THEN one line names the file and the field
        assertThatThrownBy(() -> BotConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": " + expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }
}
