package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line builds only the command it is given; its table of commands matches their annotations. */
class CliCommandsTest {
    @Test
    void everyCommandIsListedUnderItsOwnName() {
        // GIVEN the table the command line adds its commands from  THEN each is filed under its @Command name
        assertThat(Cli.COMMANDS).isNotEmpty();
        Cli.COMMANDS.forEach((name, c) -> assertThat(c.getAnnotation(Command.class).name()).isEqualTo(name));
        // AND it holds every command of the program
        assertThat(Cli.COMMANDS).containsOnlyKeys("ask", "chat", "eval", "kb", "bench", "run");
    }

    @Test
    void helpListsEveryCommandAndACommandRunsWithTheGlobalOptionsOnEitherSide() {
        // WHEN help is asked for (no command named)  THEN every command is listed
        CliRun help = CliRun.of("--help");
        assertThat(help.exit).isEqualTo(CommandLine.ExitCode.OK);
        assertThat(help.out).contains("Commands:");
        Cli.COMMANDS.keySet().forEach(name -> assertThat(help.out).containsPattern("(?m)^  " + name + " "));

        // AND a command built alone still takes the global options before or after its name
        for (CliRun r : new CliRun[] {CliRun.of("--data", "/nonexistent/policybot", "ask"),
            CliRun.of("ask", "--data", "/nonexistent/policybot")}) {
            assertThat(r.exit).isEqualTo(1);
            assertThat(r.err).contains("error: no question given");
        }
    }
}
