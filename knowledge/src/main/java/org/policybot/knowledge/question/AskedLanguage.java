package org.policybot.knowledge.question;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.language.AskerLanguage;
import org.policybot.knowledge.language.SupportedLanguages;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * The language a question is asked in, when it is not English: read before anything else, because
 * a question in another language is translated (LLM mode) or answered with a note in its language
 * (extractive mode). A question most of whose words are English function words or words of the
 * knowledge base is English without asking the detector, which costs seconds and about 200 MB the
 * first time (docs/LANGUAGE.md): most communities never load it.
 */
public final class AskedLanguage {
    /**
     * Share of a question's words known in English (the lexicon's function words, or words of the
     * documents) from which it is English without the detector. Measured on the language fixtures
     * (knowledge/src/test/resources/language, 293 labelled chat questions) with the lexicon alone
     * (no documents): no foreign item reaches 0.6 (at 0.5 one does, "wat is de regel over reclame"),
     * while 62 of the 137 English ones do; with the shipped document's words (and its spelling
     * correction, so typos count as English) 90 do, and still no foreign one.
     */
    static final double ENGLISH_SHARE = 0.6;

    /** A word: letters, with inner apostrophes or hyphens. */
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’-]\\p{L}+)*");

    private AskedLanguage() {
    }

    /** The ISO 639-1 code of a supported language other than English, or empty (English or unsure). */
    public static Optional<String> of(String text, Vocabulary vocabulary) {
        if (text == null || text.isBlank() || englishShare(text, vocabulary) >= ENGLISH_SHARE) {
            return Optional.empty();
        }
        return AskerLanguage.shared().detectCode(text)
                .filter(code -> !code.equals(SupportedLanguages.ENGLISH));
    }

    /**
     * Share of the words of {@code text} that are English function words or words of the documents,
     * misspelt ones included (a word the documents' spelling correction knows): a typo is no sign of
     * another language.
     */
    static double englishShare(String text, Vocabulary vocabulary) {
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        int words = 0;
        int known = 0;
        while (m.find()) {
            String w = m.group();
            words++;
            if (Lexicon.STOP_WORDS.contains(w) || Lexicon.QUESTION_WORDS.contains(w) || Lexicon.AUXILIARIES.contains(w)
                    || Lexicon.ASKING_WORDS.contains(w) || Lexicon.CHAT_ABBREVIATIONS.containsKey(w)
                    || vocabulary != null && (vocabulary.hasWord(w) || vocabulary.correction(w) != null)) {
                known++;
            }
        }
        return words == 0 ? 1 : (double) known / words;
    }
}
