package org.policybot.knowledge.language;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A labelled set of chat questions under {@code src/test/resources/language/}, and its scoring. */
record LabelledQuestions(List<Item> items) {
    /** The set the thresholds were chosen on. */
    static final String TUNING = "asked-questions.jsonl";
    /** The set written after, to check the thresholds on questions they were not chosen for. */
    static final String HELD_OUT = "held-out-questions.jsonl";

    record Item(String text, String lang) {
    }

    /** Per language: read as that language, unknown, read as another. */
    record Tally(int correct, int unknown, int wrong) {
        int total() {
            return correct + unknown + wrong;
        }
    }

    static LabelledQuestions read(String name) {
        ObjectMapper json = new ObjectMapper();
        List<Item> items = new ArrayList<>();
        for (String line : resourceLines(name)) {
            try {
                JsonNode node = json.readTree(line);
                items.add(new Item(node.get("text").asText(), node.get("lang").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(name + ": " + line, e);
            }
        }
        return new LabelledQuestions(List.copyOf(items));
    }

    /** The non-blank, non-comment lines of a test resource. */
    static List<String> resourceLines(String name) {
        try (InputStream in = LabelledQuestions.class.getResourceAsStream("/language/" + name)) {
            if (in == null) {
                throw new IllegalStateException("test resource missing: language/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && !s.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each language's tally, by code, when {@code detector} reads every item. */
    Map<String, Tally> score(AskerLanguage detector) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Item item : items) {
            Optional<String> got = detector.detectCode(item.text());
            int[] c = counts.computeIfAbsent(item.lang(), k -> new int[3]);
            c[got.isEmpty() ? 1 : got.get().equals(item.lang()) ? 0 : 2]++;
        }
        Map<String, Tally> out = new TreeMap<>();
        counts.forEach((lang, c) -> out.put(lang, new Tally(c[0], c[1], c[2])));
        return out;
    }

    /** The wrong readings and the unknowns, one a line, for a failure message. */
    String misses(AskerLanguage detector) {
        StringBuilder out = new StringBuilder();
        for (Item item : items) {
            Optional<String> got = detector.detectCode(item.text());
            if (!got.equals(Optional.of(item.lang()))) {
                out.append(item.lang()).append(" -> ").append(got.orElse("unknown")).append(": ")
                        .append(item.text()).append('\n');
            }
        }
        return out.toString();
    }
}
