package org.policybot.bot.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/** UTF-8 standard output and error whatever the platform default (answers hold ’ — ·). */
final class Console {
    private static final PrintWriter OUT = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    private static final PrintWriter ERR = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);

    private Console() {
    }

    static PrintWriter out() {
        return OUT;
    }

    static PrintWriter err() {
        return ERR;
    }
}
