package org.policybot.knowledge.write.llm;

/** Why a chat call gave no usable reply; {@link #reason()} is one of the {@link LlmOutcome} codes. */
final class ChatFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final String reason;
    private final int status;

    ChatFailure(String reason, String detail, int status) {
        super(detail, null, false, false);
        this.reason = reason;
        this.status = status;
    }

    String reason() {
        return reason;
    }

    /** The HTTP status for {@link LlmOutcome#SERVER_ERROR}, else 0. */
    int status() {
        return status;
    }
}
