package org.policybot.knowledge.write.llm;

import org.policybot.knowledge.write.Composition;

/**
 * What the LLM composer produced: a checked {@link Composition}, or the reason the caller must fall
 * back to the extractive answer. Exactly one of the two is non-null. The reasons are short stable
 * codes, fit for the answer's {@code fallback_reason} field.
 *
 * @param composition   the checked answer, or {@code null}
 * @param failureReason one of the constants below, or {@code null}
 */
public record LlmOutcome(Composition composition, String failureReason) {
    /** The server did not answer within the configured timeout. */
    public static final String TIMEOUT = "timeout";
    /** The server could not be reached (connection refused, unknown host). */
    public static final String UNREACHABLE = "unreachable";
    /** The server answered with an HTTP error status. */
    public static final String SERVER_ERROR = "server-error";
    /** The server's reply could not be read as a chat completion, or it was empty. */
    public static final String OUT_OF_FORMAT = "out-of-format";
    /** The reply carried no [n] citation markers at all. */
    public static final String NO_CITATIONS = "no-citations";
    /** No sentence of the reply survived the support check. */
    public static final String UNSUPPORTED = "unsupported";
    /** There was nothing to compose from. */
    public static final String NO_PASSAGES = "no-passages";
    /** The model said the passages do not answer the question (the decline its rules ask for). */
    public static final String DECLINED = "declined";
    /** The call was not made: the global or the server's calls-per-minute budget was spent. */
    public static final String CAPPED = "call-cap";
    /** The rules and the question alone exceed the prompt's token budget: no call was made. */
    public static final String PROMPT_TOO_LONG = "prompt-too-long";
    /** The asking thread was interrupted while waiting for the server. */
    public static final String INTERRUPTED = "interrupted";

    public LlmOutcome {
        if ((composition == null) == (failureReason == null)) {
            throw new IllegalArgumentException("exactly one of composition and failureReason must be given");
        }
    }

    public static LlmOutcome composed(Composition composition) {
        return new LlmOutcome(composition, null);
    }

    public static LlmOutcome failed(String reason) {
        return new LlmOutcome(null, reason);
    }

    /** True when {@link #composition()} holds a checked answer. */
    public boolean ok() {
        return composition != null;
    }
}
