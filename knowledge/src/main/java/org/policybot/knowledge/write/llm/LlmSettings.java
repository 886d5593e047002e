package org.policybot.knowledge.write.llm;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach an OpenAI-compatible (or Ollama) chat server. The API key is never held here:
 * only the name of the environment variable that carries it.
 *
 * @param provider       "openai" (any server speaking /v1/chat/completions) or "ollama"
 * @param baseUrl        e.g. http://localhost:11434/v1
 * @param model          the model name the server knows
 * @param apiKeyEnv      name of the environment variable holding the key, or null for none
 * @param timeoutSeconds request timeout, 1..600
 */
public record LlmSettings(String provider, String baseUrl, String model, String apiKeyEnv, int timeoutSeconds) {
    public LlmSettings {
        provider = requireText(provider, "llm.provider").toLowerCase(Locale.ROOT);
        if (!provider.equals("openai") && !provider.equals("ollama")) {
            throw new IllegalArgumentException("llm.provider: must be \"openai\" or \"ollama\", was \"" + provider + "\"");
        }
        requireText(baseUrl, "llm.baseUrl");
        try {
            URI uri = URI.create(baseUrl);
            if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    || uri.getHost() == null) {
                throw new IllegalArgumentException("not an http(s) URL");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("llm.baseUrl: not an http(s) URL: \"" + baseUrl + "\"", e);
        }
        requireText(model, "llm.model");
        if (apiKeyEnv != null && !apiKeyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("llm.apiKeyEnv: not an environment variable name: \"" + apiKeyEnv + "\"");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new IllegalArgumentException("llm.timeoutSeconds: must be 1..600, was " + timeoutSeconds);
        }
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + ": required");
        }
        return Objects.requireNonNull(value);
    }

    /** Never print the key; show where it comes from. */
    @Override
    public String toString() {
        return "LlmSettings[provider=" + provider + ", baseUrl=" + baseUrl + ", model=" + model
                + ", apiKeyEnv=" + apiKeyEnv + ", timeoutSeconds=" + timeoutSeconds + "]";
    }
}
