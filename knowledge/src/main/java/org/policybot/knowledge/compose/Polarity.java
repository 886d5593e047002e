package org.policybot.knowledge.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.retrieve.QueryTerm;
import org.policybot.knowledge.text.Terms;

/**
 * Reads whether a sentence affirms or denies what a question asks: it finds the clause that
 * holds most of the question's content words and looks for a negation in it ("we do not train on
 * API customer data"). Also compares figures ("30 cities" asked, "25 cities" written).
 */
final class Polarity {
    /** Share of the question's weight a clause must hold before its polarity decides anything. */
    static final float DECISIVE_COVERAGE = 0.6f;
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:—–]|,\\s*(?:and|but|while|whereas|although)?\\s*|\\bbut\\b");
    private static final Pattern NEGATION = Pattern.compile(
            "\\bnot\\b(?!\\s+only)|\\b(?:no|never|cannot|nor|neither|none|nothing|without)\\b|n[’']t\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIGURE = Pattern.compile("\\b(" + Cues.FIGURE + ")\\s+(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);
    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten", "eleven", "twelve");

    /** The verdict on one sentence. */
    record Verdict(boolean decisive, boolean negative, boolean figureMismatch, boolean figureMatch) {
    }

    private Polarity() {
    }

    static boolean isNegated(String text) {
        return NEGATION.matcher(text).find();
    }

    static Verdict judge(String sentence, QueryAnalysis query) {
        float total = query.totalIdf();
        float best = 0;
        String bestClause = sentence;
        for (String clause : clauses(sentence)) {
            Set<String> stems = Terms.distinct(clause);
            float mass = 0;
            for (QueryTerm t : query.terms()) {
                if (stems.contains(t.stem())) {
                    mass += t.idf();
                }
            }
            if (mass > best) {
                best = mass;
                bestClause = clause;
            }
        }
        boolean decisive = total > 0 && best / total >= DECISIVE_COVERAGE;
        int[] figures = compareFigures(query.corrected(), sentence);
        return new Verdict(decisive, isNegated(bestClause), figures[1] > 0 && figures[0] == 0, figures[0] > 0);
    }

    /**
     * [matching figures, contradicting figures] between question and sentence, by the noun they count;
     * durations are compared in days whatever their unit ("3 months" against "four weeks").
     */
    private static int[] compareFigures(String question, String sentence) {
        int[] out = new int[2];
        for (double asked : durations(question)) {
            for (double written : durations(sentence)) {
                out[Math.abs(asked - written) <= 0.2 * Math.max(asked, written) ? 0 : 1]++;
            }
        }
        for (String[] asked : figures(question)) {
            for (String[] written : figures(sentence)) {
                if (asked[1].equals(written[1])) {
                    out[asked[0].equals(written[0]) ? 0 : 1]++;
                }
            }
        }
        return out;
    }

    private static List<String[]> figures(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = FIGURE.matcher(text);
        while (m.find()) {
            List<String> noun = Terms.of(m.group(2));
            if (!noun.isEmpty()) {
                out.add(new String[] {normaliseNumber(m.group(1)), noun.get(0)});
            }
        }
        return out;
    }

    private static final Pattern DURATION = Pattern.compile(
            "\\b(" + Cues.FIGURE + "|a|an)\\s+(day|days|week|weeks|month|months|year|years)\\b", Pattern.CASE_INSENSITIVE);

    /** Durations in days ("four weeks" is 28). */
    private static List<Double> durations(String text) {
        List<Double> out = new ArrayList<>();
        Matcher m = DURATION.matcher(text);
        while (m.find()) {
            String n = m.group(1).toLowerCase(java.util.Locale.ROOT);
            String count = n.equals("a") || n.equals("an") ? "1" : normaliseNumber(n);
            if (!count.matches("\\d+(?:\\.\\d+)?")) {
                continue;
            }
            String unit = m.group(2).toLowerCase(java.util.Locale.ROOT);
            double days = unit.startsWith("day") ? 1 : unit.startsWith("week") ? 7 : unit.startsWith("month") ? 30 : 365;
            out.add(Double.parseDouble(count) * days);
        }
        return out;
    }

    private static String normaliseNumber(String n) {
        String lower = n.toLowerCase(java.util.Locale.ROOT).replace(",", "");
        int i = NUMBER_WORDS.indexOf(lower);
        return i >= 0 ? Integer.toString(i) : lower;
    }

    private static List<String> clauses(String sentence) {
        List<String> out = new ArrayList<>();
        for (String c : CLAUSE_BREAK.split(sentence)) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }
}
