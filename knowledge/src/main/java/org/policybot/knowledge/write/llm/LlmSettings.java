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
 * @param callsPerMinute the most model calls the whole process makes in a minute (a call over it is
 *                       not made: the member gets the extractive answer)
 * @param callsPerMinutePerServer the most model calls one Discord server's questions cause in a minute
 *                       (direct messages and the command line count as one more "server")
 * @param maxPromptTokens the most tokens a prompt may carry; passages beyond it are left out, last
 *                       ranked first
 */
public record LlmSettings(String provider, String baseUrl, String model, String apiKeyEnv, int timeoutSeconds,
                          int callsPerMinute, int callsPerMinutePerServer, int maxPromptTokens) {
    /**
     * Default global cap: 120 calls a minute (set by hand: an answer costs one to three calls, so this
     * is 40 to 120 answers a minute, well under the 500 requests a minute of OpenAI's lowest paid tier
     * and what one local Ollama GPU serves at about a second a call).
     */
    public static final int DEFAULT_CALLS_PER_MINUTE = 120;
    /** Default per-server cap (set by hand): one busy server cannot take more than a quarter of the global cap. */
    public static final int DEFAULT_CALLS_PER_MINUTE_PER_SERVER = 30;
    /**
     * Default prompt size (set by hand): the rules, ten passages of about 150 tokens and a question fit
     * in 3,000 tokens, inside the smallest context window still served (4,096 tokens) with room for
     * the reply.
     */
    public static final int DEFAULT_MAX_PROMPT_TOKENS = 3000;
    /** Below this a prompt cannot hold the rules and one passage (the rules alone are about 250 tokens). */
    static final int MIN_PROMPT_TOKENS = 500;
    /** Above the largest context windows served (about a million tokens); more is a typing mistake. */
    static final int MAX_PROMPT_TOKENS = 1_000_000;

    /** Settings with the default cost guards. */
    public LlmSettings(String provider, String baseUrl, String model, String apiKeyEnv, int timeoutSeconds) {
        this(provider, baseUrl, model, apiKeyEnv, timeoutSeconds, DEFAULT_CALLS_PER_MINUTE,
                DEFAULT_CALLS_PER_MINUTE_PER_SERVER, DEFAULT_MAX_PROMPT_TOKENS);
    }

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
            // not quoted: a key pasted here instead of the variable's name must not reach a log
            throw new IllegalArgumentException("llm.apiKeyEnv: must name the environment variable that holds the key"
                    + " (letters, digits and _), not hold the key itself");
        }
        if (timeoutSeconds < 1 || timeoutSeconds > 600) {
            throw new IllegalArgumentException("llm.timeoutSeconds: must be 1..600, was " + timeoutSeconds);
        }
        if (callsPerMinute < 1) {
            throw new IllegalArgumentException("llm.callsPerMinute: must be at least 1, was " + callsPerMinute);
        }
        if (callsPerMinutePerServer < 1 || callsPerMinutePerServer > callsPerMinute) {
            throw new IllegalArgumentException("llm.callsPerMinutePerServer: must be 1.." + callsPerMinute
                    + " (llm.callsPerMinute), was " + callsPerMinutePerServer);
        }
        if (maxPromptTokens < MIN_PROMPT_TOKENS || maxPromptTokens > MAX_PROMPT_TOKENS) {
            throw new IllegalArgumentException("llm.maxPromptTokens: must be " + MIN_PROMPT_TOKENS + ".."
                    + MAX_PROMPT_TOKENS + ", was " + maxPromptTokens);
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
                + ", apiKeyEnv=" + apiKeyEnv + ", timeoutSeconds=" + timeoutSeconds + ", callsPerMinute=" + callsPerMinute
                + ", callsPerMinutePerServer=" + callsPerMinutePerServer + ", maxPromptTokens=" + maxPromptTokens + "]";
    }
}
