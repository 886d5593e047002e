package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
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
import org.policybot.bot.conversation.AskRequest;
import org.policybot.bot.conversation.Asker;
import org.policybot.bot.conversation.Conversation;
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

    private Conversation conversation;

    private ButtonHandler handler() throws IOException {
        conversation = AdapterFixtures.conversation(dataDir, ThreadMode.REPLY, 5, new AdapterFixtures.RecordingAnswers(kb),
                EnginePorts.admin(kb));
        return new ButtonHandler(conversation, AdapterFixtures.TOKEN);
    }

    @Test
    void aThumbsUpIsRecordedAndAcknowledgedOnlyToTheClicker() throws IOException {
        // GIVEN an answer the bot gave
        ButtonHandler handler = handler();
        String answerId = conversation.asking().answer(AskRequest.in("42", new Asker("1002", "bob"),
                "Do you train on API customer data?")).answerId().orElseThrow();

        // WHEN alice clicks 👍 on it
        handler.onButtonClick(click("vote:up:" + answerId));

        // THEN the vote is in feedback.jsonl and the ack is ephemeral, with no mentions allowed
        assertThat(Files.readString(dataDir.resolve("feedback.jsonl")))
                .contains("\"userId\":\"1001\"").contains("\"answerId\":\"" + answerId + "\"").contains("\"vote\":\"up\"");
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent("Thanks for the feedback! 👍 recorded.");
        ArgumentCaptor<AllowedMentions> mentions = ArgumentCaptor.forClass(AllowedMentions.class);
        verify(immediate).setAllowedMentions(mentions.capture());
        assertThat(AdapterFixtures.json(mentions.getValue()).get("parse")).isEmpty();
    }

    @Test
    void aButtonTheBotDoesNotKnowIsAnsweredPrivatelyAndNothingIsWritten() throws IOException {
        // WHEN alice clicks a button that is not a vote
        handler().onButtonClick(click("something-else"));

        // THEN she alone is told the bot does not know it, and no feedback is written
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent("I don't know that one.");
        verify(immediate).respond();
        assertThat(dataDir.resolve("feedback.jsonl")).doesNotExist();
    }

    @Test
    void aVoteOnAnAnswerTheBotNeverGaveIsRefusedPrivatelyAndNothingIsWritten() throws IOException {
        // WHEN alice's click names an answer id the bot never gave
        handler().onButtonClick(click("vote:up:00000000-never-given"));

        // THEN she alone is told it was not recorded, and no feedback is written
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent(org.mockito.ArgumentMatchers.contains("not recorded"));
        assertThat(dataDir.resolve("feedback.jsonl")).doesNotExist();
    }
}
