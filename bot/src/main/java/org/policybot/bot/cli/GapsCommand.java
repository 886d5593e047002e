package org.policybot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.gaps.GapLog;
import org.policybot.bot.gaps.GapQuestion;
import org.policybot.bot.gaps.GapReport;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code kb gaps}: the questions members could not get answered well, grouped by meaning, largest group
 * first: every server's apart (or one server's with {@code --server ID}); {@code --purge} deletes the
 * records. Reads the gap log only: the knowledge base is not opened.
 */
@Command(name = "gaps", description = "Questions the bot did not answer, answered with low confidence, or that got a"
        + " thumbs down, grouped by meaning (each server apart; --server ID for one); --purge deletes them.")
final class GapsCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @picocli.CommandLine.Mixin
    ServerOption server = new ServerOption();

    @Option(names = "--days", paramLabel = "N", description = "Only the last N days (default: all that is kept).")
    Integer days;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--purge", description = "Delete the records (every server's, or the one given with --server).")
    boolean purge;

    @Override
    public Integer call() throws IOException {
        GlobalOptions global = GlobalOptions.of(spec);
        PrintWriter out = Console.out();
        try (Services services = Services.from(global)) {
            BotConfig config = services.config();
            GapLog log = GapLog.open(config.dataDir(), config.gaps().days(), Clock.systemUTC());
            Scope scope = server.scope();
            if (purge) {
                if (days != null || json) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--purge deletes records; it takes no --days or --json");
                }
                int deleted = scope.shared() ? log.purge() : log.purge(scope.serverId());
                out.printf("deleted %d record%s (%s)%n", deleted, deleted == 1 ? "" : "s",
                        scope.shared() ? "every server's" : GapReport.where(scope.serverId()));
                return 0;
            }
            if (!log.recording()) {
                throw new KnowledgeException("knowledge gaps are not recorded: gaps.days is 0 in the config");
            }
            int window = days == null ? log.days() : days;
            if (window < 1 || window > log.days()) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--days must be from 1 to "
                        + log.days() + " (records are kept " + log.days() + " days: gaps.days in the config)");
            }
            List<GapQuestion> questions = log.read(window).stream()
                    .filter(q -> scope.shared() || scope.serverId().equals(q.server())).toList();
            GapReport report = GapReport.of(questions, services.embedder(), window);
            out.print(json ? report.json().toString() + "\n" : report.text(Integer.MAX_VALUE));
            out.flush();
            return 0;
        }
    }
}
