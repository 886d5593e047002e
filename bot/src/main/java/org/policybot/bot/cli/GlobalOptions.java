package org.policybot.bot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Options every command accepts, before or after the command name. */
public final class GlobalOptions {
    @Option(names = "--data", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Knowledge base folder (default: dataDir from the config, else ./data).")
    Path data;

    @Option(names = "--config", paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "JSON config file (default: config/policybot.json when present, else built-in defaults).")
    Path config;

    @Option(names = "--actor", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "Who is making a knowledge-base change, for the audit log (default: the OS user).")
    String actor;

    /** The options given on the command line, wherever they were placed. */
    static GlobalOptions of(picocli.CommandLine.Model.CommandSpec spec) {
        return ((Cli) spec.root().userObject()).global;
    }

    String actor() {
        String a = actor != null && !actor.isBlank() ? actor.strip() : System.getProperty("user.name", "unknown");
        return "cli:" + a;
    }
}
