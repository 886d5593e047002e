package org.policybot.bot.discord;

import java.nio.file.Path;
import org.policybot.bot.config.BotConfig;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.MiniLmEmbedder;

/**
 * What the {@code run} command does, as a separate JVM for the shutdown test: open the engine on a data
 * folder, start the bot with the token from {@code DISCORD_TOKEN}, wait until SIGTERM closes it.
 */
public final class BotProcess {
    private BotProcess() {
    }

    public static void main(String[] args) throws Exception {
        BotConfig config = BotConfig.defaults().withDataDir(Path.of(args[0]));
        MiniLmEmbedder embedder = new MiniLmEmbedder();
        try (KnowledgeBase kb = KnowledgeBase.open(config.dataDir(), KnowledgeBase.Settings.defaults(), embedder)) {
            DiscordBot bot = DiscordBot.start(config, kb, new AnswerEngine(kb, embedder, null), embedder,
                    DiscordToken.fromEnvironment());
            System.out.println("bot started");
            bot.awaitShutdown();
        }
    }
}
