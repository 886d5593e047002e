package org.policybot.bot.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.policybot.knowledge.write.llm.LlmSettings;

/** The {@code llm} section as written in the file; {@link #toSettings()} checks it and builds the engine's record. */
record LlmSection(String provider, String baseUrl, String model, String apiKeyEnv, Integer timeoutSeconds) {
    static final int DEFAULT_TIMEOUT_SECONDS = 60;

    @JsonCreator
    LlmSection(@JsonProperty("provider") String provider, @JsonProperty("baseUrl") String baseUrl,
               @JsonProperty("model") String model, @JsonProperty("apiKeyEnv") String apiKeyEnv,
               @JsonProperty("timeoutSeconds") Integer timeoutSeconds) {
        this.provider = provider;
        this.baseUrl = baseUrl;
        this.model = model;
        this.apiKeyEnv = apiKeyEnv;
        this.timeoutSeconds = timeoutSeconds;
    }

    LlmSettings toSettings() {
        Check.text(provider, "llm.provider");
        Check.text(baseUrl, "llm.baseUrl");
        Check.text(model, "llm.model");
        try {
            return new LlmSettings(provider, baseUrl.strip(), model.strip(),
                    apiKeyEnv == null || apiKeyEnv.isBlank() ? null : apiKeyEnv.strip(),
                    timeoutSeconds == null ? DEFAULT_TIMEOUT_SECONDS : timeoutSeconds);
        } catch (IllegalArgumentException e) {
            // LlmSettings names the field ("llm.baseUrl: ...") and never holds the key itself
            throw new ConfigException(e.getMessage());
        }
    }
}
