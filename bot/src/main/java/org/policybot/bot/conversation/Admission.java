package org.policybot.bot.conversation;

import java.util.Objects;

/**
 * Whether a request is answered, and if not, whether the user is told why (a notice) or nothing is
 * said (the user was already told, and saying it again would let anyone make the bot spam).
 *
 * @param kind   answer, notice or silence
 * @param notice the notice to send, for {@link Kind#NOTICE} only
 */
public record Admission(Kind kind, ReplyMessage notice) {
    /** What to do with the request. */
    public enum Kind { ANSWER, NOTICE, SILENT }

    private static final Admission ANSWER = new Admission(Kind.ANSWER, null);
    private static final Admission SILENT = new Admission(Kind.SILENT, null);

    public Admission {
        Objects.requireNonNull(kind, "kind");
        if ((kind == Kind.NOTICE) != (notice != null)) {
            throw new IllegalArgumentException("a notice, and only a notice, carries a message");
        }
    }

    static Admission answer() {
        return ANSWER;
    }

    static Admission silent() {
        return SILENT;
    }

    static Admission notice(String text) {
        return new Admission(Kind.NOTICE, ReplyMessage.text(text));
    }

    public boolean answers() {
        return kind == Kind.ANSWER;
    }
}
