package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ask}: one question, readable or as JSON; or a batch of JSON lines. */
@Command(name = "ask", description = "Answer a question (or --batch FILE of {\"id\",\"q\"} JSON lines).")
final class AskCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(AskCommand.class);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--json", description = "Print one JSON object (JSON lines with --batch).")
    boolean json;

    @Option(names = "--batch", paramLabel = "FILE", description = "Answer each {\"id\",\"q\"} line of FILE ('-' for stdin).")
    Path batch;

    @Parameters(paramLabel = "QUESTION", arity = "0..*", description = "The question.")
    List<String> words;

    /** Answer as a server's members are answered: from the shared documents and that server's own. */
    @picocli.CommandLine.Mixin
    ServerOption server = new ServerOption();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = Console.out();
        try (Services services = Services.from(GlobalOptions.of(spec))) {
            if (batch != null) {
                if (words != null && !words.isEmpty()) {
                    throw new KnowledgeException("give either a QUESTION or --batch FILE, not both");
                }
                return batch(services.engine(), server.scope(), out);
            }
            if (words == null || words.isEmpty()) {
                throw new KnowledgeException("no question given: policybot ask \"QUESTION\"");
            }
            Answer a = services.engine().answer(new Question(String.join(" ", words), List.of(), server.scope()));
            out.println(json ? AnswerJson.line(AnswerJson.of((String) null, a)) : AnswerText.render(a));
            out.flush();
            return 0;
        }
    }

    private int batch(AnswerEngine engine, Scope scope, PrintWriter out) throws IOException {
        try (BufferedReader in = batch.toString().equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                // bytes that are not UTF-8 become U+FFFD, as on standard input: one bad line must not end the batch
                : new BufferedReader(new InputStreamReader(Files.newInputStream(batch), StandardCharsets.UTF_8))) {
            String line;
            int lineNo = 0;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                out.println(AnswerJson.line(answerLine(engine, scope, line, lineNo)));
                out.flush();
            }
        }
        return 0;
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode answerLine(AnswerEngine engine, Scope scope, String line,
                                                                             int lineNo) {
        JsonNode node;
        try {
            node = AnswerJson.JSON.readTree(line);
        } catch (IOException e) {
            return AnswerJson.error((String) null, "line " + lineNo + ": not a JSON object");
        }
        if (node == null || !node.isObject()) {
            return AnswerJson.error((String) null, "line " + lineNo + ": not a JSON object");
        }
        JsonNode id = node.get("id");
        JsonNode q = node.get("q");
        if (q == null || !q.isTextual()) {
            return AnswerJson.error(id, "line " + lineNo + ": \"q\" must be a string");
        }
        try {
            return AnswerJson.of(id, engine.answer(new Question(q.asText(), List.of(), scope)));
        } catch (KnowledgeException e) {
            return AnswerJson.error(id, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Answering batch line {} failed", lineNo, e);
            return AnswerJson.error(id, "internal error: " + e.getClass().getSimpleName());
        }
    }
}
