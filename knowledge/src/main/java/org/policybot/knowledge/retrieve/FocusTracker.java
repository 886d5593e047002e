package org.policybot.knowledge.retrieve;

import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.Terms;

/**
 * Finds the phrases a question is about without a part-of-speech tagger: the content words that
 * follow a determiner, possessive, preposition or copula ("the refund policy", "OpenAI's stock
 * price", "of France", "is data retained"), at most three in a row, until punctuation or another
 * function word. What is left (the verbs and fillers around them) may be phrased freely.
 */
final class FocusTracker {
    static final int MAX_RUN = 3;
    private static final Set<String> MARKERS = Set.of("the", "a", "an", "my", "your", "his", "her", "its", "our",
            "their", "this", "that", "these", "those", "of", "for", "about", "on", "in", "with", "to", "from", "by",
            "at", "per", "regarding", "any", "some", "no", "every", "each", "is", "are", "was", "were", "be", "many",
            "much", "which", "what");
    private static final Pattern BREAK = Pattern.compile("[,.;:?!/()\\[\\]\"]");

    private int run = -1;

    /** The text between two words; punctuation ends a phrase. */
    void gap(String between) {
        if (BREAK.matcher(between).find()) {
            run = -1;
        }
    }

    /** Words that open a new phrase: a word right before one is a verb ("did the trip last four weeks"). */
    private static final Set<String> OPENERS = Set.of("the", "a", "an", "my", "your", "his", "her", "its", "our",
            "their", "this", "that", "these", "those", "any", "some", "every", "each");

    /**
     * Whether {@code word} (as asked: {@code asked}; {@code following} is the next word, or null) is in a
     * focus phrase; advances the state.
     */
    boolean next(String word, String asked, String following) {
        boolean possessive = asked.endsWith("'s") || asked.endsWith("’s");
        if (MARKERS.contains(word)) {
            run = 0;
            return false;
        }
        if (Terms.isStopWord(word)) {
            run = -1;
            return false;
        }
        boolean opensNext = following != null && (OPENERS.contains(following)
                || org.policybot.knowledge.text.Figures.isFigure(following));
        boolean inFocus = run >= 0 && run < MAX_RUN && !(run > 0 && opensNext);
        run = possessive ? 0 : inFocus ? run + 1 : -1;
        return inFocus;
    }
}
