package org.policybot.bot.cli;

import java.io.UncheckedIOException;
import org.policybot.bot.config.ConfigException;
import org.policybot.bot.discord.DiscordLoginException;
import org.policybot.bot.discord.DiscordToken;
import org.policybot.knowledge.KnowledgeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command tree. A user's mistake (bad file, unknown document, bad config) prints one line and
 * exits 1; a usage error exits 2; a bug prints its stack trace and exits 70.
 */
@Command(name = "policybot", mixinStandardHelpOptions = true, version = "policybot 0.1.0",
        description = "Answers questions about an organisation's stated policies, with citations.",
        subcommands = {AskCommand.class, ChatCommand.class, EvalCommand.class, KbCommand.class, BenchCommand.class,
                RunCommand.class})
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    public static final int USER_ERROR = 1;
    public static final int BUG = 70;

    @picocli.CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    private Cli() {
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        CommandLine cli = new CommandLine(new Cli());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof KnowledgeException || e instanceof ConfigException
                    || e instanceof DiscordToken.MissingTokenException || e instanceof DiscordLoginException) {
                Console.err().println("error: " + e.getMessage());
                return USER_ERROR;
            }
            if (e instanceof UncheckedIOException || e instanceof java.io.IOException) {
                Console.err().println("error: " + e.getMessage());
                LOG.debug("I/O failure", e);
                return USER_ERROR;
            }
            LOG.error("Unexpected failure", e);
            return BUG;
        });
        cli.setOut(Console.out());
        cli.setErr(Console.err());
        return cli.execute(args);
    }
}
