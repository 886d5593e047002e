package org.policybot.bot.discord;

import java.util.List;
import org.javacord.api.event.interaction.InteractionCreateEvent;
import org.javacord.api.interaction.Interaction;
import org.javacord.api.listener.interaction.InteractionCreateListener;
import org.policybot.bot.conversation.ReplyMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every interaction the bot has no handler for (context-menu commands, select menus, modals,
 * autocomplete) is answered at once, so that Discord never shows "the application did not respond":
 * an ephemeral "I don't know that one", or no suggestions for autocomplete. Slash commands and
 * buttons have handlers of their own, which answer the unknown ones the same way.
 */
final class OtherInteractions implements InteractionCreateListener {
    private static final Logger LOG = LoggerFactory.getLogger(OtherInteractions.class);
    static final String UNKNOWN = "I don't know that one.";

    private final DiscordToken token;

    OtherInteractions(DiscordToken token) {
        this.token = token;
    }

    @Override
    public void onInteractionCreate(InteractionCreateEvent event) {
        Interaction interaction = event.getInteraction();
        if (interaction.asSlashCommandInteraction().isPresent()
                || interaction.asMessageComponentInteraction().flatMap(c -> c.asButtonInteraction()).isPresent()) {
            return; // SlashCommandHandler and ButtonHandler answer these
        }
        if (interaction.asAutocompleteInteraction().isPresent()) {
            interaction.asAutocompleteInteraction().get().respondWithChoices(List.of()).exceptionally(this::failed);
            return;
        }
        LOG.info("answering an unknown {} interaction", interaction.getType());
        Interactions.respondNow(interaction, List.of(ReplyMessage.text(UNKNOWN)), true).exceptionally(this::failed);
    }

    private Void failed(Throwable t) {
        LOG.error("answering an unknown interaction failed: {}", Failures.describe(t, token));
        return null;
    }
}
