package org.policybot.bot.discord;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.entity.message.Message;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.user.User;
import org.javacord.core.entity.message.embed.EmbedBuilderDelegateImpl;
import org.javacord.core.entity.message.mention.AllowedMentionsImpl;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Limits;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.conversation.Answers;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.KnowledgeAdmin;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/** Shared pieces of the adapter's Mockito tests: users, a recording answers port, JSON of Javacord builders. */
final class AdapterFixtures {
    static final long BOT = 9000;
    static final String MOD_ROLE = "3000";
    static final DiscordToken TOKEN = DiscordToken.from(Map.of(DiscordToken.ENV, "token-under-test"));

    private AdapterFixtures() {
    }

    static User user(long id, String name) {
        User u = mock(User.class);
        when(u.getId()).thenReturn(id);
        when(u.getIdAsString()).thenReturn(Long.toString(id));
        when(u.getName()).thenReturn(name);
        return u;
    }

    static Message sent(long id) {
        Message m = mock(Message.class);
        when(m.getId()).thenReturn(id);
        when(m.getIdAsString()).thenReturn(Long.toString(id));
        return m;
    }

    static CompletableFuture<Message> sentFuture(long id) {
        return CompletableFuture.completedFuture(sent(id));
    }

    static Conversation conversation(Path dataDir, ThreadMode mode, int perMinute, Answers answers, KnowledgeAdmin admin)
            throws IOException {
        return Conversation.create(new BotConfig(dataDir,
                        new DiscordSettings(List.of(MOD_ROLE), null, List.of(), mode, List.of()),
                        new Limits(perMinute, 100, 1000), null),
                answers, admin, TestEngine.embedder());
    }

    /** The real engine's port, remembering every question (with its context) it passes on. */
    static final class RecordingAnswers implements Answers {
        final List<Question> questions = Collections.synchronizedList(new ArrayList<>());
        private final Answers engine;

        RecordingAnswers(KnowledgeBase kb) {
            this.engine = TestEngine.engine(kb)::answer;
        }

        @Override
        public Answer answer(Question question) {
            questions.add(question);
            return engine.answer(question);
        }
    }

    static JsonNode json(EmbedBuilder embed) {
        return ((EmbedBuilderDelegateImpl) embed.getDelegate()).toJsonNode();
    }

    static JsonNode json(AllowedMentions mentions) {
        return ((AllowedMentionsImpl) mentions).toJsonNode();
    }
}
