package org.policybot.knowledge.language;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * The languages a question may be recognised in ({@code supported-languages.txt}), read once. A
 * short list on purpose: each language is a model to load and one more candidate for a short
 * question to be mistaken for.
 */
public final class SupportedLanguages {
    private static final Pattern ISO_639_1 = Pattern.compile("[a-z]{2}");

    /** The sources' language: what "unknown" stands for, and the winner of a near tie. */
    public static final String ENGLISH = "en";
    /** ISO 639-1 codes, in file order. */
    public static final Set<String> CODES = read("supported-languages.txt");

    private SupportedLanguages() {
    }

    /** Whether {@code code} (ISO 639-1, any case) is supported; false for null. */
    public static boolean contains(String code) {
        return code != null && CODES.contains(code.strip().toLowerCase(Locale.ROOT));
    }

    private static Set<String> read(String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : Lexicon.lines(SupportedLanguages.class, file)) {
            String code = line.toLowerCase(Locale.ROOT);
            if (!ISO_639_1.matcher(code).matches()) {
                throw new IllegalStateException(file + ": not an ISO 639-1 code: \"" + line + "\"");
            }
            out.add(code);
        }
        if (!out.contains(ENGLISH)) {
            throw new IllegalStateException(file + ": English, the sources' language, must be listed");
        }
        return Collections.unmodifiableSet(out);
    }
}
