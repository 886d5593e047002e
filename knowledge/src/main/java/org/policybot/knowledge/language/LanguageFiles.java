package org.policybot.knowledge.language;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads this package's resource lists: one entry a line, {@code #} comments, like the lexicon's. */
final class LanguageFiles {
    private LanguageFiles() {
    }

    /** The non-blank, non-comment lines of a resource file beside this class, stripped. */
    static List<String> lines(String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = LanguageFiles.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("language file missing from the jar: " + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading language file " + file, e);
        }
        return out;
    }
}
