package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.policybot.bot.discord.AdapterFixtures.user;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.channel.AutoArchiveDuration;
import org.javacord.api.entity.channel.PrivateChannel;
import org.javacord.api.entity.channel.RegularServerChannel;
import org.javacord.api.entity.channel.ServerThreadChannel;
import org.javacord.api.entity.channel.TextChannel;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.MessageAuthor;
import org.javacord.api.entity.message.MessageReference;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.message.MessageCreateEvent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.conversation.EnginePorts;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.ReplyMessage;

class MessageHandlerTest {
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

    private final AdapterFixtures.RecordingAnswers answers = new AdapterFixtures.RecordingAnswers(kb);
    private final Outbox outbox = mock(Outbox.class);
    private final User botUser = user(AdapterFixtures.BOT, "policybot");
    private final TextChannel channel = channel("500");
    private long nextId = 900;

    private MessageHandler handler(ThreadMode mode, int perMinute) throws IOException {
        Conversation c = AdapterFixtures.conversation(dataDir, mode, perMinute, answers, EnginePorts.admin(kb));
        return new MessageHandler(c, Runnable::run, outbox, AdapterFixtures.TOKEN);
    }

    private static TextChannel channel(String id) {
        TextChannel c = mock(TextChannel.class);
        when(c.getIdAsString()).thenReturn(id);
        return c;
    }

    private Message message(TextChannel in, String content, boolean mentionsBot, boolean fromBot) {
        MessageAuthor author = mock(MessageAuthor.class);
        when(author.getIdAsString()).thenReturn("1001");
        when(author.getName()).thenReturn("alice");
        when(author.isBotUser()).thenReturn(fromBot);
        Message m = mock(Message.class);
        when(m.getAuthor()).thenReturn(author);
        when(m.getChannel()).thenReturn(in);
        when(m.getContent()).thenReturn(content);
        when(m.getMentionedUsers()).thenReturn(mentionsBot ? List.of(botUser) : List.of());
        when(m.getId()).thenReturn(nextId++);
        return m;
    }

    private MessageCreateEvent event(Message m) {
        DiscordApi api = mock(DiscordApi.class);
        when(api.getYourself()).thenReturn(botUser);
        MessageCreateEvent e = mock(MessageCreateEvent.class);
        when(e.getApi()).thenReturn(api);
        when(e.getMessage()).thenReturn(m);
        return e;
    }

    private void sendsReturnIds() {
        CompletableFuture<Message> first = AdapterFixtures.sentFuture(5001);
        when(outbox.send(any(), any(), any())).thenReturn(first);
    }

    @Test
    void aMentionIsAnsweredAsAReplyToTheMessageWithoutTheMention() throws IOException {
        // GIVEN reply mode
        sendsReturnIds();
        Message m = message(channel, "<@9000> do you train on API customer data?", true, false);

        // WHEN the message arrives
        handler(ThreadMode.REPLY, 5).onMessageCreate(event(m));

        // THEN the engine got the question without the mention and the answer went back as a reply to it
        assertThat(answers.questions).extracting(q -> q.text()).containsExactly("do you train on API customer data?");
        ArgumentCaptor<ReplyMessage> reply = ArgumentCaptor.forClass(ReplyMessage.class);
        verify(outbox).send(eq(channel), reply.capture(), eq(m));
        assertThat(reply.getValue().embeds().get(0).title()).isEqualTo("do you train on API customer data?");
        assertThat(reply.getValue().buttons()).hasSize(2);
    }

    @Test
    void messagesFromBotsAndMessagesNotForTheBotAreIgnored() throws IOException {
        MessageHandler handler = handler(ThreadMode.REPLY, 5);

        handler.onMessageCreate(event(message(channel, "<@9000> hi there", true, true)));
        handler.onMessageCreate(event(message(channel, "just chatting", false, false)));

        verify(outbox, never()).send(any(), any(), any());
        assertThat(answers.questions).isEmpty();
    }

    @Test
    void inThreadModeAMentionOpensAThreadAndTheAnswerGoesThere() throws IOException {
        // GIVEN thread mode, and Discord creating thread 700
        ServerThreadChannel thread = mock(ServerThreadChannel.class);
        when(thread.getIdAsString()).thenReturn("700");
        Message m = message(channel, "<@9000> do you train on API customer data?", true, false);
        when(m.createThread(anyString(), any(AutoArchiveDuration.class))).thenReturn(CompletableFuture.completedFuture(thread));
        sendsReturnIds();

        // WHEN the mention arrives
        handler(ThreadMode.THREAD, 5).onMessageCreate(event(m));

        // THEN a thread named after the question holds the answer (not a reply)
        verify(m).createThread("do you train on API customer data?", AutoArchiveDuration.ONE_DAY);
        verify(outbox).send(eq(thread), any(ReplyMessage.class), isNull());
        verify(outbox, never()).send(eq(channel), any(), any());
    }

    @Test
    void whenDiscordRefusesTheThreadTheAnswerIsAReplyInstead() throws IOException {
        // GIVEN thread mode, but the bot may not create threads here
        Message m = message(channel, "<@9000> do you train on API customer data?", true, false);
        when(m.createThread(anyString(), any(AutoArchiveDuration.class)))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("Missing Permissions")));
        sendsReturnIds();

        // WHEN the mention arrives
        handler(ThreadMode.THREAD, 5).onMessageCreate(event(m));

        // THEN the answer is still delivered, as a reply in the channel
        verify(outbox).send(eq(channel), any(ReplyMessage.class), eq(m));
    }

    @Test
    void aFollowUpInTheBotsThreadCarriesTheEarlierQuestion() throws IOException {
        // GIVEN the bot opened thread 700 under channel 500 for a first question
        MessageHandler handler = handler(ThreadMode.THREAD, 5);
        ServerThreadChannel thread = mock(ServerThreadChannel.class);
        when(thread.getIdAsString()).thenReturn("700");
        RegularServerChannel parent = mock(RegularServerChannel.class);
        when(parent.getIdAsString()).thenReturn("500");
        when(thread.getParent()).thenReturn(parent);
        when(thread.asServerThreadChannel()).thenReturn(Optional.of(thread));
        Message first = message(channel, "<@9000> Do you train on API data?", true, false);
        when(first.createThread(anyString(), any(AutoArchiveDuration.class))).thenReturn(CompletableFuture.completedFuture(thread));
        sendsReturnIds();
        handler.onMessageCreate(event(first));

        // WHEN a plain message arrives in that thread
        handler.onMessageCreate(event(message(thread, "and ChatGPT users?", false, false)));

        // THEN it is answered in the thread with the earlier question as context
        assertThat(answers.questions).hasSize(2);
        assertThat(answers.questions.get(1).context()).containsExactly("Do you train on API data?");
    }

    @Test
    void aReplyToTheBotsAnswerIsAFollowUp() throws IOException {
        // GIVEN the bot's answer went out as message 5001
        MessageHandler handler = handler(ThreadMode.REPLY, 5);
        sendsReturnIds();
        handler.onMessageCreate(event(message(channel, "<@9000> Do you train on API data?", true, false)));

        // WHEN someone replies to message 5001 without mentioning the bot
        Message reply = message(channel, "and ChatGPT users?", false, false);
        MessageReference ref = mock(MessageReference.class);
        when(ref.getMessageId()).thenReturn(Optional.of(5001L));
        when(reply.getMessageReference()).thenReturn(Optional.of(ref));
        handler.onMessageCreate(event(reply));

        // THEN it is answered with the earlier question in view
        assertThat(answers.questions.get(1).context()).containsExactly("Do you train on API data?");
    }

    @Test
    void aDirectMessageNeedsNoMention() throws IOException {
        TextChannel dm = channel("600");
        when(dm.asPrivateChannel()).thenReturn(Optional.of(mock(PrivateChannel.class)));
        sendsReturnIds();

        handler(ThreadMode.THREAD, 5).onMessageCreate(event(message(dm, "how long is data kept?", false, false)));

        verify(outbox).send(eq(dm), any(ReplyMessage.class), any(Message.class));
        assertThat(answers.questions).hasSize(1);
    }

    @Test
    void overTheRateLimitTheUserGetsANoticeAndTheEngineIsNotAsked() throws IOException {
        // GIVEN a limit of 1 a minute, already used
        MessageHandler handler = handler(ThreadMode.REPLY, 1);
        sendsReturnIds();
        handler.onMessageCreate(event(message(channel, "<@9000> first?", true, false)));

        // WHEN a second mention comes at once
        Message second = message(channel, "<@9000> second?", true, false);
        handler.onMessageCreate(event(second));

        // THEN the reply is the notice
        ArgumentCaptor<ReplyMessage> reply = ArgumentCaptor.forClass(ReplyMessage.class);
        verify(outbox).send(eq(channel), reply.capture(), eq(second));
        assertThat(reply.getValue().content()).contains("1 questions a minute");
        assertThat(answers.questions).hasSize(1);
    }
}
