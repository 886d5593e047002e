package org.policybot.bot.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Question;
import picocli.CommandLine.Command;

/**
 * {@code chat}: the local harness for a conversation. Follow-ups see the earlier questions, as in
 * a Discord thread. Reads plain lines, so it can be scripted; {@code :sources} prints the last
 * answer's sources in full, {@code :new} forgets the conversation, {@code :quit} leaves.
 */
@Command(name = "chat", description = "Interactive questions and answers (:sources, :new, :quit).")
final class ChatCommand implements Callable<Integer> {
    static final int CONTEXT_QUESTIONS = 3;

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
            AnswerEngine engine = services.engine();
            if (interactive) {
                out.println("policybot chat: ask about the knowledge base. :sources shows sources, :new starts over, :quit leaves.");
            }
            List<String> context = new ArrayList<>();
            Answer last = null;
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
                    printSources(out, last);
                    continue;
                }
                if (q.equals(":new")) {
                    context.clear();
                    out.println("(new conversation)");
                    continue;
                }
                try {
                    last = engine.answer(new Question(q, context, server.scope()));
                    out.println(last.answer());
                    out.println();
                    context.add(q);
                    if (context.size() > CONTEXT_QUESTIONS) {
                        context.remove(0);
                    }
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
