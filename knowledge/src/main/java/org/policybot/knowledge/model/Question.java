package org.policybot.knowledge.model;

import java.util.List;
import java.util.Objects;

/**
 * A question as the engine sees it.
 *
 * @param text    what was asked
 * @param context earlier questions of the same conversation, oldest first (for follow-ups); may be empty
 * @param scope   whose documents answer it: the shared ones, plus a server's when asked in that server
 */
public record Question(String text, List<String> context, Scope scope) {
    public Question {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(scope, "scope");
        context = List.copyOf(context);
    }

    /** A question answered from the shared documents only. */
    public Question(String text, List<String> context) {
        this(text, context, Scope.SHARED);
    }

    /** A question without context, answered from the shared documents only. */
    public static Question of(String text) {
        return new Question(text, List.of());
    }
}
