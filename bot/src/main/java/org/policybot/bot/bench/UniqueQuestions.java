package org.policybot.bot.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Terms;

/**
 * A stream of questions that are never asked twice, so that no cache of question embeddings can
 * serve them: what a member waits for. Each is a form of {@code question-forms.txt} filled with words
 * that follow each other in one sentence of the knowledge base (stop words left out); some mix the
 * words of two passages (questions the documents may not answer), some carry a typo, some are typed
 * in lower case without a question mark. A fixed seed gives the same stream every run.
 */
public final class UniqueQuestions {
    static final String FORMS = "policybot/bench/question-forms.txt";
    /** Share of questions mixing two passages' words, of questions with a typo, and of sloppy ones (set by hand). */
    static final double MIXED = 0.15;
    static final double TYPO = 0.10;
    static final double SLOPPY = 0.20;
    /** Words shorter than this are not given a typo: a typo in a short word makes another word. */
    static final int TYPO_MIN_LENGTH = 6;
    /** Tries to find a question not yet asked before the vocabulary counts as used up. */
    static final int TRIES = 1_000;
    private static final Pattern SLOT = Pattern.compile("\\{([1-3])}");
    /** What makes two questions the same for an embedding cache: their words, whatever the case and punctuation. */
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final Random random;
    private final List<String> forms;
    private final List<Passage> passages;
    private final Set<String> asked = new HashSet<>();

    /** @param passages where the words come from: passages of the knowledge base (at least one with words) */
    public UniqueQuestions(long seed, List<Passage> passages) {
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("no passages to draw words from");
        }
        this.random = new Random(seed);
        this.forms = forms();
        this.passages = List.copyOf(passages);
    }

    /** The next question, different from every one before it; fails when the vocabulary is used up. */
    public synchronized String next() {
        for (int i = 0; i < TRIES; i++) {
            String q = attempt();
            if (q != null && asked.add(key(q))) {
                return random.nextDouble() < TYPO ? typo(q) : q;
            }
        }
        throw new IllegalStateException("the knowledge base's vocabulary gave no new question in " + TRIES + " tries");
    }

    /** The next {@code n} questions. */
    public List<String> next(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(next());
        }
        return out;
    }

    /** How many questions were given. */
    public synchronized int given() {
        return asked.size();
    }

    static String key(String question) {
        return NOT_WORD.matcher(question.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private String attempt() {
        String form = forms.get(random.nextInt(forms.size()));
        int slots = 0;
        Matcher m = SLOT.matcher(form);
        while (m.find()) {
            slots = Math.max(slots, Integer.parseInt(m.group(1)));
        }
        List<String> words = words(slots);
        if (words == null) {
            return null;
        }
        String q = form;
        for (int i = 0; i < slots; i++) {
            q = q.replace("{" + (i + 1) + "}", words.get(i));
        }
        if (random.nextDouble() < SLOPPY) {
            q = q.toLowerCase(Locale.ROOT);
            q = q.endsWith("?") ? q.substring(0, q.length() - 1) : q;
        }
        return q;
    }

    /** {@code n} words of one sentence in their order, or (for a mixed question) of two passages; null if too few. */
    private List<String> words(int n) {
        List<String> first = sentenceWords(pick());
        if (random.nextDouble() < MIXED && n > 1) {
            List<String> second = sentenceWords(pick());
            if (first.isEmpty() || second.isEmpty()) {
                return null;
            }
            List<String> out = new ArrayList<>(inOrder(first, n - 1));
            out.addAll(inOrder(second, 1));
            return out;
        }
        return first.size() < n ? null : inOrder(first, n);
    }

    private Passage pick() {
        return passages.get(random.nextInt(passages.size()));
    }

    /** The content words of one sentence of {@code p}, in order. */
    private List<String> sentenceWords(Passage p) {
        if (p.sentences().isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String w : Terms.words(p.sentence(random.nextInt(p.sentences().size())))) {
            if (w.length() > 2 && !Terms.isStopWord(w) && w.chars().allMatch(Character::isLetter)) {
                out.add(w);
            }
        }
        return out;
    }

    /** {@code n} words that follow each other in {@code words} (a phrase of the sentence, stop words left out). */
    private List<String> inOrder(List<String> words, int n) {
        int take = Math.min(n, words.size());
        int from = random.nextInt(words.size() - take + 1);
        return words.subList(from, from + take);
    }

    /** Swaps two letters inside the longest word, as a quick typist does. */
    private String typo(String q) {
        String longest = "";
        for (String w : NOT_WORD.split(q)) {
            longest = w.length() > longest.length() ? w : longest;
        }
        if (longest.length() < TYPO_MIN_LENGTH) {
            return q;
        }
        int i = 1 + random.nextInt(longest.length() - 3);
        String swapped = longest.substring(0, i) + longest.charAt(i + 1) + longest.charAt(i) + longest.substring(i + 2);
        return q.replaceFirst(Pattern.quote(longest), swapped);
    }

    private static List<String> forms() {
        try (InputStream in = UniqueQuestions.class.getClassLoader().getResourceAsStream(FORMS)) {
            if (in == null) {
                throw new IllegalStateException("the question forms are not packaged: " + FORMS);
            }
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
