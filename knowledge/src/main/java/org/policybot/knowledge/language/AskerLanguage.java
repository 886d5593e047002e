package org.policybot.knowledge.language;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * The language a member asks in, or empty when unsure. Chat questions are short ("ok thx", "gdpr",
 * "what about dms") and full of names and acronyms, and a wrong guess is worse than none (empty
 * means English, the sources' language), so a language is named only when lingua ranks it clearly
 * ahead of the next one, over enough letters; and English, if nearly level with the leader, wins:
 * "who is giuseppe rossi on the mod team" is an English question.
 *
 * <p>Thread-safe. The n-gram models of the {@link SupportedLanguages} only (not lingua's 75) are
 * read once per process, by the first call that needs them (see docs/LANGUAGE.md for the cost).
 */
public final class AskerLanguage {
    /**
     * Fewer letters than this (after links and mentions are dropped) are unknown. Measured on
     * {@code chat-noise.txt}: bare names and acronyms of up to 10 letters ("Jean-Pierre", "DSGVO")
     * get clear but wrong leads; 12 leaves a margin above that and costs one English item of the
     * labelled set ("whats a dsar", 10 letters, read as Dutch without it).
     */
    static final int MIN_LETTERS = 12;
    /**
     * The leader's confidence (lingua gives it 1.0, the others relative to it) must exceed the
     * runner-up's by this much. Measured on {@code asked-questions.jsonl}: at 0.00 11 of 107 English
     * items are read as another language, at 0.05 one; at 0.08 none, but 14 of 108 foreign items
     * become unknown instead of 5.
     */
    static final double MIN_MARGIN = 0.05;
    /**
     * English wins when its confidence is within this of the leader's: a mostly English question with
     * a foreign name ("can i quote françois", "the düsseldorf event") leads narrowly elsewhere.
     * Measured on {@code asked-questions.jsonl}: English items read correctly 82 → 89 of 107 (at
     * {@link #MIN_MARGIN}), at the cost of one Italian item read as English, which is harmless: it
     * is what unknown would have meant.
     */
    static final double ENGLISH_TIE = 0.05;
    /**
     * Only the start of a longer text is read: the language shows within a few sentences, and
     * lingua's time grows with the length. Measured warm: 500 characters 2.7 ms, 4000 (the most a
     * question may be) 8.2 ms.
     */
    static final int MAX_CHARS = 500;

    /** Links, Discord mentions, channels and custom emoji ({@code <@123>}, {@code <:name:123>}), @names. */
    private static final Pattern NOT_WORDS = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|<[@#:a-z!&]*[^>\\s]*>|@\\S+");

    private static final class Shared {
        static final AskerLanguage INSTANCE = new AskerLanguage();
    }

    private final LanguageDetector detector;

    private AskerLanguage() {
        IsoCode639_1[] codes = SupportedLanguages.CODES.stream()
                .map(code -> IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT)))
                .toArray(IsoCode639_1[]::new);
        detector = LanguageDetectorBuilder.fromIsoCodes639_1(codes).build();
    }

    /** The detector of this process, built on first use. */
    public static AskerLanguage shared() {
        return Shared.INSTANCE;
    }

    /**
     * The language {@code text} is written in, as a language-only locale ({@code fr}), or empty when
     * unsure, too short, null or blank. Empty means: answer in English.
     */
    public Optional<Locale> detect(String text) {
        return detectCode(text).map(Locale::forLanguageTag);
    }

    /** As {@link #detect(String)}, the ISO 639-1 code ({@code "fr"}). */
    public Optional<String> detectCode(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String words = NOT_WORDS.matcher(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text)
                .replaceAll(" ");
        if (words.codePoints().filter(Character::isLetter).count() < MIN_LETTERS) {
            return Optional.empty();
        }
        SortedMap<Language, Double> confidences = detector.computeLanguageConfidenceValues(words);
        Iterator<Map.Entry<Language, Double>> ranked = confidences.entrySet().iterator();
        if (!ranked.hasNext()) {
            return Optional.empty();
        }
        Map.Entry<Language, Double> leader = ranked.next();
        double runnerUp = ranked.hasNext() ? ranked.next().getValue() : 0.0;
        if (leader.getKey() != Language.ENGLISH
                && confidences.getOrDefault(Language.ENGLISH, 0.0) >= leader.getValue() - ENGLISH_TIE) {
            return Optional.of(SupportedLanguages.ENGLISH);
        }
        if (leader.getValue() - runnerUp < MIN_MARGIN) {
            return Optional.empty();
        }
        return Optional.of(leader.getKey().getIsoCode639_1().toString());
    }
}
