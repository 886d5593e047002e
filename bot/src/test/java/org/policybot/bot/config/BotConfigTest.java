package org.policybot.bot.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.policybot.knowledge.write.llm.LlmSettings;

class BotConfigTest {
    private static final String TOKEN = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.secret-token-value";

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("policybot.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void theCommittedExampleLoadsWithItsLlmSection() {
        // GIVEN the example committed at the repository root
        Path example = Path.of("..", "config", "policybot.example.json");

        // WHEN it is loaded
        BotConfig config = BotConfig.load(example);

        // THEN every section is read
        assertThat(config.dataDir()).isEqualTo(Path.of("data"));
        assertThat(config.discord().moderatorRoleIds()).containsExactly("112233445566778899");
        assertThat(config.discord().threadMode()).isEqualTo(ThreadMode.REPLY);
        assertThat(config.limits()).isEqualTo(Limits.defaults());
        assertThat(config.memory()).isEqualTo(Memory.defaults());
        assertThat(config.discord().homeServerIds()).isEmpty();
        assertThat(config.discord().shards()).isEqualTo(Shards.single());
        assertThat(config.llm().provider()).isEqualTo("ollama");
        assertThat(config.llm().apiKeyEnv()).isNull();
    }

    @Test
    void anEmptyObjectMeansAllDefaultsAndExtractiveAnswers() throws IOException {
        // GIVEN a file holding only {}
        // WHEN it is loaded
        BotConfig config = BotConfig.load(write("{}"));

        // THEN it equals the defaults
        assertThat(config).isEqualTo(BotConfig.defaults());
        assertThat(config.llmSettings()).isEmpty();
        assertThat(config.limits().questionsPerMinute()).isEqualTo(5);
        assertThat(config.limits().maxQuestionLength()).isEqualTo(500);
        assertThat(config.limits().maxFileBytes()).isEqualTo(20L * 1024 * 1024);
        assertThat(config.discord().moderatorPermission()).isEqualTo("MANAGE_SERVER");
        assertThat(config.discord().answersIn("123")).isTrue();
    }

    @Test
    void homeServersPinTheBotAndCarryTheCommandRegistration() throws IOException {
        // GIVEN two home servers and no guildIds
        BotConfig config = BotConfig.load(write("{\"discord\": {\"homeServerIds\": [\"42\", \" 43 \"]}}"));

        // THEN only they are served, and the commands are registered in them
        assertThat(config.discord().serves("42")).isTrue();
        assertThat(config.discord().serves("43")).isTrue();
        assertThat(config.discord().serves("44")).isFalse();
        assertThat(config.discord().commandServers()).containsExactly("42", "43");
        assertThat(BotConfig.defaults().discord().serves("44")).isTrue();
    }

    @Test
    void memoryDefaultsToTenThousandAnswersForSevenDays() throws IOException {
        assertThat(BotConfig.defaults().memory()).isEqualTo(new Memory(10_000, 7));
        assertThat(BotConfig.load(write("{\"memory\": {\"days\": 30}}")).memory()).isEqualTo(new Memory(10_000, 30));
    }

    @Test
    void gapsAreKeptThirtyDaysAndTenOlderVersionsOfEachDocumentByDefault() throws IOException {
        assertThat(BotConfig.defaults().gaps()).isEqualTo(new Gaps(30));
        assertThat(BotConfig.defaults().versions()).isEqualTo(new Versions(10));
        BotConfig config = BotConfig.load(write("{\"gaps\": {\"days\": 0}, \"versions\": {\"keep\": 3}}"));
        assertThat(config.gaps().days()).isZero();
        assertThat(config.versions().keep()).isEqualTo(3);
    }

    @Test
    void presentSectionsKeepDefaultsForFieldsLeftOut() throws IOException {
        // GIVEN sections holding one field each
        String json = """
                {"discord": {"threadMode": "thread", "answerChannelIds": ["42"]},
                 "limits": {"questionsPerMinute": 2},
                 "llm": {"provider": "openai", "baseUrl": "https://api.example.org/v1", "model": "m", "apiKeyEnv": "OPENAI_API_KEY"}}
                """;

        // WHEN loaded
        BotConfig config = BotConfig.load(write(json));

        // THEN the given fields are used and the others keep their defaults
        assertThat(config.discord().threadMode()).isEqualTo(ThreadMode.THREAD);
        assertThat(config.discord().answersIn("42")).isTrue();
        assertThat(config.discord().answersIn("43")).isFalse();
        assertThat(config.limits().questionsPerMinute()).isEqualTo(2);
        assertThat(config.limits().maxQuestionLength()).isEqualTo(500);
        assertThat(config.llm().timeoutSeconds()).isEqualTo(60);
        assertThat(config.llm().callsPerMinute()).isEqualTo(LlmSettings.DEFAULT_CALLS_PER_MINUTE);
        assertThat(config.llm().callsPerMinutePerServer()).isEqualTo(LlmSettings.DEFAULT_CALLS_PER_MINUTE_PER_SERVER);
        assertThat(config.llm().maxPromptTokens()).isEqualTo(LlmSettings.DEFAULT_MAX_PROMPT_TOKENS);
        assertThat(config.llm().apiKeyEnv()).isEqualTo("OPENAI_API_KEY");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"limits\": {\"questionsPerMinute\": 0}}|limits.questionsPerMinute: must be >= 1, was 0",
        "{\"limits\": {\"maxQuestionLength\": -5}}|limits.maxQuestionLength: must be >= 1, was -5",
        "{\"limits\": {\"maxFileBytes\": 0}}|limits.maxFileBytes: must be >= 1, was 0",
        "{\"limits\": {\"questionsPerMinute\": \"five\"}}|limits.questionsPerMinute: expected a whole number",
        "{\"limits\": {\"perHour\": 3}}|limits.perHour: unknown field",
        "{\"discord\": {\"threadMode\": \"forum\"}}|discord.threadMode: must be \"reply\" or \"thread\", was a text of 5 characters",
        "{\"discord\": {\"moderatorRoleIds\": [\"1\", \"mods\"]}}|discord.moderatorRoleIds[1]: must be a Discord id (digits only), was a text of 4 characters",
        "{\"discord\": {\"answerChannelIds\": [\"#general\"]}}|discord.answerChannelIds[0]: must be a Discord id",
        "{\"discord\": {\"guildIds\": \"123\"}}|discord.guildIds: expected a list",
        "{\"discord\": {\"guildIds\": [\"12345678901234567890\"]}}|discord.guildIds[0]: must be a Discord id (digits only), was a text of 20 characters",
        "{\"discord\": {\"moderatorPermission\": \"SEND_MESSAGES\"}}|discord.moderatorPermission: must be one of",
        "{\"discord\": {\"homeServerIds\": [\"zephyr\"]}}|discord.homeServerIds[0]: must be a Discord id (digits only), was a text of 6 characters",
        "{\"discord\": {\"homeServerIds\": [\"1\"], \"guildIds\": [\"2\"]}}|discord.guildIds[0]: 2 is not one of discord.homeServerIds",
        "{\"memory\": {\"entries\": 0}}|memory.entries: must be >= 1, was 0",
        "{\"memory\": {\"days\": 400}}|memory.days: must be <= 365, was 400",
        "{\"memory\": {\"hours\": 3}}|memory.hours: unknown field",
        "{\"gaps\": {\"days\": -1}}|gaps.days: must be >= 0, was -1",
        "{\"gaps\": {\"days\": 400}}|gaps.days: must be <= 365, was 400",
        "{\"gaps\": {\"keepUserIds\": true}}|gaps.keepUserIds: unknown field",
        "{\"versions\": {\"keep\": -2}}|versions.keep: must be >= 0, was -2",
        "{\"versions\": {\"keep\": \"all\"}}|versions.keep: expected a whole number",
        "{\"llm\": {\"baseUrl\": \"http://localhost:11434/v1\", \"model\": \"m\"}}|llm.provider: required",
        "{\"llm\": {\"provider\": \"ollama\", \"model\": \"m\"}}|llm.baseUrl: required",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"http://h/v1\"}}|llm.model: required",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"ftp://h\", \"model\": \"m\"}}|llm.baseUrl: not an http(s) URL",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"http://h/v1\", \"model\": \"m\", \"timeoutSeconds\": 0}}|llm.timeoutSeconds: must be 1..600, was 0",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"http://h/v1\", \"model\": \"m\", \"key\": \"x\"}}|llm.key: unknown field",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"http://h/v1\", \"model\": \"m\", \"callsPerMinute\": 0}}|llm.callsPerMinute: must be at least 1, was 0",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"http://h/v1\", \"model\": \"m\", \"callsPerMinute\": 10, \"callsPerMinutePerServer\": 20}}|llm.callsPerMinutePerServer: must be 1..10 (llm.callsPerMinute), was 20",
        "{\"llm\": {\"provider\": \"ollama\", \"baseUrl\": \"http://h/v1\", \"model\": \"m\", \"maxPromptTokens\": 100}}|llm.maxPromptTokens: must be 500..1000000, was 100",
        "{\"dataDir\": \"  \"}|dataDir: must not be blank",
        "{\"datadir\": \"x\"}|datadir: unknown field",
        "[1, 2]|config: expected an object",
    })
    void eachBadFieldIsNamed(String json, String expected) throws IOException {
        // GIVEN a file with one mistake
        Path file = write(json);

        // WHEN it is loaded THEN the message names the file and the field
        assertThatThrownBy(() -> BotConfig.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ": " + expected)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void aSecretPastedIntoTheWrongFieldIsNeverRepeated() throws IOException {
        // GIVEN keys and tokens pasted where a variable's name, an id or a mode belongs
        String key = "sk-proj-AbC123xyz-secret";
        for (String json : List.of(
                "{\"llm\": {\"provider\": \"openai\", \"baseUrl\": \"https://api.example.org/v1\", \"model\": \"m\","
                        + " \"apiKeyEnv\": \"" + key + "\"}}",
                "{\"discord\": {\"moderatorRoleIds\": [\"" + key + "\"]}}",
                "{\"discord\": {\"threadMode\": \"" + key + "\"}}",
                "{\"discord\": {\"moderatorPermission\": \"" + key + "\"}}")) {
            Path file = write(json);

            // WHEN it is loaded THEN the error names the field but not the value
            assertThatThrownBy(() -> BotConfig.load(file)).isInstanceOf(ConfigException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContainIgnoringCase("AbC123xyz"));
        }
    }

    @Test
    void aTokenPutInTheFileIsRefusedWithoutBeingRepeated() throws IOException {
        // GIVEN a token written as a config field, and one pasted as bare (invalid) JSON
        Path asField = write("{\"token\": \"" + TOKEN + "\"}");
        Path bare = dir.resolve("bare.json");
        Files.writeString(bare, "{\"discord\": " + TOKEN + "}");

        // WHEN loaded THEN the field is refused and the token appears in no message
        assertThatThrownBy(() -> BotConfig.load(asField))
                .hasMessageContaining("token: unknown field (the bot token is read only from the DISCORD_TOKEN")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(TOKEN));
        assertThatThrownBy(() -> BotConfig.load(bare))
                .hasMessageContaining("not valid JSON at line 1")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("MTIz").doesNotContain("secret"));
    }

    @Test
    void aMissingFileIsNamed() {
        Path missing = dir.resolve("nope.json");
        assertThatThrownBy(() -> BotConfig.load(missing)).hasMessage(missing + ": config file not found");
    }

    @Test
    void theDataFolderCanBeOverridden() throws IOException {
        // GIVEN a config with its own data folder
        BotConfig config = BotConfig.load(write("{\"dataDir\": \"/srv/policybot\"}"));

        // WHEN the command line passes --data
        BotConfig overridden = config.withDataDir(Path.of("/tmp/other"));

        // THEN the override wins and the rest is kept
        assertThat(config.dataDir()).isEqualTo(Path.of("/srv/policybot"));
        assertThat(overridden.dataDir()).isEqualTo(Path.of("/tmp/other"));
        assertThat(overridden.discord()).isEqualTo(config.discord());
    }
}
