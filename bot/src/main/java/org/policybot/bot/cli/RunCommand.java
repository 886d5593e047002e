package org.policybot.bot.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.policybot.bot.discord.DiscordBot;
import org.policybot.bot.discord.DiscordToken;
import picocli.CommandLine.Command;

/**
 * {@code run}: the Discord bot. The token comes only from {@code DISCORD_TOKEN}; without it the
 * command stops at once with one line. Runs until SIGTERM (or Ctrl-C): then answers in flight
 * finish, the bot disconnects and the logs are flushed.
 */
@Command(name = "run", description = "Run the Discord bot (token from the DISCORD_TOKEN environment variable).")
final class RunCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        DiscordToken token = DiscordToken.fromEnvironment();
        try (Services services = Services.from(GlobalOptions.of(spec))) {
            DiscordBot bot = DiscordBot.start(services.config(), services.kb(), services.engine(), services.embedder(),
                    token);
            Console.err().println("policybot is running; stop it with SIGTERM or Ctrl-C");
            bot.awaitShutdown();
            return 0;
        }
    }
}
