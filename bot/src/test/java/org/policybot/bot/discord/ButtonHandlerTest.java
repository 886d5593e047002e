package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.event.interaction.ButtonClickEvent;
import org.javacord.api.interaction.ButtonInteraction;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.conversation.EnginePorts;
import org.policybot.knowledge.KnowledgeBase;

class ButtonHandlerTest {
    @TempDir
    static Path kbDir;
    private static KnowledgeBase kb;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void openKnowledgeBase() throws IOException {
        kb = TestEngine.openKnowledgeBase(kbDir);
    }

    @AfterAll
    static void closeKnowledgeBase() throws IOException {
        kb.close();
    }

    private final ButtonInteraction button = mock(ButtonInteraction.class);
    private final InteractionImmediateResponseBuilder immediate = mock(InteractionImmediateResponseBuilder.class, RETURNS_SELF);

    private ButtonClickEvent click(String customId) {
        ButtonClickEvent event = mock(ButtonClickEvent.class);
        org.javacord.api.entity.user.User alice = AdapterFixtures.user(1001, "alice");
        CompletableFuture<InteractionOriginalResponseUpdater> responded =
                CompletableFuture.completedFuture(mock(InteractionOriginalResponseUpdater.class));
        when(event.getButtonInteraction()).thenReturn(button);
        when(button.getCustomId()).thenReturn(customId);
        when(button.getUser()).thenReturn(alice);
        when(button.createImmediateResponder()).thenReturn(immediate);
        when(immediate.respond()).thenReturn(responded);
        return event;
    }

    private ButtonHandler handler() throws IOException {
        return new ButtonHandler(AdapterFixtures.conversation(dataDir, ThreadMode.REPLY, 5,
                new AdapterFixtures.RecordingAnswers(kb), EnginePorts.admin(kb)), AdapterFixtures.TOKEN);
    }

    @Test
    void aThumbsUpIsRecordedAndAcknowledgedOnlyToTheClicker() throws IOException {
        // WHEN alice clicks 👍 on answer a1
        handler().onButtonClick(click("vote:up:a1"));

        // THEN the vote is in feedback.jsonl and the ack is ephemeral, with no mentions allowed
        assertThat(Files.readString(dataDir.resolve("feedback.jsonl")))
                .contains("\"userId\":\"1001\"").contains("\"answerId\":\"a1\"").contains("\"vote\":\"up\"");
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent("Thanks for the feedback! 👍 recorded.");
        ArgumentCaptor<AllowedMentions> mentions = ArgumentCaptor.forClass(AllowedMentions.class);
        verify(immediate).setAllowedMentions(mentions.capture());
        assertThat(AdapterFixtures.json(mentions.getValue()).get("parse")).isEmpty();
    }

    @Test
    void buttonsThatAreNotFeedbackAreLeftAlone() throws IOException {
        handler().onButtonClick(click("something-else"));

        verify(button, never()).createImmediateResponder();
        assertThat(dataDir.resolve("feedback.jsonl")).doesNotExist();
    }
}
