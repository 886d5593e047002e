package org.policybot.bot.conversation;

/** One embed field; Discord's size limits are checked on construction (see {@link DiscordLimits}). */
public record ReplyField(String name, String value) {
    public ReplyField {
        name = SafeText.neutralise(name);
        value = SafeText.neutralise(value);
        DiscordLimits.require(name, 1, DiscordLimits.FIELD_NAME, "field name");
        DiscordLimits.require(value, 1, DiscordLimits.FIELD_VALUE, "field value");
    }

    int size() {
        return name.length() + value.length();
    }
}
