package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A hook for crash tests, inert in normal runs: started with {@code -Dpolicybot.crashtest.pause=STAGE}
 * and {@code -Dpolicybot.crashtest.marker=FILE}, a process that reaches STAGE of a change creates FILE
 * and stops there, so that a test can kill it at exactly that point. Stages: {@code apply} (the writer
 * is open, nothing changed yet), {@code before-commit} (changes made, not committed), {@code inside-commit}
 * (the commit is prepared and synced but not yet the current one) and {@code after-commit} (committed,
 * the audit line and the manifest mirror not yet written).
 */
final class CrashPoint {
    static final String PAUSE = "policybot.crashtest.pause";
    static final String MARKER = "policybot.crashtest.marker";

    private CrashPoint() {
    }

    static void reached(String stage) {
        if (!stage.equals(System.getProperty(PAUSE))) {
            return;
        }
        try {
            Files.createFile(Path.of(System.getProperty(MARKER)));
            while (true) {
                Thread.sleep(60_000);
            }
        } catch (IOException e) {
            throw new IllegalStateException("crash test: cannot create the marker file", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
