package org.policybot.bot.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 standard output and error whatever the platform default (answers hold ’ — ·), following
 * {@code System.setOut/setErr} so the commands can be run in-process by tests.
 */
final class Console {
    private static PrintStream outStream;
    private static PrintWriter out;
    private static PrintStream errStream;
    private static PrintWriter err;

    private Console() {
    }

    static synchronized PrintWriter out() {
        if (out == null || outStream != System.out) {
            outStream = System.out;
            out = new PrintWriter(new OutputStreamWriter(outStream, StandardCharsets.UTF_8), true);
        }
        return out;
    }

    static synchronized PrintWriter err() {
        if (err == null || errStream != System.err) {
            errStream = System.err;
            err = new PrintWriter(new OutputStreamWriter(errStream, StandardCharsets.UTF_8), true);
        }
        return err;
    }
}
