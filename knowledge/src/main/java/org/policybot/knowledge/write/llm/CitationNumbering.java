package org.policybot.knowledge.write.llm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.write.Composition;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;

/**
 * Turns the surviving sentences into the answer: citations renumbered 1.. by first use, each
 * sentence ending with its markers before its final punctuation ("… waste [1]."), and each
 * citation quoting, verbatim and in passage order, the sentences that supported the answer.
 */
final class CitationNumbering {
    private static final Pattern ENDING = Pattern.compile("(.*?)([.!?…]+[\"'”’)]*)?$", Pattern.DOTALL);

    private CitationNumbering() {
    }

    static Composition compose(List<CheckedSentence> sentences, List<Passage> passages) {
        Map<Integer, Integer> number = new LinkedHashMap<>();
        Map<Integer, Set<Integer>> quoted = new LinkedHashMap<>();
        List<String> text = new ArrayList<>();
        for (CheckedSentence s : sentences) {
            StringBuilder markers = new StringBuilder();
            s.evidence().forEach((passage, sentenceIndexes) -> {
                int n = number.computeIfAbsent(passage, p -> number.size() + 1);
                quoted.computeIfAbsent(passage, p -> new TreeSet<>()).addAll(sentenceIndexes);
                markers.append('[').append(n).append(']');
            });
            text.add(withMarkers(s.body(), markers.toString()));
        }
        List<Citation> citations = new ArrayList<>();
        number.forEach((passage, n) -> {
            Passage p = passages.get(passage);
            List<String> quote = quoted.get(passage).stream().map(p::sentence).toList();
            citations.add(new Citation(n, p.docId(), p.title(), p.sectionLabel(), p.url(), String.join(" ", quote),
                    p.text(), p.id()));
        });
        return new Composition(String.join(" ", text), citations);
    }

    /** "Food waste." + "[1]" → "Food waste [1]."; a sentence without an ending gets a full stop. */
    static String withMarkers(String body, String markers) {
        Matcher m = ENDING.matcher(body.strip());
        if (!m.matches()) {
            throw new IllegalStateException("the ending pattern matches any text");
        }
        String ending = m.group(2) == null ? "." : m.group(2);
        return m.group(1).stripTrailing() + " " + markers + ending;
    }
}
