package org.policybot.bot.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.gaps.GapLog;
import org.policybot.knowledge.index.Embedder;

/**
 * The bot's behaviour without Discord: the one object the adapter talks to. Built from the config and
 * the two engine ports.
 *
 * @param asking   questions from every door
 * @param feedback the vote buttons
 * @param kb          the moderators' commands
 * @param homeServers which servers are served (the operator's pin)
 * @param discord     the Discord settings (channels, thread mode, moderators)
 * @param gaps        the knowledge gaps recorded (questions not answered well)
 */
public record Conversation(Asking asking, Feedback feedback, KbCommands kb, HomeServers homeServers,
                           DiscordSettings discord, GapLog gaps) {

    /**
     * Wires the behaviour; conversation memory, feedback and knowledge gaps are kept in the config's data
     * folder (gaps older than the retention are dropped now).
     *
     * @param meaning the embedding model, for grouping knowledge gaps by meaning
     */
    public static Conversation create(BotConfig config, Answers answers, KnowledgeAdmin admin, Embedder meaning)
            throws IOException {
        return create(config, answers, admin, meaning, Ticker.systemTicker(), Clock.systemUTC());
    }

    /** As {@link #create(BotConfig, Answers, KnowledgeAdmin, Embedder)}, with time under the caller's control (tests). */
    public static Conversation create(BotConfig config, Answers answers, KnowledgeAdmin admin, Embedder meaning,
                                      Ticker ticker, Clock clock) throws IOException {
        ConversationMemory memory = ConversationMemory.open(config.dataDir(), config.memory().entries(),
                Duration.ofDays(config.memory().days()), clock);
        GapRecorder gaps = new GapRecorder(GapLog.open(config.dataDir(), config.gaps().days(), clock), clock);
        Feedback feedback = new Feedback(FeedbackStore.open(config.dataDir()), memory, gaps, clock);
        HomeServers homeServers = new HomeServers(config.discord());
        Asking asking = new Asking(answers, config.discord(), config.limits(),
                new RateLimit(config.limits().questionsPerMinute(), ticker), memory, homeServers, gaps,
                new AnswerRenderer(clock));
        KbCommands kb = new KbCommands(admin, new ModeratorCheck(config.discord()), config.limits().maxFileBytes(),
                gaps.log(), meaning);
        return new Conversation(asking, feedback, kb, homeServers, config.discord(), gaps.log());
    }

    /** Drops the knowledge gaps older than the retention (the bot calls this daily); returns how many. */
    public int dropExpiredGaps() throws IOException {
        return gaps.dropExpired();
    }
}
