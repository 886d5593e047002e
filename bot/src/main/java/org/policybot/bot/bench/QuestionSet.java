package org.policybot.bot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.KnowledgeException;

/**
 * The questions a benchmark asks: the built-in set (questions about the shipped document, a few
 * typos, and out-of-scope ones that must abstain), or a file of one question a line or of
 * {@code {"q": ...}} JSON lines (the eval format).
 */
public final class QuestionSet {
    static final String BUILT_IN = "policybot/bench/questions.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionSet() {
    }

    public static List<String> builtIn() {
        try (InputStream in = QuestionSet.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("the built-in bench questions are not packaged: " + BUILT_IN);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<String> read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new KnowledgeException(file + ": no such question file");
        }
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<String> parse(String text, String name) {
        List<String> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : text.split("\n")) {
            lineNo++;
            String s = line.strip();
            if (s.isEmpty() || s.startsWith("#")) {
                continue;
            }
            out.add(s.startsWith("{") ? question(s, name, lineNo) : s);
        }
        if (out.isEmpty()) {
            throw new KnowledgeException(name + ": holds no questions");
        }
        return List.copyOf(out);
    }

    private static String question(String line, String name, int lineNo) {
        try {
            JsonNode q = JSON.readTree(line).get("q");
            if (q == null || !q.isTextual()) {
                throw new KnowledgeException(name + ": line " + lineNo + " has no \"q\" string");
            }
            return q.asText();
        } catch (IOException e) {
            throw new KnowledgeException(name + ": line " + lineNo + " is not valid JSON");
        }
    }
}
