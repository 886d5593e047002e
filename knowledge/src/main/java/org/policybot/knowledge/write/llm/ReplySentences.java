package org.policybot.knowledge.write.llm;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.Sentences;

/**
 * Reads a model reply into sentences and their {@code [n]} markers. Accepts the usual ways models
 * write them ({@code [1]}, {@code [1][2]}, {@code [1, 2]}, {@code [1-3]}, {@code [Passage 1]}), list bullets and
 * Markdown emphasis. A marker written after the full stop ("… end. [2] Next …") belongs to the
 * sentence before it.
 */
final class ReplySentences {
    private static final Pattern MARKER = Pattern.compile(
            "\\[\\s*(?:(?:passage|source|doc|document)\\s*)?(\\d{1,3}(?:\\s*(?:,|;|-|–|and)\\s*\\d{1,3})*)\\s*]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LIST_ITEM = Pattern.compile(
            "(?:[-*•+]|\\d{1,2}[.)])\\s+(.*)");
    private static final Pattern HEADING = Pattern.compile("#{1,6}\\s+(.*)");
    private static final Pattern RANGE = Pattern.compile("(\\d+)\\s*[-–]\\s*(\\d+)");
    private static final int MAX_RANGE = 20;

    private ReplySentences() {
    }

    static List<ReplySentence> parse(String reply) {
        List<ReplySentence> out = new ArrayList<>();
        if (reply == null) {
            return out;
        }
        for (String rawLine : reply.split("\\R")) {
            String line = unwrapLine(rawLine.strip());
            for (String sentence : Sentences.texts(line)) {
                add(sentence, out);
            }
        }
        return out;
    }

    private static String unwrapLine(String line) {
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) {
            line = heading.group(1);
        }
        Matcher item = LIST_ITEM.matcher(line);
        if (item.matches()) {
            line = item.group(1);
        }
        return line.replace("**", "").replace("__", "");
    }

    private static void add(String sentence, List<ReplySentence> out) {
        Set<Integer> leading = new LinkedHashSet<>();
        Set<Integer> cited = new LinkedHashSet<>();
        StringBuilder body = new StringBuilder();
        Matcher m = MARKER.matcher(sentence);
        int last = 0;
        while (m.find()) {
            body.append(sentence, last, m.start());
            boolean beforeAnyWord = body.toString().chars().noneMatch(Character::isLetterOrDigit);
            numbers(m.group(1), beforeAnyWord && !out.isEmpty() ? leading : cited);
            last = m.end();
        }
        body.append(sentence.substring(last));
        if (!leading.isEmpty()) {
            ReplySentence previous = out.remove(out.size() - 1);
            Set<Integer> merged = new LinkedHashSet<>(previous.cited());
            merged.addAll(leading);
            out.add(new ReplySentence(previous.body(), List.copyOf(merged)));
        }
        String text = tidy(body.toString());
        if (text.chars().anyMatch(Character::isLetterOrDigit)) {
            out.add(new ReplySentence(text, List.copyOf(cited)));
        } else if (!cited.isEmpty() && !out.isEmpty()) {
            ReplySentence previous = out.remove(out.size() - 1);
            Set<Integer> merged = new LinkedHashSet<>(previous.cited());
            merged.addAll(cited);
            out.add(new ReplySentence(previous.body(), List.copyOf(merged)));
        }
    }

    private static void numbers(String group, Set<Integer> into) {
        for (String part : group.split("\\s*(?:,|;|and)\\s*")) {
            Matcher range = RANGE.matcher(part);
            if (range.matches()) {
                int from = Integer.parseInt(range.group(1));
                int to = Integer.parseInt(range.group(2));
                for (int n = from; n <= to && n - from < MAX_RANGE; n++) {
                    into.add(n);
                }
            } else if (part.strip().matches("\\d{1,9}")) {
                into.add(Integer.parseInt(part.strip()));
            } // else a marker the model garbled ("[1-2-3]"): no citation, so the sentence is judged unsupported
        }
    }

    /** Collapses spaces left where markers were, and the space before punctuation. */
    private static String tidy(String text) {
        return text.replaceAll("\\s+", " ").replaceAll(" ([.,;:!?…])", "$1").strip();
    }
}
