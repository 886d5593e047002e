package org.policybot.knowledge.compose;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** What kind of answer a question invites; decides cues and whether to lead with Yes/No. */
public enum QuestionType {
    YES_NO, COUNT, WHEN, WHO, WHERE, WHY, OTHER;

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "do", "does", "did", "can",
            "could", "will", "would", "should", "has", "have", "had", "may", "might", "must", "shall", "isn't",
            "aren't", "doesn't", "don't", "didn't", "can't", "won't", "wouldn't", "shouldn't", "hasn't", "haven't");
    private static final Pattern LEADING_FILLER = Pattern.compile(
            "^(?:(?:and|but|so|ok|okay|also|then|well|hey|hi|please|tell me|quick question)[,:]?\\s+)+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COUNT_P = Pattern.compile(
            "\\bhow (?:many|much|long|often|large|big)\\b|\\bwhat (?:number|percentage|share|amount)\\b|\\bnumber of\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN_P = Pattern.compile(
            "\\bwhen\\b|\\bwhat (?:years?|dates?|days?|months?|time)\\b|\\bwhich (?:years?|dates?|days?|months?)\\b|\\bhow long ago\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHO_P = Pattern.compile(
            "\\bwho(?:m|se)?\\b|\\bwhich (?:person|people|team|organi[sz]ation|company|body|group|leader)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHERE_P = Pattern.compile(
            "\\bwhere\\b|\\bwhich (?:country|countries|city|cities|continent|continents|place|places|region)\\b|\\bin what (?:country|city|place)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern COORDINATION = Pattern.compile("(?:,|\\band\\b|\\bor\\b|[;?])\\s*", Pattern.CASE_INSENSITIVE);

    /** The first four words of the question and of each coordinated part. */
    private static String leads(String q) {
        StringBuilder b = new StringBuilder();
        for (String part : COORDINATION.split(q)) {
            String[] words = part.strip().split("\\s+");
            b.append(String.join(" ", java.util.Arrays.copyOf(words, Math.min(4, words.length)))).append(" | ");
        }
        return b.toString();
    }

    public static QuestionType of(String question) {
        String q = LEADING_FILLER.matcher(question.strip()).replaceFirst("");
        String first = q.split("[\\s,?!.]+", 2)[0].toLowerCase(Locale.ROOT).replace('’', '\'');
        // the kind is asked at the start of the question or of a coordinated one ("…, and how many…"),
        // not in a clause inside it ("…tracking where content comes from")
        String asks = leads(q);
        if (COUNT_P.matcher(q).find()) {
            return COUNT;
        }
        if (WHEN_P.matcher(asks).find()) {
            return WHEN;
        }
        if (WHO_P.matcher(asks).find()) {
            return WHO;
        }
        if (WHERE_P.matcher(asks).find()) {
            return WHERE;
        }
        if (AUXILIARIES.contains(first)) {
            return YES_NO;
        }
        if (first.equals("why")) {
            return WHY;
        }
        return OTHER;
    }
}
