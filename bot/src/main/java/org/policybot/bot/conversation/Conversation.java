package org.policybot.bot.conversation;

import com.github.benmanes.caffeine.cache.Ticker;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.DiscordSettings;

/**
 * The bot's behaviour without Discord: the one object the adapter talks to. Built from the config and
 * the two engine ports.
 *
 * @param asking   questions from every door
 * @param feedback the vote buttons
 * @param kb          the moderators' commands
 * @param homeServers which servers are served (the operator's pin)
 * @param discord     the Discord settings (channels, thread mode, moderators)
 */
public record Conversation(Asking asking, Feedback feedback, KbCommands kb, HomeServers homeServers,
                           DiscordSettings discord) {

    /** Wires the behaviour; conversation memory and feedback are kept in the config's data folder. */
    public static Conversation create(BotConfig config, Answers answers, KnowledgeAdmin admin) throws IOException {
        return create(config, answers, admin, Ticker.systemTicker(), Clock.systemUTC());
    }

    /** As {@link #create(BotConfig, Answers, KnowledgeAdmin)}, with time under the caller's control (tests). */
    public static Conversation create(BotConfig config, Answers answers, KnowledgeAdmin admin, Ticker ticker,
                                      Clock clock) throws IOException {
        ConversationMemory memory = ConversationMemory.open(config.dataDir(), config.memory().entries(),
                Duration.ofDays(config.memory().days()), clock);
        Feedback feedback = new Feedback(FeedbackStore.open(config.dataDir()), memory, clock);
        HomeServers homeServers = new HomeServers(config.discord());
        Asking asking = new Asking(answers, config.discord(), config.limits(),
                new RateLimit(config.limits().questionsPerMinute(), ticker), memory, homeServers);
        KbCommands kb = new KbCommands(admin, new ModeratorCheck(config.discord()), config.limits().maxFileBytes());
        return new Conversation(asking, feedback, kb, homeServers, config.discord());
    }
}
