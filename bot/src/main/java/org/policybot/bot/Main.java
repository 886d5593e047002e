package org.policybot.bot;

import org.policybot.bot.cli.Cli;
import org.policybot.bot.cli.ModelPreload;

/** Command-line entry point: {@code java -jar policybot.jar COMMAND}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        ModelPreload.startFor(args);
        System.exit(Cli.run(args));
    }
}
