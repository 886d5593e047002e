package org.policybot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import picocli.CommandLine.Command;

/**
 * {@code chat}: the local harness for a conversation ({@link ChatSession}). Follow-ups see the earlier
 * questions and are told when a section they cite changed since, as in a Discord thread. Reads plain lines, so it can be scripted; {@code :sources} prints the last
 * answer's sources in full, {@code :new} forgets the conversation, {@code :quit} leaves.
 */
@Command(name = "chat", description = "Interactive questions and answers (:sources, :new, :quit).")
final class ChatCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Chat as a server's members do: from the shared documents and that server's own. */
    @picocli.CommandLine.Mixin
    ServerOption server = new ServerOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = Console.out();
        boolean interactive = System.console() != null;
        try (Services services = Services.from(GlobalOptions.of(spec));
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            ChatSession session = new ChatSession(services.engine(), server.scope(), Clock.systemUTC());
            if (interactive) {
                out.println("policybot chat: ask about the knowledge base. :sources shows sources, :new starts over, :quit leaves.");
            }
            while (true) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null || line.strip().equals(":quit") || line.strip().equals(":q")) {
                    return 0;
                }
                String q = line.strip();
                if (q.isEmpty()) {
                    continue;
                }
                if (q.equals(":sources")) {
                    printSources(out, session.last());
                    continue;
                }
                if (q.equals(":new")) {
                    session.reset();
                    out.println("(new conversation)");
                    continue;
                }
                try {
                    out.println(session.ask(q));
                    out.println();
                } catch (KnowledgeException e) {
                    out.println("(" + e.getMessage() + ")");
                }
                out.flush();
            }
        }
    }

    private static void printSources(PrintWriter out, Answer last) {
        if (last == null || last.citations().isEmpty()) {
            out.println("(no sources for the last answer)");
            return;
        }
        for (Citation c : last.citations()) {
            out.print(AnswerText.sources(c));
            out.println("    " + c.text().replace("\n", " "));
        }
        out.flush();
    }
}
