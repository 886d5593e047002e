package org.policybot.knowledge.retrieve;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.ModelWords;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.TermStatistics;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.question.PhrasalVerbs;
import org.policybot.knowledge.question.Vocabulary;
import org.policybot.knowledge.text.Terms;

/**
 * The vocabulary of one index snapshot: term rarity over text, section and title, and spelling
 * correction against the unstemmed words field. A correction must look like a typo: one edit for
 * words under eight letters, two for longer ones, same first letter; a real word ({@link ModelWords})
 * only becomes another form of itself ("keeps" the documents' "keep"), never another word ("care" is no
 * typo of "core").
 */
public final class IndexVocabulary implements Vocabulary {
    /** Words shorter than this are never corrected ("data" and "date" are both words). */
    static final int MIN_CORRECTED = 4;
    /** From this length two edits are allowed: long words bear two typos and still read unambiguously. */
    static final int TWO_EDITS_FROM = 8;
    /** Lucene's DirectSpellChecker accuracy: how close a suggestion must be (its default is 0.5). */
    static final float ACCURACY = 0.6f;
    /** Corrections kept: a knowledge base's unknown question words repeat far less than this. */
    static final int CORRECTIONS_KEPT = 10_000;
    /**
     * Corrections looked up lately, by word and index generation: the spell checker builds automata
     * for every word the knowledge base lacks (a tenth of a unique question's time), and the same words
     * come back in question after question. {@link #NONE} when there is none.
     */
    private static final Cache<Lookup, String> CORRECTIONS = Caffeine.newBuilder().maximumSize(CORRECTIONS_KEPT).build();
    private static final String NONE = "";

    /** A word looked up in one generation of the documents ({@link TermStatistics#generation}). */
    private record Lookup(Object generation, String word) {
    }

    /**
     * Fewest letters of an initialism read as a title's: two-letter ones ("cc", "pr", "id") are too often other
     * things, while "coc", "tos", "aup", "gpl" name documents.
     */
    static final int MIN_INITIALISM = 3;
    /** Most words of a title run an initialism stands for ("Mozilla Public License", "Acceptable Use Policy"). */
    static final int MAX_INITIALISM_WORDS = 5;

    /**
     * Snapshots whose text initialisms are kept: each server's documents with the shared ones are a generation of
     * their own, as is every change, so a bot serving many servers reads many (a scan of 1,500 passages takes
     * about 0.4 s, measured 2026-12-04).
     */
    static final int INITIALISM_GENERATIONS = 64;
    /**
     * Fewest times a run of capitalised words must stand in the documents' text for its initialism to be read:
     * a name the text uses again ("the Annual General Meeting"), not a title-case sentence or heading said once
     * ("Bookings Are Confirmed By Email"), whose initials would take a question's unknown word ("bst") away from
     * what it means.
     */
    static final int MIN_RUN_COUNT = 2;
    /** Fewest and most words of a run whose initials a question may write in capitals ("MR", "SLA"). */
    static final int MIN_RUN_WORDS = 2;
    static final int MAX_RUN_WORDS = 4;
    /**
     * Fewest times a run must stand in the sentences for its initials to name it: a term the documents
     * use throughout ("merge request"), not a phrase that happens once or twice (set by hand, 2026-12-05).
     */
    static final int MIN_WRITTEN_RUNS = 3;
    /**
     * How many times as often as any other run of its initials a run must stand to be the one they name: a
     * contributor policy says "merge request" 15 times and "minor release" 9 (set by hand on it, 2026-12-05).
     */
    static final double RUN_LEAD = 1.5;
    /**
     * A token of a run: letters only (no digit, no hyphen: "Section 3 review" is no run), perhaps closed by
     * punctuation (group 2), which ends the run.
     */
    private static final Pattern RUN_WORD = Pattern.compile("""
            ( \\p{L}+ ) ( [.,;:!?)\\]"'’”]* )
            """, Pattern.COMMENTS);
    /** {@link #writtenRunInitialisms}, by index generation, read at the first unknown word asked in capitals. */
    private static final Cache<Object, Map<String, String>> WRITTEN_RUN_INITIALISMS = Caffeine.newBuilder()
            .maximumSize(INITIALISM_GENERATIONS).build();

    /**
     * Initialisms of the capitalised runs of the documents' text ("Annual General Meeting" → "agm"), by index
     * generation: read once for a generation, at the first question word found in neither the documents nor their
     * titles' initialisms.
     */
    private static final Cache<Object, Map<String, String>> TEXT_INITIALISMS = Caffeine.newBuilder()
            .maximumSize(INITIALISM_GENERATIONS).build();
    /** A possessive ending, left out of a run's words: "Information Commissioner's Office" reads "ico". */
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s(?!\\p{L})");
    /**
     * A run of capitalised words in running text, small words allowed between them ("Annual General Meeting",
     * "Disclosure and Barring Service"), a word perhaps possessive ("Information Commissioner's Office"): each word
     * opens with a capital and goes on in lower case, so a run of capitals ("FAQ") or a single word stands outside it.
     */
    private static final Pattern CAPITALISED_RUN = Pattern.compile("""
            (?<!\\p{L}) \\p{Lu}\\p{Ll}+ (?: ['’]s )?                              # a capitalised word
            (?: \\s (?: SMALL \\s )? \\p{Lu}\\p{Ll}+ (?: ['’]s )? )+ (?!\\p{L})  # more, perhaps each after a small word
            """.replace("SMALL", Lexicon.alternation(Lexicon.TITLE_SMALL_WORDS)), Pattern.COMMENTS);

    /**
     * The phrasal verbs the passages' text writes ({@link PhrasalVerbs#written}), by index generation: read once for
     * a generation, at the first question that asks in one.
     */
    private static final Cache<Object, Set<Lexicon.PhrasalVerb>> WRITTEN_PHRASAL_VERBS = Caffeine.newBuilder()
            .maximumSize(INITIALISM_GENERATIONS).build();
    private static final List<Pattern> PHRASAL_VERBS_WRITTEN = Lexicon.PHRASAL_VERBS.stream()
            .map(PhrasalVerbs::written).toList();

    /**
     * Cosine of two words' vectors from which one stands for the other ("kids" and "children" 0.84, "daughter" and
     * "child" 0.74, "mum" and "mother" 0.86; "son" and "child" 0.63, "tour" and "trip" 0.67 and "limit" and
     * "maximum" 0.53 stay apart): the cosine at which same-meaning matching credits a word in full (0.55 + 0.2, set
     * by hand in issue 3), measured with the in-jar model on 2026-12-05.
     */
    static final float SAME_MEANING = 0.75f;
    /**
     * Cosine of a word's vector and its form after a negating prefix from which that form is its opposite
     * ({@link #negatedForm}): "happy"/"unhappy" 0.55, "satisfied"/"dissatisfied" 0.61, "paid"/"unpaid" 0.63,
     * "fair"/"unfair" 0.53, "eligible"/"ineligible" 0.70, against words that only begin like one: "side"/"inside" 0.46,
     * "charge"/"discharge" 0.43, "close"/"disclose" 0.32, "sure"/"insure" 0.13 (set by hand between the two groups,
     * measured with the in-jar model on 2026-12-05; "allowed"/"disallowed" 0.45 and "sure"/"unsure" 0.38 are missed).
     */
    static final float NEGATED_FORM = 0.5f;
    /**
     * Generations whose words are held for {@link #sameMeaning}: the shared documents and a few servers' (a knowledge
     * base of 1,500 passages has about 8,000 words, 1.5 kB each); a table is never dropped for its size alone, or a
     * large knowledge base would read its words again at every unknown word.
     */
    static final int MEANING_GENERATIONS = 4;
    /** The documents' content words with their vectors, by index generation, read at the first word they lack. */
    private static final Cache<Object, WordTable> DOCUMENT_WORDS = Caffeine.newBuilder()
            .maximumSize(MEANING_GENERATIONS).build();
    /** Same-meaning words looked up lately, by word and index generation ({@link #NONE} when there is none). */
    private static final Cache<Lookup, String> MEANINGS = Caffeine.newBuilder().maximumSize(CORRECTIONS_KEPT).build();

    /** Words and their unit vectors, row by row. */
    private record WordTable(String[] words, float[][] vectors) {
    }

    private final TermStatistics terms;
    private final WordEmbeddings embeddings;
    private final Set<String> authorStems;
    private final List<String> titles;
    private final Snapshot snapshot;
    /** The titles' initialisms, read at the first unknown word (most questions have none); null until then. */
    private Map<String, String> initialisms;

    private IndexVocabulary(TermStatistics terms, WordEmbeddings embeddings, Set<String> authorStems, List<String> titles,
                            Snapshot snapshot) {
        this.terms = terms;
        this.embeddings = embeddings;
        this.authorStems = authorStems;
        this.titles = titles;
        this.snapshot = snapshot;
    }

    /**
     * The vocabulary of {@code snapshot}; {@link Vocabulary#EMPTY} when it reads no passage. It reads no word by its
     * meaning ({@link #sameMeaning}).
     */
    public static Vocabulary of(Snapshot snapshot) {
        return of(snapshot, null);
    }

    /**
     * The vocabulary of {@code snapshot}, reading a word the documents never use as theirs of the same meaning by
     * {@code embeddings}' word vectors (null: never); {@link Vocabulary#EMPTY} when it reads no passage.
     */
    public static Vocabulary of(Snapshot snapshot, WordEmbeddings embeddings) {
        if (snapshot.isEmpty()) {
            return EMPTY;
        }
        TermStatistics terms = snapshot.terms();
        Set<String> authors = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            if (e.author() != null) {
                authors.addAll(Terms.of(e.author()));
            }
            if (e.title() != null) {
                titles.add(e.title());
            }
        }
        return new IndexVocabulary(terms, embeddings, Set.copyOf(authors), List.copyOf(titles), snapshot);
    }

    /**
     * Reads now the tables the first unknown word asked of {@code snapshot}'s documents would otherwise wait for:
     * the text's initialisms, the runs its sentences repeat, the phrasal verbs it writes and, with
     * {@code embeddings}, its content words' vectors. They take seconds on a large knowledge base (10,000 passages),
     * so a long-running bot reads them after each change instead of on a member's question. Each table is read once
     * per generation of the documents, by whoever comes first; a question arriving meanwhile waits for the same one.
     */
    public static void prepare(Snapshot snapshot, WordEmbeddings embeddings) {
        if (snapshot.isEmpty()) {
            return;
        }
        Object generation = snapshot.terms().generation();
        TEXT_INITIALISMS.get(generation, g -> textInitialisms(snapshot));
        WRITTEN_RUN_INITIALISMS.get(generation, g -> writtenRunInitialisms(snapshot));
        WRITTEN_PHRASAL_VERBS.get(generation, g -> writtenPhrasalVerbs(snapshot));
        if (embeddings != null) {
            DOCUMENT_WORDS.get(generation, g -> documentWords(snapshot));
        }
    }

    /** True when every table {@link #prepare} reads is held for {@code snapshot}'s generation (for tests). */
    static boolean prepared(Snapshot snapshot) {
        Object generation = snapshot.terms().generation();
        return TEXT_INITIALISMS.getIfPresent(generation) != null
                && WRITTEN_RUN_INITIALISMS.getIfPresent(generation) != null
                && WRITTEN_PHRASAL_VERBS.getIfPresent(generation) != null
                && DOCUMENT_WORDS.getIfPresent(generation) != null;
    }

    /**
     * The initialisms of a title's runs of words, each to the run's words: a run of two to
     * {@value #MAX_INITIALISM_WORDS} words of two or more letters that opens and ends on a word other than a small
     * word ("of", "the"…), by the initials of all its words ("Code of Conduct" → "coc") and of those other than
     * small words ("Eclipse Public License" → "epl"), when {@value #MIN_INITIALISM} letters or more.
     */
    static Map<String, String> initialisms(String title) {
        List<String> words = new ArrayList<>();
        Map<String, String> out = new HashMap<>();
        for (String w : POSSESSIVE.matcher(title.toLowerCase(Locale.ROOT)).replaceAll("").split("[^\\p{L}]+")) {
            if (w.length() < 2) {
                words.clear(); // a run stops at a number, a letter alone or a dash
                continue;
            }
            words.add(w);
            if (Lexicon.TITLE_SMALL_WORDS.contains(w)) {
                continue; // no run ends on a small word
            }
            for (int from = Math.max(0, words.size() - MAX_INITIALISM_WORDS); from < words.size() - 1; from++) {
                List<String> run = words.subList(from, words.size());
                if (Lexicon.TITLE_SMALL_WORDS.contains(run.get(0))) {
                    continue;
                }
                StringBuilder all = new StringBuilder();
                StringBuilder main = new StringBuilder();
                for (String r : run) {
                    all.append(r.charAt(0));
                    if (!Lexicon.TITLE_SMALL_WORDS.contains(r)) {
                        main.append(r.charAt(0));
                    }
                }
                for (StringBuilder i : List.of(all, main)) {
                    if (i.length() >= MIN_INITIALISM) {
                        out.putIfAbsent(i.toString(), String.join(" ", run));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public int passages() {
        return terms.passages();
    }

    @Override
    public int docFreq(String stem) {
        return terms.docFreq(stem);
    }

    @Override
    public boolean hasWord(String word) {
        return terms.hasWord(word);
    }

    @Override
    public String correction(String word) {
        if (word.codePointCount(0, word.length()) < MIN_CORRECTED || word.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        String found = CORRECTIONS.get(new Lookup(terms.generation(), word), k -> suggest(word));
        return found.equals(NONE) ? null : found;
    }

    /** The correction to keep for {@code word}, or {@link #NONE}: a real word only as another form of itself. */
    private String suggest(String word) {
        String found = terms.closestWord(word, word.length() >= TWO_EDITS_FROM ? 2 : 1, ACCURACY);
        if (found == null || ModelWords.isWord(word) && !Terms.of(word).equals(Terms.of(found))) {
            return NONE;
        }
        return found;
    }

    @Override
    public String sameMeaning(String word) {
        if (embeddings == null || word.length() < MIN_CORRECTED || !word.chars().allMatch(Character::isLetter)
                || series(word)) {
            return null;
        }
        String found = MEANINGS.get(new Lookup(terms.generation(), word), k -> nearest(word));
        return found.equals(NONE) ? null : found;
    }

    @Override
    public boolean isEnglishWord(String word) {
        return ModelWords.contains(word); // a whole word: "whats" is "what" + "s" to the model, yet a typo of "what's"
    }

    @Override
    public String negatedForm(String word) {
        if (embeddings == null || word.length() < MIN_CORRECTED || !word.chars().allMatch(Character::isLetter)) {
            return null;
        }
        for (String prefix : Lexicon.NEGATIVE_PREFIXES) {
            String opposite = prefix + word;
            List<String> stems = Terms.of(opposite);
            // the word itself, not its stem: "informal" is no "inform"
            if (stems.size() == 1 && hasWord(opposite)) {
                Map<String, float[]> v = embeddings.vectors(List.of(word, opposite), snapshot.words());
                if (Embedder.cosine(v.get(word), v.get(opposite)) >= NEGATED_FORM) {
                    return stems.get(0);
                }
            }
        }
        return null;
    }

    /**
     * The documents' word nearest {@code word} when at least {@link #SAME_MEANING} near and another word, else NONE:
     * never a word of a series ("june" for "july") nor one that negates it or that it negates ("active" for
     * "inactive"), which a word embedding sets near.
     */
    private String nearest(String word) {
        WordTable table = DOCUMENT_WORDS.get(terms.generation(), g -> documentWords(snapshot));
        float[] v = embeddings.vectors(List.of(word), snapshot.words()).get(word);
        String best = NONE;
        double bestCosine = SAME_MEANING;
        for (int i = 0; i < table.words.length; i++) {
            float[] w = table.vectors[i];
            // four independent sums, so the loop pipelines (a knowledge base's thousands of words, per unknown word)
            float s0 = 0;
            float s1 = 0;
            float s2 = 0;
            float s3 = 0;
            int j = 0;
            for (; j + 3 < v.length; j += 4) {
                s0 += v[j] * w[j];
                s1 += v[j + 1] * w[j + 1];
                s2 += v[j + 2] * w[j + 2];
                s3 += v[j + 3] * w[j + 3];
            }
            for (; j < v.length; j++) {
                s0 += v[j] * w[j];
            }
            double dot = s0 + s1 + s2 + s3;
            if (dot >= bestCosine && !negates(word, table.words[i])) {
                bestCosine = dot;
                best = table.words[i];
            }
        }
        return best.equals(NONE) || Terms.of(best).equals(Terms.of(word)) ? NONE : best;
    }

    /** True when {@code word} names one value of a series, or several ("fridays"). */
    static boolean series(String word) {
        return Lexicon.SERIES_WORDS.contains(word)
                || word.endsWith("s") && Lexicon.SERIES_WORDS.contains(word.substring(0, word.length() - 1));
    }

    /** True when one word is a form of the other after a negating prefix ("inactive", "active"; "unsafe", "safety"). */
    static boolean negates(String a, String b) {
        for (String prefix : Lexicon.NEGATIVE_PREFIXES) {
            if (a.startsWith(prefix) && sameStems(a.substring(prefix.length()), b)
                    || b.startsWith(prefix) && sameStems(b.substring(prefix.length()), a)) {
                return true;
            }
        }
        return false;
    }

    /** True when one word's stem opens the other's, from {@link #MIN_CORRECTED} letters ("safe", "safeti"). */
    private static boolean sameStems(String a, String b) {
        String x = String.join(" ", Terms.of(a));
        String y = String.join(" ", Terms.of(b));
        return Math.min(x.length(), y.length()) >= MIN_CORRECTED && (x.startsWith(y) || y.startsWith(x));
    }

    /**
     * The content words of the passages' text, sections and titles that the word store holds vectors of, but for
     * words of a series (a word is never read as another value of its series).
     */
    static WordTable documentWords(Snapshot snapshot) {
        Set<String> words = new HashSet<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            for (Passage p : snapshot.passages(e.id())) {
                words.addAll(Terms.contentWords(p.title() + " " + p.sectionLabel() + " " + p.text()));
            }
        }
        words.removeIf(IndexVocabulary::series);
        Map<String, float[]> found = snapshot.words().find(words);
        String[] names = found.keySet().stream().sorted().toArray(String[]::new);
        float[][] vectors = new float[names.length][];
        for (int i = 0; i < names.length; i++) {
            vectors[i] = found.get(names[i]);
        }
        return new WordTable(names, vectors);
    }

    @Override
    public Set<String> authorStems() {
        return authorStems;
    }

    @Override
    public String initialism(String word, boolean capitals) {
        if (initialisms == null) {
            Map<String, String> all = new HashMap<>();
            titles.forEach(t -> initialisms(t).forEach(all::putIfAbsent));
            initialisms = Map.copyOf(all); // immutable, so a racing reader sees it whole or reads the titles again
        }
        String found = initialisms.get(word);
        if (found != null || !capitals && ModelWords.isWord(word)) {
            // a real word ("pay") is no initialism of a run of capitalised words ("Person at Your"), unless the
            // asker wrote it in capitals ("SAR", though "sar" is a word to the model)
            return found;
        }
        String run = TEXT_INITIALISMS.get(terms.generation(), g -> textInitialisms(snapshot)).get(word);
        if (run != null || !capitals) {
            return run;
        }
        return WRITTEN_RUN_INITIALISMS.get(terms.generation(), g -> writtenRunInitialisms(snapshot)).get(word);
    }

    /**
     * The runs of words the passages' sentences repeat ("merge request"), by their initials ("mr"), for a
     * question that writes those initials in capitals: each the run of {@value #MIN_RUN_WORDS} to
     * {@value #MAX_RUN_WORDS} content words standing at least {@value #MIN_WRITTEN_RUNS} times, and
     * {@value #RUN_LEAD} times as often as any other run of the same initials, so that "MR" is not just any "may
     * review". A run is counted by its stems, so "merge request" and "merge requests" are one.
     */
    static Map<String, String> writtenRunInitialisms(Snapshot snapshot) {
        // by initials, by the run's stems ("merge request" and "merge requests" are one run), each way it is written
        Map<String, Map<String, Map<String, Integer>>> runs = new HashMap<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            for (Passage p : snapshot.passages(e.id())) {
                for (int i = 0; i < p.sentences().size(); i++) {
                    String[] tokens = p.sentence(i).split("\\s+");
                    String[] words = new String[tokens.length];
                    boolean[] ends = new boolean[tokens.length];
                    for (int t = 0; t < tokens.length; t++) {
                        // a word, perhaps closed by punctuation, which ends a run ("staff, members" is no run)
                        Matcher m = RUN_WORD.matcher(tokens[t]);
                        words[t] = m.matches() ? m.group(1).toLowerCase(Locale.ROOT) : "";
                        ends[t] = m.matches() && !m.group(2).isEmpty();
                    }
                    String[] stems = new String[words.length];
                    for (int from = 0; from < words.length; from++) {
                        StringBuilder initials = new StringBuilder();
                        for (int to = from; to < Math.min(words.length, from + MAX_RUN_WORDS); to++) {
                            String w = words[to];
                            if (w.length() < 2 || Terms.isStopWord(w) || to > from && ends[to - 1]) {
                                break;
                            }
                            if (stems[to] == null) {
                                stems[to] = Terms.of(w).stream().findFirst().orElse(w);
                            }
                            initials.append(w.charAt(0));
                            if (to - from + 1 >= MIN_RUN_WORDS) {
                                String key = String.join(" ", Arrays.asList(stems).subList(from, to + 1));
                                String run = String.join(" ", Arrays.asList(words).subList(from, to + 1));
                                runs.computeIfAbsent(initials.toString(), k -> new HashMap<>())
                                        .computeIfAbsent(key, k -> new HashMap<>()).merge(run, 1, Integer::sum);
                            }
                        }
                    }
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        runs.forEach((initials, byStems) -> {
            List<Map.Entry<String, Integer>> ranked = new ArrayList<>();
            byStems.forEach((key, written) -> ranked.add(
                    Map.entry(key, written.values().stream().mapToInt(Integer::intValue).sum())));
            ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()
                    .thenComparing(Map.Entry.comparingByKey()));
            int first = ranked.get(0).getValue();
            int second = ranked.size() > 1 ? ranked.get(1).getValue() : 0;
            if (first >= MIN_WRITTEN_RUNS && first >= RUN_LEAD * second) {
                // the way the text writes it most often
                out.put(initials, byStems.get(ranked.get(0).getKey()).entrySet().stream()
                        .max(Map.Entry.<String, Integer>comparingByValue()
                                .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                        .orElseThrow().getKey());
            }
        });
        return Map.copyOf(out);
    }

    @Override
    public boolean writes(Lexicon.PhrasalVerb verb) {
        return WRITTEN_PHRASAL_VERBS.get(terms.generation(), g -> writtenPhrasalVerbs(snapshot)).contains(verb);
    }

    /** The phrasal verbs of the lexicon that some passage's text writes, in any form. */
    static Set<Lexicon.PhrasalVerb> writtenPhrasalVerbs(Snapshot snapshot) {
        Set<Lexicon.PhrasalVerb> out = new HashSet<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            for (Passage p : snapshot.passages(e.id())) {
                String text = p.text().toLowerCase(Locale.ROOT);
                for (int i = 0; i < PHRASAL_VERBS_WRITTEN.size(); i++) {
                    Lexicon.PhrasalVerb verb = Lexicon.PHRASAL_VERBS.get(i);
                    // a verb found once is not looked for again; most passages lack the particle, and a plain
                    // search for it spares the pattern
                    if (!out.contains(verb) && text.contains(verb.particles().get(verb.particles().size() - 1))
                            && PHRASAL_VERBS_WRITTEN.get(i).matcher(text).find()) {
                        out.add(verb);
                    }
                }
            }
        }
        return Set.copyOf(out);
    }

    /**
     * The initialisms of the capitalised runs ({@link #CAPITALISED_RUN}) of the passages' text that stand there at
     * least {@value #MIN_RUN_COUNT} times, as {@link #initialisms(String)} reads a title's; the first run found keeps
     * an initialism two runs share.
     */
    static Map<String, String> textInitialisms(Snapshot snapshot) {
        // each initialism with the words it stands for, counted over every run that yields it ("The Annual General
        // Meeting" and "Annual General Meeting" both count for "agm")
        Map<Map.Entry<String, String>, Integer> counts = new LinkedHashMap<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            for (Passage p : snapshot.passages(e.id())) {
                Matcher m = CAPITALISED_RUN.matcher(p.text());
                while (m.find()) {
                    initialisms(m.group()).forEach((initialism, words) ->
                            counts.merge(Map.entry(initialism, words), 1, Integer::sum));
                }
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((pair, count) -> {
            if (count >= MIN_RUN_COUNT) {
                out.putIfAbsent(pair.getKey(), pair.getValue());
            }
        });
        return Map.copyOf(out);
    }
}
