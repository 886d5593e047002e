package org.policybot.bot.conversation;

import java.util.Locale;

/** A reader's verdict on an answer. */
public enum Vote {
    UP("👍"), DOWN("👎");

    private final String emoji;

    Vote(String emoji) {
        this.emoji = emoji;
    }

    public String emoji() {
        return emoji;
    }

    /** As written in feedback.jsonl and custom ids: "up" or "down". */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Vote fromWire(String s) {
        return switch (s) {
            case "up" -> UP;
            case "down" -> DOWN;
            default -> throw new IllegalArgumentException("not a vote: " + s);
        };
    }
}
