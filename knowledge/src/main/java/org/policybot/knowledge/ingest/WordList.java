package org.policybot.knowledge.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the ingest rules use, kept as resource files beside this class (one word a line, "#" starts a
 * comment), like Lucene's stop word files: each list once, named for the rule that uses it.
 */
final class WordList {
    private WordList() {
    }

    /** The lower-case words of {@code name}, in file order; a missing list is a packaging bug. */
    static Set<String> of(String name) {
        try (InputStream in = WordList.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("word list " + name + " is missing from the jar");
            }
            Set<String> words = new LinkedHashSet<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word list " + name, e);
        }
    }

    /** "(?:a|b|c)" matching any word of {@code words} literally. */
    static String alternation(Set<String> words) {
        return "(?:" + String.join("|", words.stream().map(java.util.regex.Pattern::quote).sorted().toList()) + ")";
    }
}
