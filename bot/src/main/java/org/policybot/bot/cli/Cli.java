package org.policybot.bot.cli;

import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policybot.bot.config.ConfigException;
import org.policybot.bot.discord.DiscordLoginException;
import org.policybot.bot.discord.DiscordToken;
import org.policybot.bot.process.StopSignals;
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
        description = "Answers questions about an organisation's stated policies, with citations.")
public final class Cli {
    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);
    /**
     * The commands, in the order help lists them. picocli reads a command's annotations by reflection
     * when it is added (a third of a second for all of them at a cold start), so a command line that
     * names one gets only that one; help and usage errors get them all.
     */
    static final Map<String, Class<?>> COMMANDS = commands("ask", AskCommand.class, "chat", ChatCommand.class,
            "eval", EvalCommand.class, "kb", KbCommand.class, "bench", BenchCommand.class, "run", RunCommand.class);
    public static final int USER_ERROR = 1;
    public static final int BUG = 70;

    @picocli.CommandLine.Mixin
    GlobalOptions global = new GlobalOptions();

    private Cli() {
    }

    /** Name, class, name, class…: the names are the commands' {@code @Command} names (read without reflection). */
    private static Map<String, Class<?>> commands(Object... nameThenClass) {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (int i = 0; i < nameThenClass.length; i += 2) {
            out.put((String) nameThenClass[i], (Class<?>) nameThenClass[i + 1]);
        }
        return out;
    }

    /** Runs the command line and returns the exit code. */
    public static int run(String... args) {
        System.setProperty("OPT_OUT_TRACKING", "true");
        CommandLine cli = new CommandLine(new Cli());
        List<String> words = ModelPreload.commandWords(Arrays.asList(args));
        if (!words.isEmpty() && COMMANDS.containsKey(words.get(0))) {
            cli.addSubcommand(COMMANDS.get(words.get(0)));
        } else {
            COMMANDS.values().forEach(cli::addSubcommand);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (StopSignals.stopping()) {
                // a stop signal closed what the command was using: the stop, not a bug, ended it
                LOG.debug("Stopped during the command: {}", e.toString());
                return USER_ERROR;
            }
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
