package org.policybot.knowledge.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;

/**
 * The one place that numbers citations: passages get 1, 2, … in order of first use, and each
 * citation quotes exactly the sentences of its passage that the answer used, in passage order.
 */
public final class Citations {
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private final Map<String, Passage> passages = new LinkedHashMap<>();
    private final Map<String, TreeSet<Integer>> used = new LinkedHashMap<>();

    /** Records that the answer uses sentence {@code index} of {@code passage}; returns its number. */
    public int use(Passage passage, int index) {
        passages.putIfAbsent(passage.id(), passage);
        used.computeIfAbsent(passage.id(), k -> new TreeSet<>()).add(index);
        return numbers.computeIfAbsent(passage.id(), k -> numbers.size() + 1);
    }

    public List<Citation> list() {
        List<Citation> out = new ArrayList<>();
        for (var e : numbers.entrySet()) {
            Passage p = passages.get(e.getKey());
            List<String> quote = new ArrayList<>();
            for (int i : used.get(e.getKey())) {
                quote.add(p.sentence(i));
            }
            out.add(new Citation(e.getValue(), p.docId(), p.title(), p.sectionLabel(), p.url(),
                    String.join(" ", quote), p.text(), p.id()));
        }
        return out;
    }

    /**
     * A list item's ending that leads into the next item: a comma or semicolon, then "and" or "or" ("…the
     * Vice-President Welfare and Community; and").
     */
    private static final Pattern ITEM_LINK = Pattern.compile("""
            [,;] \\s+ (?: LINKS ) $          # a comma or semicolon, then "and" or "or" (lexicon/item-links.txt)
            """.replace("LINKS", Lexicon.alternation(Lexicon.ITEM_LINKS)), Pattern.COMMENTS);

    /** Puts " [n]" before a sentence's final punctuation ("… data [1].", "… Community [1]; and"), or at its end. */
    public static String mark(String sentence, int n) {
        String s = sentence.strip();
        String marker = " [" + n + "]";
        Matcher link = ITEM_LINK.matcher(s);
        if (link.find()) {
            return s.substring(0, link.start()) + marker + s.substring(link.start());
        }
        if (!s.isEmpty() && ".!?:;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            return s.substring(0, s.length() - 1) + marker + s.charAt(s.length() - 1);
        }
        return s + marker;
    }
}
