package org.policybot.knowledge.compose;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.Terms;

/**
 * Checks that chosen sentences hold the kind of thing the question asks for: "how many cities" needs
 * a figure counting cities ("25 cities"), "how long" a duration, "when" a date, "who" a person or
 * body, "where" a place. A knowledge base that talks about the topic but never gives that figure
 * has no answer ("How many employees does OpenAI have?").
 */
final class AnswerType {
    private static final Pattern HOW_MANY = Pattern.compile("\\bhow (?:many|much)\\s+([\\p{L}-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern HOW_LONG = Pattern.compile("\\bhow long\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMBER = Pattern.compile(
            "\\b(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
                    + "fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\\s+(?:\\w+\\s+)?"
                    + "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b"
                    + "|\\b(?:indefinitely|permanently|until|for as long as)\\b",
            Pattern.CASE_INSENSITIVE);

    private AnswerType() {
    }

    /** +1 when a sentence holds the asked-for kind, -1 when none does, 0 when the question names no kind. */
    static int check(String question, QuestionType type, List<String> sentences) {
        if (!Cues.hasCue(type)) {
            return 0;
        }
        Matcher many = HOW_MANY.matcher(question);
        if (many.find()) {
            List<String> counted = Terms.of(many.group(1));
            for (String s : sentences) {
                if (countsNear(s, counted.isEmpty() ? null : counted.get(0))) {
                    return 1;
                }
            }
            return -1;
        }
        if (HOW_LONG.matcher(question).find()) {
            return sentences.stream().anyMatch(s -> DURATION.matcher(s).find()) ? 1 : -1;
        }
        return sentences.stream().anyMatch(s -> Cues.match(type, s) > 0) ? 1 : -1;
    }

    /** A number within three words before the counted noun ("25 cities", "6 continents", "dozens of senior policymakers"). */
    private static boolean countsNear(String sentence, String countedStem) {
        String[] words = sentence.split("[\\s,;:()]+");
        for (int i = 0; i < words.length; i++) {
            if (!NUMBER.matcher(words[i]).matches()) {
                continue;
            }
            if (countedStem == null) {
                return true;
            }
            for (int j = i + 1; j < Math.min(words.length, i + 5); j++) {
                if (Terms.of(words[j].toLowerCase(Locale.ROOT)).contains(countedStem)) {
                    return true;
                }
            }
        }
        return false;
    }
}
