package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.policybot.knowledge.write.llm.LlmSettings;

/**
 * The application configuration: immutable, checked when loaded. Every section is optional and has
 * defaults; {@code llm} absent means the extractive composer. The Discord token is never part of it.
 *
 * @param dataDir the data folder (index, manifest, audit log, feedback)
 * @param discord Discord settings
 * @param limits  rate, length and file-size limits
 * @param llm     how to reach an LLM, or {@code null} for extractive answers
 * @param memory  how much conversation memory is kept in the data folder
 * @param gaps    how long questions the bot could not answer well are kept for moderators
 * @param versions how many older versions of each document are kept
 * @param index    where the passages are kept (the data folder's Lucene index unless set)
 */
public record BotConfig(Path dataDir, DiscordSettings discord, Limits limits, LlmSettings llm, Memory memory, Gaps gaps,
                        Versions versions, IndexSettings index) {
    public static final String DEFAULT_DATA_DIR = "data";

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    public BotConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(discord, "discord");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(memory, "memory");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(versions, "versions");
        Objects.requireNonNull(index, "index");
    }

    /** A configuration with the default conversation memory, gap records and versions. */
    public BotConfig(Path dataDir, DiscordSettings discord, Limits limits, LlmSettings llm) {
        this(dataDir, discord, limits, llm, Memory.defaults(), Gaps.defaults(), Versions.defaults(),
                IndexSettings.defaults());
    }

    @JsonCreator
    static BotConfig fromJson(@JsonProperty("dataDir") String dataDir,
                              @JsonProperty("discord") DiscordSettings discord,
                              @JsonProperty("limits") Limits limits,
                              @JsonProperty("llm") LlmSection llm,
                              @JsonProperty("memory") Memory memory,
                              @JsonProperty("gaps") Gaps gaps,
                              @JsonProperty("versions") Versions versions,
                              @JsonProperty("index") IndexSettings index) {
        if (dataDir != null && dataDir.isBlank()) {
            throw new ConfigException("dataDir: must not be blank");
        }
        return new BotConfig(Path.of(dataDir == null ? DEFAULT_DATA_DIR : dataDir.strip()),
                discord == null ? DiscordSettings.defaults() : discord,
                limits == null ? Limits.defaults() : limits,
                llm == null ? null : llm.toSettings(),
                memory == null ? Memory.defaults() : memory,
                gaps == null ? Gaps.defaults() : gaps,
                versions == null ? Versions.defaults() : versions,
                index == null ? IndexSettings.defaults() : index);
    }

    /** Everything at its default: data in ./data, extractive answers, commands registered globally. */
    public static BotConfig defaults() {
        return new BotConfig(Path.of(DEFAULT_DATA_DIR), DiscordSettings.defaults(), Limits.defaults(), null);
    }

    /**
     * Reads and checks a config file.
     *
     * @throws ConfigException naming the file or the bad field
     */
    public static BotConfig load(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": config file not found");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file (" + e.getClass().getSimpleName() + ")");
        }
        try {
            BotConfig config = JSON.readValue(bytes, BotConfig.class);
            if (config == null) {
                throw new ConfigException(file + ": empty config file (write {} for all defaults)");
            }
            return config;
        } catch (JsonProcessingException e) {
            throw new ConfigException(file + ": " + ConfigErrors.describe(e));
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read config file (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The same configuration with another data folder (the command line's {@code --data} wins). */
    public BotConfig withDataDir(Path dir) {
        return new BotConfig(dir, discord, limits, llm, memory, gaps, versions, index);
    }

    public Optional<LlmSettings> llmSettings() {
        return Optional.ofNullable(llm);
    }
}
