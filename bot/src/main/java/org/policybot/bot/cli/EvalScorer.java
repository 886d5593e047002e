package org.policybot.bot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;

/**
 * Judges one answer against its eval case. An answerable case passes when it is answered, each
 * facts group has one alternative in the answer (case-insensitive), one cited passage holds an
 * evidence alternative ({@link EvidenceMatch}), and every [n] marker names a citation. An out-of-scope case passes when
 * the engine abstains.
 */
final class EvalScorer {
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");

    private EvalScorer() {
    }

    /** The reasons the answer fails the case; empty when it passes. */
    static List<String> failures(EvalCase c, Answer a) {
        List<String> out = new ArrayList<>();
        if (!c.expectAnswer()) {
            if (!a.abstained()) {
                out.add("expected an abstention, got an answer");
            }
            return out;
        }
        if (a.abstained()) {
            out.add("abstained on an answerable question");
            return out;
        }
        String answer = a.answer().toLowerCase(Locale.ROOT);
        for (List<String> group : c.facts()) {
            if (group.stream().noneMatch(f -> answer.contains(f.toLowerCase(Locale.ROOT)))) {
                out.add("answer lacks any of " + group);
            }
        }
        if (!c.evidence().isEmpty() && a.citations().stream().noneMatch(cite -> holdsEvidence(cite, c.evidence()))) {
            out.add("no cited passage holds any of " + c.evidence());
        }
        out.addAll(markerProblems(a));
        return out;
    }

    /** Markers that name no citation, citations never named, and answers without any marker. */
    static List<String> markerProblems(Answer a) {
        List<String> out = new ArrayList<>();
        Set<Integer> numbers = new TreeSet<>();
        a.citations().forEach(c -> numbers.add(c.n()));
        Set<Integer> used = new TreeSet<>();
        Matcher m = MARKER.matcher(a.answer());
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        if (!a.abstained() && used.isEmpty()) {
            out.add("answer carries no citation marker");
        }
        for (int n : used) {
            if (!numbers.contains(n)) {
                out.add("marker [" + n + "] names no citation");
            }
        }
        for (int n : numbers) {
            if (!used.contains(n)) {
                out.add("citation " + n + " is never referred to");
            }
        }
        return out;
    }

    /** 1-based rank of the first passage holding an evidence alternative, or 0 when none does. */
    static int evidenceRank(List<org.policybot.knowledge.model.Passage> ranked, List<String> evidence) {
        for (int i = 0; i < ranked.size(); i++) {
            if (EvidenceMatch.holds(ranked.get(i).text(), evidence)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static boolean holdsEvidence(Citation c, List<String> evidence) {
        return EvidenceMatch.holds(c.text(), evidence);
    }
}
