package org.policybot.bot.gaps;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Questions in known groups, generated from a file under {@code src/test/resources/gaps/}: each group's
 * frames filled with each of its fillers, and every question in turn as written, after a greeting, in
 * lower case without its question mark, or with a trailing "thanks".
 */
record GeneratedQuestions(List<String> texts, List<String> groups) {
    static GeneratedQuestions read(String resource) {
        String text;
        try (InputStream in = GeneratedQuestions.class.getResourceAsStream("/gaps/" + resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource gaps/" + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> texts = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        String group = null;
        List<String> frames = List.of();
        for (String line : text.split("\n")) {
            line = line.strip();
            if (line.startsWith("group ")) {
                group = line.substring("group ".length()).strip();
            } else if (line.startsWith("frames:")) {
                frames = split(line.substring("frames:".length()));
            } else if (line.startsWith("x:")) {
                for (String frame : frames) {
                    for (String filler : split(line.substring("x:".length()))) {
                        texts.add(vary(frame.replace("{x}", filler), texts.size()));
                        groups.add(group);
                    }
                }
            }
        }
        return new GeneratedQuestions(List.copyOf(texts), List.copyOf(groups));
    }

    private static List<String> split(String s) {
        return List.of(s.strip().split("\\s*\\|\\s*"));
    }

    private static String vary(String q, int i) {
        return switch (i % 4) {
            case 1 -> "hi, " + Character.toLowerCase(q.charAt(0)) + q.substring(1);
            case 2 -> q.toLowerCase(Locale.ROOT).replace("?", "");
            case 3 -> q + " thanks";
            default -> q;
        };
    }

    int size() {
        return texts.size();
    }

    long groupCount() {
        return groups.stream().distinct().count();
    }
}
