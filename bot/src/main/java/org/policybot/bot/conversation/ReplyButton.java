package org.policybot.bot.conversation;

/**
 * A button under a message.
 *
 * @param customId what comes back when it is clicked (at most 100 characters)
 * @param emoji    shown on the button
 * @param label    accessible text beside the emoji
 */
public record ReplyButton(String customId, String emoji, String label) {
    public ReplyButton {
        DiscordLimits.require(customId, 1, DiscordLimits.CUSTOM_ID, "button custom id");
        DiscordLimits.require(label, 0, DiscordLimits.BUTTON_LABEL, "button label");
    }
}
