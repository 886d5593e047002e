package org.policybot.knowledge.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.text.Figures;
import org.policybot.knowledge.text.Terms;

/**
 * Reads whether a sentence affirms or denies what a question asks: it finds the clause that holds
 * most of the question's weight and looks for a negation in it ("we do not train on API customer
 * data"). Also compares the question's figures with the sentence's: the same unit and another
 * value contradicts the question ("30 days" asked, "14 days" written); durations are compared in
 * days whatever their unit.
 */
final class Polarity {
    /** Share of the question's weight a clause must hold before its polarity decides anything (set by hand, issue 3). */
    static final float DECISIVE_COVERAGE = 0.6f;
    /**
     * Two durations in different units within this share of the larger are the same ("a month" and "30 days", "a
     * year" and "52 weeks"); in the same unit only the same number is ("25 days" is not "28 days").
     */
    static final double SAME_DURATION = 0.2;
    /** Where a clause ends: a semicolon, colon or dash, a comma with or without a conjunction, "but". */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("""
            [;:—–] | ,\\s*(?: and | but | while | whereas | although )?\\s* | \\bbut\\b
            """, Pattern.COMMENTS);

    /** The verdict on one sentence. */
    record Verdict(boolean decisive, boolean negative, boolean figureMismatch, boolean figureMatch) {
    }

    private Polarity() {
    }

    static Verdict judge(String sentence, ReadQuestion q) {
        float total = q.totalWeight();
        float best = 0;
        int bestAt = -1;
        String[] clauses = CLAUSE_BREAK.split(sentence);
        float[] masses = new float[clauses.length];
        for (int i = 0; i < clauses.length; i++) {
            if (clauses[i].isBlank()) {
                continue;
            }
            Set<String> stems = Terms.distinct(clauses[i]);
            for (QueryTerm t : q.terms()) {
                if (t.in(stems)) {
                    masses[i] += t.weight();
                }
            }
            if (masses[i] > best) {
                best = masses[i];
                bestAt = i;
            }
        }
        String bestClause = bestAt < 0 ? sentence : withInterruptedStart(clauses, masses, bestAt);
        boolean decisive = total > 0 && best / total >= DECISIVE_COVERAGE;
        List<Figures.Figure> values = Figures.in(sentence).stream().filter(f -> !isBound(sentence, f)).toList();
        int[] figures = compareFigures(q.figures(), values);
        return new Verdict(decisive, QuestionReader.isNegated(bestClause), figures[1] > 0 && figures[0] == 0,
                figures[0] > 0);
    }

    /**
     * The clause at {@code at}, with the start of its predicate when commas cut it off: "We do not, under any
     * circumstances, sell your data" splits into "We do not", "under any circumstances" and "sell your data", and the
     * negation belongs to the last. Clauses before it that hold none of the question's words are passed over to one
     * that ends on an auxiliary or a negation ("We do not", "Members may not"), which joins it.
     */
    private static String withInterruptedStart(String[] clauses, float[] masses, int at) {
        for (int j = at - 1; j >= 0; j--) {
            if (endsOnAuxiliary(clauses[j])) {
                return String.join(" ", java.util.Arrays.copyOfRange(clauses, j, at + 1));
            }
            if (masses[j] > 0) {
                break;
            }
        }
        return clauses[at];
    }

    private static boolean endsOnAuxiliary(String clause) {
        String[] words = clause.strip().toLowerCase(java.util.Locale.ROOT).replace('’', '\'').split("\\s+");
        String last = words[words.length - 1];
        return last.equals("not") || last.endsWith("n't") || Lexicon.NEGATIONS.contains(last)
                || Lexicon.AUXILIARIES.contains(last);
    }

    /** Words before a figure that may make it a bound ("at least 16", "no more than 3"). */
    static final int BOUND_WINDOW = 16;

    /** True when a bound word stands right before the figure ("within 30 days"): it limits, it does not state. */
    static boolean isBound(String sentence, Figures.Figure f) {
        String before = sentence.substring(Math.max(0, f.start() - BOUND_WINDOW), f.start())
                .toLowerCase(java.util.Locale.ROOT).strip();
        for (String bound : Lexicon.BOUND_WORDS) {
            if (before.endsWith(" " + bound) || before.equals(bound)) {
                return true;
            }
        }
        return false;
    }

    /** [matching, contradicting] pairs of figures: durations in days, other figures by the word they count. */
    private static int[] compareFigures(List<Figures.Figure> asked, List<Figures.Figure> written) {
        int[] out = new int[2];
        for (Figures.Figure a : asked) {
            for (Figures.Figure w : written) {
                if (comparable(a, w)) {
                    out[same(a, w) ? 0 : 1]++;
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code sentences} state values on both sides of one of the question's figures ("within the first 30
     * days… After the first six months…" around "2 months in"): the text sets tiers or a range, and the figure
     * between them is contradicted by neither. Only sentences that hold a word of the question count (a tier is of
     * the thing asked about); a figure outside them, or equal to one, is judged as before.
     */
    static boolean brackets(List<String> sentences, ReadQuestion q) {
        Set<String> units = new HashSet<>();
        q.figures().forEach(f -> units.addAll(Terms.of(f.unit())));
        List<String> about = sentences.stream().filter(s -> speaksOfQuestion(s, q, units)).toList();
        for (Figures.Figure a : q.figures()) {
            boolean below = false;
            boolean above = false;
            for (String sentence : about) { // "We keep refund records for 90 days" sets no tier of a refund
                for (Figures.Figure w : Figures.in(sentence)) {
                    if (!isBound(sentence, w) && comparable(a, w) && !same(a, w)) {
                        below |= measure(w) < measure(a);
                        above |= measure(w) > measure(a);
                    }
                }
            }
            if (below && above) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the sentence holds a word of the question other than a figure, a unit of time or what one of its
     * figures counts ({@code units}: "20 pounds").
     */
    private static boolean speaksOfQuestion(String sentence, ReadQuestion q, Set<String> units) {
        Set<String> stems = Terms.distinct(sentence);
        return q.terms().stream().anyMatch(t -> t.in(stems) && !units.contains(t.stem())
                && !Figures.isFigure(t.word()) && !Lexicon.TIME_UNITS.containsKey(t.word()));
    }

    private static double measure(Figures.Figure f) {
        return f.isDuration() ? f.days() : f.value();
    }

    private static boolean comparable(Figures.Figure a, Figures.Figure b) {
        return a.isDuration() && b.isDuration()
                || !a.isDuration() && !a.unit().isEmpty() && sameWord(a.unit(), b.unit());
    }

    private static boolean same(Figures.Figure a, Figures.Figure b) {
        if (a.isDuration() && b.isDuration() && !sameWord(a.unit(), b.unit())) {
            double x = a.days();
            double y = b.days();
            return Math.abs(x - y) <= SAME_DURATION * Math.max(x, y);
        }
        return a.value() == b.value();
    }

    private static boolean sameWord(String a, String b) {
        List<String> x = new ArrayList<>(Terms.of(a));
        return !x.isEmpty() && x.equals(Terms.of(b));
    }
}
