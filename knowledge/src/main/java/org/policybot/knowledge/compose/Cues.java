package org.policybot.knowledge.compose;

import java.util.regex.Pattern;

/** Whether a sentence holds the kind of thing a question type asks for (a number, a date, a person…). */
final class Cues {
    /** A figure written in digits or words ("25", "six", "dozens"). */
    static final String FIGURE = org.policybot.knowledge.text.Figures.ALTERNATIVES;
    static final Pattern NUMBER = Pattern.compile("\\b(?:" + FIGURE + ")\\b", Pattern.CASE_INSENSITIVE);
    /** A date proper: a year, a month or a weekday by name. */
    private static final Pattern DATE = Pattern.compile(
            "\\b(?:19|20)\\d\\d\\b|\\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                    + "December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
    /** A time only relative to something ("in the weeks ahead", "today"): half a date. */
    private static final Pattern RELATIVE_TIME = Pattern.compile(
            "\\b(?:today|yesterday|tomorrow|weeks?|months?|years?|days?|quarter|annually|daily|weekly|soon|later)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PERSON = Pattern.compile(
            "(?<!^)(?<![.!?]\\s)\\b\\p{Lu}\\p{Ll}+\\s\\p{Lu}\\p{Ll}+\\b|\\b(?:CEO|CTO|founder|president|director|"
                    + "team|board|committee|council|government|policymakers|leaders|officials|minister|staff|"
                    + "organi[sz]ation|company|partners|hosts)\\b");
    private static final Pattern PLACE = Pattern.compile(
            "\\b(?:in|across|to|from|at)\\s+(?:the\\s+)?\\p{Lu}\\p{L}+");

    private Cues() {
    }

    /**
     * 1 when the sentence holds what the question type asks for, else 0 (0.5 for a merely relative
     * time when a date is asked); 0 for types without a cue.
     */
    static float match(QuestionType type, String sentence) {
        if (type == QuestionType.WHEN && !DATE.matcher(sentence).find()) {
            return RELATIVE_TIME.matcher(sentence).find() ? 0.5f : 0f;
        }
        Pattern p = switch (type) {
            case COUNT -> NUMBER;
            case WHEN -> DATE;
            case WHO -> PERSON;
            case WHERE -> PLACE;
            default -> null;
        };
        return p != null && p.matcher(sentence).find() ? 1f : 0f;
    }

    static boolean hasCue(QuestionType type) {
        return type == QuestionType.COUNT || type == QuestionType.WHEN || type == QuestionType.WHO
                || type == QuestionType.WHERE;
    }
}
