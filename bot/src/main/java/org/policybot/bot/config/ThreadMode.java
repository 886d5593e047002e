package org.policybot.bot.config;

import java.util.Locale;

/** How the bot answers an @mention in a channel: a reply to the message, or a new thread holding the answer. */
public enum ThreadMode {
    REPLY, THREAD;

    static ThreadMode parse(String value, String field) {
        if (value == null) {
            return REPLY;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "reply" -> REPLY;
            case "thread" -> THREAD;
            default -> throw new ConfigException(field + ": must be \"reply\" or \"thread\", was a text of "
                    + value.length() + " characters"); // not quoted: it may be a secret pasted into the wrong field
        };
    }
}
