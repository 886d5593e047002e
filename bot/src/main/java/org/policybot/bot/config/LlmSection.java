package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.policybot.knowledge.write.llm.LlmSettings;

/** The {@code llm} section as written in the file; {@link #toSettings()} checks it and builds the engine's record. */
record LlmSection(String provider, String baseUrl, String model, String apiKeyEnv, Integer timeoutSeconds,
                  Integer callsPerMinute, Integer callsPerMinutePerServer, Integer maxPromptTokens) {
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    @JsonCreator
    LlmSection(@JsonProperty("provider") String provider, @JsonProperty("baseUrl") String baseUrl,
               @JsonProperty("model") String model, @JsonProperty("apiKeyEnv") String apiKeyEnv,
               @JsonProperty("timeoutSeconds") Integer timeoutSeconds,
               @JsonProperty("callsPerMinute") Integer callsPerMinute,
               @JsonProperty("callsPerMinutePerServer") Integer callsPerMinutePerServer,
               @JsonProperty("maxPromptTokens") Integer maxPromptTokens) {
        this.provider = provider;
        this.baseUrl = baseUrl;
        this.model = model;
        this.apiKeyEnv = apiKeyEnv;
        this.timeoutSeconds = timeoutSeconds;
        this.callsPerMinute = callsPerMinute;
        this.callsPerMinutePerServer = callsPerMinutePerServer;
        this.maxPromptTokens = maxPromptTokens;
    }

    LlmSettings toSettings() {
        Check.text(provider, "llm.provider");
        Check.text(baseUrl, "llm.baseUrl");
        Check.text(model, "llm.model");
        try {
            return new LlmSettings(provider, baseUrl.strip(), model.strip(),
                    apiKeyEnv == null || apiKeyEnv.isBlank() ? null : apiKeyEnv.strip(),
                    timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds,
                    callsPerMinute == null ? LlmSettings.DEFAULT_CALLS_PER_MINUTE : callsPerMinute,
                    callsPerMinutePerServer == null
                            ? Math.min(LlmSettings.DEFAULT_CALLS_PER_MINUTE_PER_SERVER,
                                    callsPerMinute == null ? LlmSettings.DEFAULT_CALLS_PER_MINUTE : callsPerMinute)
                            : callsPerMinutePerServer,
                    maxPromptTokens == null ? LlmSettings.DEFAULT_MAX_PROMPT_TOKENS : maxPromptTokens);
        } catch (IllegalArgumentException e) {
            // LlmSettings names the field ("llm.baseUrl: ...") and never holds the key itself
            throw new ConfigException(e.getMessage());
        }
    }
}
