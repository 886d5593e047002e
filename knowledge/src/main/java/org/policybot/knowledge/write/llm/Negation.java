package org.policybot.knowledge.write.llm;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.Terms;

/**
 * Catches the one error word overlap cannot see: a claim that drops or adds a "not". Deliberately
 * coarse (clause-free): a sentence is negative when it has a negation cue, and the head of a
 * negation is the first content word after the cue in the same clause ("do not <b>train</b> on").
 */
final class Negation {
    private static final Pattern CLAUSE = Pattern.compile("[,;:.!?()\\[\\]—–]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** "No," opening a sentence answers a question; "not only … but also" adds. Neither negates. */
    private static final Pattern NOT_A_NEGATION = Pattern.compile("^\\s*no\\s*,|\\bnot only\\b",
            Pattern.CASE_INSENSITIVE);

    private Negation() {
    }

    static boolean hasCue(String text) {
        Matcher w = WORD.matcher(withoutFalseCues(text));
        while (w.find()) {
            if (isCue(w.group())) {
                return true;
            }
        }
        return false;
    }

    /** The stemmed first content word after each negation cue. */
    static Set<String> negatedHeads(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String clause : CLAUSE.split(withoutFalseCues(text))) {
            boolean open = false;
            Matcher w = WORD.matcher(clause);
            while (w.find()) {
                String word = w.group();
                if (isCue(word)) {
                    open = true;
                    continue;
                }
                if (open) {
                    List<String> terms = Terms.of(word);
                    if (!terms.isEmpty()) {
                        out.add(terms.get(0));
                        open = false;
                    }
                }
            }
        }
        return out;
    }

    private static boolean isCue(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return Lexicon.NEGATIONS.contains(w) || w.endsWith("n't");
    }

    private static String withoutFalseCues(String text) {
        return NOT_A_NEGATION.matcher(text).replaceAll(" ");
    }
}
