package org.policybot.knowledge.decide;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.question.Intent;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.QuestionType;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.text.AnswerKind;
import org.policybot.knowledge.text.Terms;

/**
 * Which documents a request for a gist or a link is about ("tl;dr of the privacy notice", "what is
 * this about?", "link to the post?"): the one whose name (title, author, first heading, file name, or
 * their initials) holds most of the request's other words, when it holds at least {@link #MIN_TITLE_SHARE}
 * of them, with any other whose name holds as many ("the guidelines and the privacy notice"); every
 * document when the request names nothing ("tl;dr?"). A request whose words name no document ("give
 * me an overview of how appeals work") is not about a whole document, nor is one asking for a kind of
 * fact ("when was the summary published?", "why…"): it is read as an ordinary question.
 */
public final class OverviewSubject {
    /**
     * Share of a request's words its document's title must hold (set by hand: "summary of the refund
     * policy" names "Refunds and returns"; "a summary of the committee's decision" names no document).
     */
    static final float MIN_TITLE_SHARE = 0.5f;
    /**
     * The overview and link words and their parts ("tl" and "dr" of "tl;dr", as the tokenizer splits it):
     * words of the asking, not of the document asked about.
     */
    private static final Set<String> CUES = Lexicon.withParts(Lexicon.OVERVIEW_WORDS, Lexicon.LINK_WORDS);

    private OverviewSubject() {
    }

    /**
     * The ids of the documents the request is about: the one whose name holds most of its words, or those
     * whose names hold as many ("link to the guidelines and the privacy notice?"), or every document when it
     * names none; empty when its words name no document.
     *
     * @param names each document's id to the words that name it: its title, author, first heading (a
     *              licence added as "LICENSE" is named by its first heading, "Open Database License (ODbL)") and
     *              id (the file's name: "KETTLE-POINTS-RULES" titled "CARDBOARD KETTLE LTD")
     */
    public static Optional<List<String>> of(ReadQuestion q, Map<String, String> names) {
        if (q.intent() == Intent.OVERVIEW && (q.expects() != AnswerKind.ANY || q.type() == QuestionType.WHY)) {
            return Optional.empty(); // "when was the recap post published?" asks a fact of the recap
        }
        List<QueryTerm> words = new ArrayList<>();
        for (QueryTerm t : q.terms()) {
            String asked = t.asked().toLowerCase(Locale.ROOT);
            if (!CUES.contains(asked) && !CUES.contains(t.word()) && !Lexicon.ASKING_WORDS.contains(asked)
                    && !Lexicon.SOURCE_NOUNS.contains(asked)) {
                words.add(t);
            }
        }
        if (words.isEmpty()) {
            return Optional.of(List.copyOf(names.keySet()));
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : names.entrySet()) {
            String name = e.getValue();
            Set<String> named = new HashSet<>(Terms.of(name));
            named.addAll(initials(name));
            counts.put(e.getKey(), (int) words.stream().filter(t -> named.contains(t.stem())
                    || named.contains(t.asked().toLowerCase(Locale.ROOT))).count());
        }
        int best = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (best == 0 || best < MIN_TITLE_SHARE * words.size()) {
            return Optional.empty();
        }
        return Optional.of(counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey)
                .toList());
    }

    /**
     * The initials of every run of two or more words of a name, with and without its small words: "GNU
     * General Public License" gives "gpl" and "ggpl", "Code of Conduct" gives "coc" and "cc".
     */
    static Set<String> initials(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            StringBuilder all = new StringBuilder();
            StringBuilder big = new StringBuilder();
            for (int j = i; j < words.size(); j++) {
                String w = words.get(j);
                all.append(w.charAt(0));
                if (!Lexicon.TITLE_SMALL_WORDS.contains(w)) {
                    big.append(w.charAt(0));
                }
                if (j > i) {
                    out.add(all.toString());
                    if (big.length() > 1) {
                        out.add(big.toString());
                    }
                }
            }
        }
        return out;
    }
}
