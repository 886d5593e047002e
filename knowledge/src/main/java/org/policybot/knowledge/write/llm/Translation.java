package org.policybot.knowledge.write.llm;

/**
 * What a translation call produced: the translated text, or the reason the caller keeps the
 * original. Exactly one of the two is non-null.
 *
 * @param text          the translation, or {@code null}
 * @param failureReason an {@link LlmOutcome} reason, {@link #MARKERS_CHANGED}, {@link #FIGURES_CHANGED}, or {@code null}
 */
public record Translation(String text, String failureReason) {
    /** The translated answer lost, added or changed a [n] marker. */
    public static final String MARKERS_CHANGED = "markers-changed";
    /** The translated answer lost, added or changed a figure written in digits. */
    public static final String FIGURES_CHANGED = "figures-changed";

    public Translation {
        if ((text == null) == (failureReason == null)) {
            throw new IllegalArgumentException("exactly one of text and failureReason must be given");
        }
    }

    static Translation of(String text) {
        return new Translation(text, null);
    }

    static Translation failed(String reason) {
        return new Translation(null, reason);
    }

    public boolean ok() {
        return text != null;
    }
}
