package org.policybot.bot.discord;

import java.util.List;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.listener.interaction.ButtonClickListener;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.ReplyMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 👍/👎 buttons: records the vote and acknowledges it privately to the clicker. Any other button
 * (an old bot's, or one the bot never made) gets a private "I don't know that one", so that no click
 * is left to time out.
 */
final class ButtonHandler implements ButtonClickListener {
    private static final Logger LOG = LoggerFactory.getLogger(ButtonHandler.class);

    private final Conversation conversation;
    private final DiscordToken token;

    ButtonHandler(Conversation conversation, DiscordToken token) {
        this.conversation = conversation;
        this.token = token;
    }

    @Override
    public void onButtonClick(ButtonClickEvent event) {
        ButtonInteraction button = event.getButtonInteraction();
        String reply = conversation.feedback().click(button.getCustomId(), Members.asker(button.getUser()))
                .orElse(OtherInteractions.UNKNOWN);
        Interactions.respondNow(button, List.of(ReplyMessage.text(reply)), true).exceptionally(t -> {
            LOG.error("answering a button click failed: {}", Failures.describe(t, token));
            return null;
        });
    }
}
