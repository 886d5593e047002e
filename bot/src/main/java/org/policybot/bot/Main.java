package org.policybot.bot;

import java.util.List;
import java.util.OptionalInt;
import org.policybot.bot.cli.Cli;
import org.policybot.bot.cli.ModelPreload;
import org.policybot.bot.process.StopSignals;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.slf4j.LoggerFactory;

/** Command-line entry point: {@code java -jar policybot.jar COMMAND}. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        OptionalInt relaunched = ClassDataArchive.relaunch(args);
        if (relaunched.isPresent()) {
            System.exit(relaunched.getAsInt());
        }
        boolean run = ModelPreload.commandWords(List.of(args)).equals(List.of("run"));
        if (run && System.getenv("POLICYBOT_LOG_LEVEL") == null) {
            // a long-running bot logs its progress (login, changes, failures); one-shot commands stay quiet
            System.setProperty("policybot.log.level", "INFO");
        }
        if (ClassDataArchive.relaunchedWith() != null) {
            LoggerFactory.getLogger(Main.class).debug("Started with the class-data archive {}",
                    ClassDataArchive.relaunchedWith());
        }
        UnpackedModel.use();
        ModelPreload.startFor(args);
        // SIGTERM or Ctrl-C: the model finishes loading and embedding and closes before the JVM shuts down. Installed
        // once the load has started: first, it delayed a cold ask by about 5% (7 paired runs, 2026-12-01); a signal in
        // the tens of milliseconds the handlers take to install follows the JVM's own path
        StopSignals.beforeExit(MiniLmEmbedder::closeModel);
        StopSignals.install();
        int exit;
        try {
            exit = Cli.run(args);
        } finally {
            // before System.exit: ONNX Runtime's own exit hook must find no load or embedding in flight
            MiniLmEmbedder.closeModel();
        }
        if (StopSignals.stopping()) {
            StopSignals.awaitExit(); // the stop exits with the signal's status once its steps are done
        }
        System.exit(exit);
    }
}
