package org.policybot.knowledge.language;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * The one line, in the asker's language, that says an extractive answer quotes the documents in
 * their own language, English ({@code answered-in-source-language.txt}, read once). Someone who
 * asked in French then knows why the reply is in English and that it is not a misunderstanding.
 */
public final class SourceLanguageNote {
    /** ISO 639-1 code to its line; every supported language but English has one. */
    static final Map<String, String> LINES = read("answered-in-source-language.txt");

    private SourceLanguageNote() {
    }

    /**
     * The line for a language (ISO 639-1 code, any case), or empty for English, an unsupported
     * language, null or blank: an English reader needs no note.
     */
    public static Optional<String> forLanguage(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        return Optional.ofNullable(LINES.get(code.strip().toLowerCase(Locale.ROOT)));
    }

    /** The line for a detected asker's language, or empty (see {@link #forLanguage(String)}). */
    public static Optional<String> forLocale(Locale asker) {
        return asker == null ? Optional.empty() : forLanguage(asker.getLanguage());
    }

    private static Map<String, String> read(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : Lexicon.lines(SourceLanguageNote.class, file)) {
            String[] kv = line.split("\t", 2);
            if (kv.length != 2 || kv[1].isBlank()) {
                throw new IllegalStateException(file + ": expected a code, a tab and a sentence in \"" + line + "\"");
            }
            String code = kv[0].strip().toLowerCase(Locale.ROOT);
            if (code.equals(SupportedLanguages.ENGLISH) || !SupportedLanguages.CODES.contains(code)) {
                throw new IllegalStateException(file + ": not a supported language other than English: " + code);
            }
            out.put(code, kv[1].strip());
        }
        for (String code : SupportedLanguages.CODES) {
            if (!code.equals(SupportedLanguages.ENGLISH) && !out.containsKey(code)) {
                throw new IllegalStateException(file + ": no line for supported language " + code);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
