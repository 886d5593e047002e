package org.policybot.knowledge.model;

import java.util.List;
import java.util.Objects;

/**
 * A question as the engine sees it.
 *
 * @param text    what was asked
 * @param context earlier questions of the same conversation, oldest first (for follow-ups); may be empty
 */
public record Question(String text, List<String> context) {
    public Question {
        Objects.requireNonNull(text, "text");
        context = List.copyOf(context);
    }

    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
