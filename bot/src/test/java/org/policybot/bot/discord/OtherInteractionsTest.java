package org.policybot.bot.discord;

import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.event.interaction.InteractionCreateEvent;
import org.javacord.api.interaction.AutocompleteInteraction;
import org.javacord.api.interaction.Interaction;
import org.javacord.api.interaction.InteractionType;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.junit.jupiter.api.Test;

class OtherInteractionsTest {
    private final OtherInteractions handler = new OtherInteractions(AdapterFixtures.TOKEN);
    private final Interaction interaction = mock(Interaction.class);
    private final InteractionImmediateResponseBuilder immediate = mock(InteractionImmediateResponseBuilder.class, RETURNS_SELF);

    private InteractionCreateEvent event() {
        InteractionCreateEvent event = mock(InteractionCreateEvent.class);
        when(event.getInteraction()).thenReturn(interaction);
        when(interaction.getType()).thenReturn(InteractionType.MODAL_SUBMIT);
        when(interaction.createImmediateResponder()).thenReturn(immediate);
        CompletableFuture<InteractionOriginalResponseUpdater> responded =
                CompletableFuture.completedFuture(mock(InteractionOriginalResponseUpdater.class));
        when(immediate.respond()).thenReturn(responded);
        return event;
    }

    @Test
    void anInteractionNoHandlerKnowsIsAnsweredPrivatelyAtOnce() {
        // GIVEN a modal submission, a select menu or a context-menu command (none of which the bot makes)
        InteractionCreateEvent event = event();

        // WHEN it arrives
        handler.onInteractionCreate(event);

        // THEN it is answered at once, only to the user
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent(OtherInteractions.UNKNOWN);
        verify(immediate).respond();
    }

    @Test
    void autocompleteGetsNoSuggestionsAndSlashCommandsAreLeftToTheirHandler() {
        // GIVEN an autocomplete request
        InteractionCreateEvent event = event();
        AutocompleteInteraction autocomplete = mock(AutocompleteInteraction.class);
        when(autocomplete.respondWithChoices(anyList())).thenReturn(CompletableFuture.completedFuture(null));
        when(interaction.asAutocompleteInteraction()).thenReturn(Optional.of(autocomplete));

        // WHEN it arrives  THEN it gets an empty list of choices, no message
        handler.onInteractionCreate(event);
        verify(autocomplete).respondWithChoices(List.of());
        verify(interaction, never()).createImmediateResponder();

        // AND a slash command is not answered here (SlashCommandHandler answers it)
        Interaction slash = mock(Interaction.class);
        when(slash.asSlashCommandInteraction()).thenReturn(Optional.of(mock(SlashCommandInteraction.class)));
        InteractionCreateEvent slashEvent = mock(InteractionCreateEvent.class);
        when(slashEvent.getInteraction()).thenReturn(slash);
        handler.onInteractionCreate(slashEvent);
        verify(slash, never()).createImmediateResponder();
    }
}
