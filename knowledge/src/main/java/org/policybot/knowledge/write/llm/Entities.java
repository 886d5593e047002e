package org.policybot.knowledge.write.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.index.ModelWords;
import org.policybot.knowledge.text.Terms;

/**
 * The names a claim mentions (capitalised words after the first, and words with inner capitals or
 * digits such as "ChatGPT" or "GPT-4"), as stemmed terms. Used to catch swapped facts: "civil
 * servants in Nigeria" when the passage says Singapore for civil servants and Nigeria elsewhere.
 */
final class Entities {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    private Entities() {
    }

    static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        boolean first = true;
        while (m.find()) {
            String word = m.group();
            if (isName(word, first)) {
                List<String> terms = Terms.of(word);
                out.addAll(terms);
            }
            first = false;
        }
        return out;
    }

    /**
     * The stemmed first word of the claim when it is capitalised and no English word: the subject a "we" sentence
     * may name ("OpenAI does not train…" for "we do not train…"), or {@code null}.
     */
    static String subject(String text) {
        Matcher m = WORD.matcher(text);
        // an English word ("Users may delete your data" for "We may delete…") names someone else than the author
        if (!m.find() || !Character.isUpperCase(m.group().charAt(0))
                || ModelWords.isWord(m.group().toLowerCase(Locale.ROOT))) {
            return null;
        }
        List<String> terms = Terms.of(m.group());
        return terms.isEmpty() ? null : terms.get(0);
    }

    private static boolean isName(String word, boolean first) {
        if (!Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (!first) {
            return true;
        }
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }
}
