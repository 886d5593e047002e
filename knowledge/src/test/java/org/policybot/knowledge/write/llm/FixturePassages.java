package org.policybot.knowledge.write.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Sentences;

/** The shipped document's passages, built by hand from src/test/resources/llm/insights-passages.txt. */
final class FixturePassages {
    static final String DOC_ID = "insights-from-global-conversations";
    static final String TITLE = "Insights from global conversations";
    private static final List<Passage> ALL = load();

    private FixturePassages() {
    }

    static List<Passage> all() {
        return ALL;
    }

    static Passage get(int index) {
        return ALL.get(index);
    }

    /** A passage of the fixture document with other text, e.g. an injected instruction. */
    static Passage withText(int index, String text) {
        Passage p = ALL.get(index);
        return new Passage(p.id() + "-x", p.docId(), p.title(), p.section(), p.url(), p.position(), text,
                Sentences.split(text));
    }

    static String resource(String name) {
        try (InputStream in = FixturePassages.class.getResourceAsStream("/llm/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource llm/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Passage> load() {
        List<Passage> out = new ArrayList<>();
        List<String> section = null;
        StringBuilder text = new StringBuilder();
        for (String line : (resource("insights-passages.txt") + "\n").split("\n", -1)) {
            if (line.startsWith("## ") || line.equals("##")) {
                section = line.length() > 3 ? Arrays.asList(line.substring(3).split(" › ")) : List.of();
            } else if (line.isBlank() && text.length() > 0) {
                out.add(passage(out.size(), section, text.toString().strip()));
                text.setLength(0);
            } else if (!line.startsWith("#") && section != null && !line.isBlank()) {
                text.append(line).append(' ');
            }
        }
        return List.copyOf(out);
    }

    private static Passage passage(int position, List<String> section, String text) {
        return new Passage(DOC_ID + "#" + position, DOC_ID, TITLE, section, "", position, text,
                Sentences.split(text));
    }
}
