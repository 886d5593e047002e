package org.policybot.knowledge.decide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.index.WordVectors;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.QuestionType;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.text.AnswerKind;
import org.policybot.knowledge.text.Figures;
import org.policybot.knowledge.text.ListMarkers;
import org.policybot.knowledge.text.PresentTime;
import org.policybot.knowledge.text.Sentences;
import org.policybot.knowledge.text.Terms;

/**
 * Measures the candidates against a read question: the {@link SentenceFeature}s of every sentence
 * of the retrieved passages and the {@link QuestionFeature}s of the question against its best
 * sentences. Same-meaning words count through {@link WordMatcher}. What does not depend on the
 * question is read once per passage ({@link PassageFacts}); the question's words are compared with the
 * candidates' words once per answer ({@link Measure}).
 */
final class Evidence {
    /** Sentences shorter than this many words say little on their own (a heading, "Yes."). */
    static final int SHORT_WORDS = 6;
    /** A sentence this long is long: policy sentences run to 40 words and more (clauses of licences). */
    static final int LONG_WORDS = 40;
    /**
     * A question word present only through a same-meaning word counts this much of a literal match;
     * below {@link #SYNONYM_MIN} credit it counts nothing. Set by hand (issue 3) and kept: the models
     * weigh the covers that use them.
     */
    static final float SYNONYM_CREDIT = 0.8f;
    static final float SYNONYM_MIN = 0.5f;
    /** For "minimum" and "maximum", the phrases that state such a bound, as whole words in any case. */
    private static final Map<String, Pattern> BOUNDS = bounds();
    /** A word found only in the section heading or document title counts half. */
    static final float CONTEXT_CREDIT = 0.5f;
    /** An earlier question's words (a follow-up's) count half of the question's own. */
    static final float FOLLOW_UP_CREDIT = 0.5f;
    /** Sentences, best first, in which a figure the question states is looked for ({@link QuestionFeature#FIGURE}). */
    static final int FIGURE_SENTENCES = 3;
    /** Words between a figure and the noun it counts ("7 elected directors", "up to 30 days for appeals"). */
    static final int SLOT_DISTANCE = 4;
    /**
     * Share of the weight of the words naming an occasion that a sentence dating it by how it recurs must hold (set by
     * hand: half, so that the sentence names the occasion, not one word beside it; "socials are held on the first
     * Friday of each month" dates "the next social", and "members join the waiting list by 31 March each year" does
     * not date "the next training day for new collectors" by its one shared word).
     */
    static final double OCCASION_SHARE = 0.5;
    /**
     * Words after a figure within which a noun for people is what it counts, past one modifier ("300 full members",
     * "a 5-member board"); further on the noun is another's ("three rehearsals as a guest"). Set by hand (stop 41).
     */
    static final int PEOPLE_DISTANCE = 2;
    /**
     * Content words of an identity question within which a noun for people says a person is asked for: "name" and
     * "person" of "what's the name of the person who…", not the "workers" of "which country had workers…" (set by
     * hand, stop 47).
     */
    static final int PERSON_ASKED_TERMS = 2;

    /** A figure that is a sum of money or a share ("£20", "€5", "10%"), which counts no one. */
    private static final Pattern MONEY_OR_SHARE = Pattern.compile("[\\p{Sc}%]");
    /** A count in figures and nothing else ("5", "300"). */
    private static final Pattern BARE_COUNT = Pattern.compile("\\d{1,6}");
    /** A word of a sentence for {@link #holdsSlot}: what stands between spaces, commas, semicolons, colons and brackets. */
    private static final Pattern WORD = Pattern.compile("[^\\s,;:()]+");
    /** The colon that ends a table cell's label ("Members: 180"), a space or the end after it; not "18:00". */
    private static final Pattern LABEL_END = Pattern.compile(":(?=[\\s\\u00a0\\u202f]|$)");
    /** A word of a sentence as written between spaces, for the names it holds ({@link #holdsSlot}). */
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    /**
     * A number or letter that labels a part of a document, after its label ("Section 4.2", "Section 4(b)", "Part B",
     * "Part III", "Clause (c)"), with the punctuation that may follow it.
     */
    private static final Pattern OUTLINE_NUMBER = Pattern.compile("""
            \\(? (?: \\d+ (?: \\.\\d+ )* \\p{L}? (?: \\( \\p{Alnum}{1,4} \\) )*   # 4, 4.2, 12a, 4(b)
                 | \\p{Lu}{1,4}                                               # B, III
                 | \\p{Ll} ) \\)? [.,;:)]*                                      # (c)
            """, Pattern.COMMENTS);
    /** Punctuation after a word that ends a run of capitalised words: "at the Sprout Patch, the garden". */
    private static final Pattern RUN_ENDS = Pattern.compile("[,;:.!?)]$");
    /**
     * A figure paired with itself by a preposition, which counts no one: "one-to-one", "1-on-1", "two-by-two"
     * (not a range or a ratio: "5-to-7 players", "one-to-eight").
     */
    private static final Pattern PAIRING = Pattern.compile("""
            (?i) ( \\d+ | [\\p{L}]+ )     # a figure
            - (?: to | on | by ) -            # paired by "to", "on" or "by"
            \\1 [.!?]?                       # with itself
            """, Pattern.COMMENTS);

    /** A dotted number without a final stop ("8.4", "12.50"): a clause number or an amount. */
    private static final Pattern DOTTED_NUMBER = Pattern.compile("\\d+(?:\\.\\d+)+");
    /** A capitalised word: a capital, then a lower-case letter ("Livestock", not "GBP" or "PM"). */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}");

    /** {@link Lexicon#AGE_PHRASES} by side, each phrase as its words, split once. */
    private static final Map<String, List<String[]>> AGE_WORDS = ageWords();

    /** {@link Lexicon#IRREGULAR_PLURALS} as stems: "peopl" to "person". */
    private static final Map<String, String> SINGULAR_STEMS = singularStems();

    /** {@link Lexicon#PEOPLE_WORDS} as singular stems: "how many" counting one of them counts people in general. */
    private static final Set<String> PEOPLE_STEMS = singularStems(Lexicon.PEOPLE_WORDS);

    private final WordMatcher matcher;

    Evidence(WordEmbeddings embeddings) {
        this.matcher = new WordMatcher(embeddings);
    }

    /**
     * What one answer measures its sentences with: the candidates' facts, and the cosines of the
     * question's words (names left out) with the candidates' words.
     */
    Measure measure(ReadQuestion q, List<Candidate> candidates, WordVectors store) {
        List<PassageFacts> facts = new ArrayList<>(candidates.size());
        Set<String> candidateWords = new LinkedHashSet<>();
        for (Candidate c : candidates) {
            PassageFacts f = PassageFacts.of(c.passage().passage());
            facts.add(f);
            candidateWords.addAll(f.words);
            f.sentenceWords.forEach(candidateWords::addAll);
        }
        Set<String> questionWords = new LinkedHashSet<>();
        Map<String, String> forms = new HashMap<>();
        for (QueryTerm t : q.terms()) {
            if (!t.name()) {
                questionWords.add(t.word());
                askedForm(t).ifPresent(form -> forms.put(t.word(), form));
            }
        }
        return new Measure(facts, matcher.table(questionWords, forms, candidateWords, store));
    }

    /** The candidates' facts, in candidate order, and the answer's table of word cosines. */
    /**
     * The asker's own form of a word read as another form of a documents' word ("kids" as "kid": same stem), whose
     * meaning the embedding may know better; empty for a typo's correction, a same-meaning word or an expansion.
     */
    static Optional<String> askedForm(QueryTerm t) {
        String asked = t.asked().toLowerCase(Locale.ROOT);
        return t.corrected() && !t.meaning() && !asked.equals(t.word()) && asked.chars().allMatch(Character::isLetter)
                && Terms.of(asked).equals(Terms.of(t.word())) ? Optional.of(asked) : Optional.empty();
    }

    record Measure(List<PassageFacts> facts, WordMatcher.Table words) {
    }

    /** The features of every sentence of the candidates, in candidate and sentence order. */
    List<RankedSentence> sentences(ReadQuestion q, float[] vector, List<Candidate> candidates, Measure m) {
        List<RankedSentence> out = new ArrayList<>();
        if (candidates.isEmpty()) {
            return out;
        }
        float topFused = Math.max(1e-6f, candidates.get(0).fused());
        float topBm25 = 1e-6f;
        for (Candidate c : candidates) {
            topBm25 = Math.max(topBm25, c.bm25());
        }
        float bestCosine = -1;
        List<float[]> cosines = new ArrayList<>();
        for (Candidate c : candidates) {
            int n = c.passage().passage().sentences().size();
            float[] cos = new float[n];
            for (int i = 0; i < n; i++) {
                cos[i] = c.passage().sentenceVectors().cosine(i, vector);
                bestCosine = Math.max(bestCosine, cos[i]);
            }
            cosines.add(cos);
        }
        List<String> questionStems = q.terms().stream().map(QueryTerm::stem).toList();
        boolean expects = q.expects() != AnswerKind.ANY;
        boolean slotAsked = asksSlot(q);
        for (int rank = 0; rank < candidates.size(); rank++) {
            Candidate c = candidates.get(rank);
            Passage p = c.passage().passage();
            PassageFacts facts = m.facts().get(rank);
            float passageCover = cover(q, facts.stems, facts.context, facts.title, m.words().columns(facts.words), m.words());
            float[] cos = cosines.get(rank);
            float passageCosine = max(cos);
            int first = out.size();
            for (int i = 0; i < cos.length; i++) {
                String sentence = p.sentence(i);
                List<String> stems = facts.sentenceStems.get(i);
                Set<String> distinct = facts.sentenceStemSets.get(i);
                int[] words = m.words().columns(facts.sentenceWords.get(i));
                double[] f = new double[SentenceFeature.COUNT];
                f[SentenceFeature.COVER.ordinal()] = cover(q, distinct, Set.of(), facts.title, words, m.words());
                f[SentenceFeature.COVER_CONTEXT.ordinal()] = cover(q, distinct, facts.context, facts.title, words, m.words());
                f[SentenceFeature.COVER_PASSAGE.ordinal()] = passageCover;
                f[SentenceFeature.PHRASE.ordinal()] = phrase(questionStems, stems);
                f[SentenceFeature.COSINE.ordinal()] = cos[i];
                f[SentenceFeature.COSINE_GAP.ordinal()] = cos[i] - bestCosine;
                f[SentenceFeature.PASSAGE_COSINE.ordinal()] = passageCosine;
                f[SentenceFeature.FUSED.ordinal()] = c.fused() / topFused;
                f[SentenceFeature.BM25.ordinal()] = c.bm25() / topBm25;
                f[SentenceFeature.RANK.ordinal()] = 1.0 / (1 + rank);
                boolean holds = expects && holdsKind(q, sentence);
                f[SentenceFeature.KIND.ordinal()] = holds ? 1 : 0;
                f[SentenceFeature.KIND_MISSING.ordinal()] = expects && !holds ? 1 : 0;
                f[SentenceFeature.FIGURE.ordinal()] = figureMatch(q, sentence) ? 1 : 0;
                boolean slot = slotAsked && holdsSlot(q, sentence, stems,
                        alike(q, facts.sentenceWords.get(i), m.words()));
                f[SentenceFeature.SLOT.ordinal()] = slot ? 1 : 0;
                f[SentenceFeature.SLOT_MISSING.ordinal()] = slotAsked && !slot ? 1 : 0;
                f[SentenceFeature.SOFT_COVER.ordinal()] = softCover(q, facts.sentenceWords.get(i), words, m.words());
                f[SentenceFeature.HEADING.ordinal()] = isHeading(p, i) ? 1 : 0;
                int length = facts.sentenceLengths[i];
                f[SentenceFeature.SHORT.ordinal()] = length < SHORT_WORDS ? 1 : 0;
                f[SentenceFeature.LENGTH.ordinal()] = Math.min(1.0, (double) length / LONG_WORDS);
                f[SentenceFeature.FIRST.ordinal()] = i == 0 ? 1 : 0;
                out.add(new RankedSentence(c, rank, i, f, 0));
            }
            int cover = SentenceFeature.COVER.ordinal();
            for (int i = 0; i < cos.length; i++) {
                double before = i > 0 ? out.get(first + i - 1).features()[cover] : 0;
                double after = i + 1 < cos.length ? out.get(first + i + 1).features()[cover] : 0;
                out.get(first + i).features()[SentenceFeature.NEIGHBOUR.ordinal()] = Math.max(before, after);
            }
        }
        return out;
    }

    /**
     * The question's features against its sentences ranked best first (non-empty) and those the answer would
     * quote ({@code answer}: the best, its companions and the sentences they bring).
     */
    double[] question(ReadQuestion q, List<RankedSentence> ranked, List<RankedSentence> answer, double bestLogit,
                      Measure m) {
        RankedSentence best = ranked.get(0);
        double[] f = new double[QuestionFeature.COUNT];
        f[QuestionFeature.BEST_LOGIT.ordinal()] = bestLogit;
        f[QuestionFeature.BEST_COVER.ordinal()] = best.features()[SentenceFeature.COVER_CONTEXT.ordinal()];
        f[QuestionFeature.BEST_PASSAGE_COVER.ordinal()] = best.features()[SentenceFeature.COVER_PASSAGE.ordinal()];
        f[QuestionFeature.BEST_COSINE.ordinal()] = best.features()[SentenceFeature.COSINE.ordinal()];
        float total = Math.max(1e-6f, q.totalWeight());
        PassageFacts facts = m.facts().get(best.rank());
        Set<String> present = facts.allStems;
        int[] words = m.words().columns(facts.words);
        double unknown = 0;
        double unknownLoose = 0;
        double unknownMax = 0;
        double missing = 0;
        double missingLoose = 0;
        double missingMax = 0;
        boolean unknownName = false;
        for (QueryTerm t : q.terms()) {
            double share = t.weight() / total;
            boolean unknownWord = !t.known() && !t.corrected() && !Figures.isFigure(t.word());
            boolean absent = !t.in(present) && !Figures.isFigure(t.word());
            // a word with a same-meaning word in the best passage ("tour" there: "trip") is neither unknown nor
            // missing, nor is "minimum" beside "aged 16 or over"; measured only for a word that is one or the other
            boolean echoed = (unknownWord || absent) && (!t.name() && m.words().credit(t.word(), words) >= SYNONYM_MIN
                    || statesBound(t.word(), best.passage().text()));
            if (unknownWord && !echoed) {
                if (t.focus()) {
                    unknown += share;
                    unknownMax = Math.max(unknownMax, share);
                } else {
                    unknownLoose += share;
                }
                unknownName |= t.name();
            }
            if (absent && !echoed) {
                if (t.focus()) {
                    missing += share;
                    missingMax = Math.max(missingMax, share);
                } else {
                    missingLoose += share;
                }
            }
        }
        f[QuestionFeature.UNKNOWN.ordinal()] = unknown;
        f[QuestionFeature.UNKNOWN_LOOSE.ordinal()] = unknownLoose;
        f[QuestionFeature.MISSING_LOOSE.ordinal()] = missingLoose;
        f[QuestionFeature.UNKNOWN_MAX.ordinal()] = unknownMax;
        f[QuestionFeature.MISSING.ordinal()] = missing;
        f[QuestionFeature.MISSING_MAX.ordinal()] = missingMax;
        boolean expects = q.expects() != AnswerKind.ANY;
        // The kind asked for is looked for where the answer would have it. A figure ("how many") or an amount ("how
        // much": a figure or no charge, AnswerKind.AMOUNT; fitted when it was a figure only) in the
        // best sentence, where the counted thing is: 498 / 225 -> 498 / 228 of 656 / 311 tuning questions against
        // any of the best 3 (2026-12-02). Any other kind in the sentences the answer would quote ("how long…" is
        // not answered by a quote without a duration): 606 / 263 -> 606 / 267 of 796 / 371 against any of the best
        // 3 (stop 23); in the best sentence alone it lost hits (a duration 498 -> 495, a time 496, a place 495), as
        // the sentence next to the best, which the answer quotes, often holds them. What "how many" counts is
        // looked for in the best sentence alone (SLOT_MISSING): 219 -> 226 right abstentions of 311, same 488 hits.
        boolean figure = q.expects() == AnswerKind.FIGURE || q.expects() == AnswerKind.AMOUNT;
        boolean held = figure ? holdsKind(q, best.text()) : answer.stream().anyMatch(s -> holdsKind(q, s.text()));
        f[QuestionFeature.KIND_MISSING.ordinal()] = expects && !held ? 1 : 0;
        f[QuestionFeature.UNKNOWN_NAME.ordinal()] = unknownName ? 1 : 0;
        f[QuestionFeature.SLOT_MISSING.ordinal()] = best.features()[SentenceFeature.SLOT_MISSING.ordinal()] > 0
                && !listHoldsSlot(q, best, ranked) ? 1 : 0;
        f[QuestionFeature.FIGURE.ordinal()] = ranked.stream().limit(FIGURE_SENTENCES)
                .anyMatch(s -> s.features()[SentenceFeature.FIGURE.ordinal()] > 0) ? 1 : 0;
        f[QuestionFeature.BEST_SOFT_COVER.ordinal()] = best.features()[SentenceFeature.SOFT_COVER.ordinal()];
        f[QuestionFeature.INVERSE_TERMS.ordinal()] = 1.0 / Math.max(1, q.terms().size());
        return f;
    }

    /**
     * Whether {@code best} announces a list ("Currently the list of people we contact is:") whose first item, the
     * passage's next sentence, holds what the question asks for in particular: the answer quotes the items after it.
     * Where the question asks how things stand now, the announcing sentence may be the one that says it.
     */
    static boolean listHoldsSlot(ReadQuestion q, RankedSentence best, List<RankedSentence> ranked) {
        if (!Sentences.announces(best.text())) {
            return false;
        }
        boolean stated = PresentTime.stated(best.text());
        return ranked.stream().filter(s -> s.candidate() == best.candidate() && s.index() == best.index() + 1)
                .anyMatch(s -> s.features()[SentenceFeature.SLOT.ordinal()] > 0 || stated && holdsSlot(q, s.text(),
                        PassageFacts.of(s.passage()).sentenceStems.get(s.index()), Set.of(), true));
    }

    /**
     * Weighted share of the question's terms present in {@code stems} (fully), in {@code context} (at
     * {@link #CONTEXT_CREDIT}) or through a same-meaning word among the candidate words at {@code words};
     * a follow-up's earlier terms count at {@link #FOLLOW_UP_CREDIT}, literally only.
     */
    static float cover(ReadQuestion q, Set<String> stems, Set<String> context, Set<String> title, int[] words,
            WordMatcher.Table table) {
        float total = 0;
        float got = 0;
        for (QueryTerm t : q.terms()) {
            total += t.weight();
            float c = t.in(stems) || t.in(title) ? 1f
                    : t.in(context) ? CONTEXT_CREDIT : 0f;
            if (c < SYNONYM_CREDIT && !t.name()) {
                float same = table.credit(t.word(), words);
                if (same >= SYNONYM_MIN) {
                    c = Math.max(c, SYNONYM_CREDIT * same);
                }
            }
            got += t.weight() * c;
        }
        for (QueryTerm t : q.context()) {
            total += FOLLOW_UP_CREDIT * t.weight();
            got += FOLLOW_UP_CREDIT * t.weight()
                    * (t.in(stems) || t.in(title) || t.in(context) ? 1 : 0);
        }
        return total == 0 ? 0 : got / total;
    }

    /**
     * Weighted mean of each question word's best cosine with a word of the sentence ({@code words}, at
     * {@code at} in the table; names: literal only).
     */
    static float softCover(ReadQuestion q, List<String> words, int[] at, WordMatcher.Table table) {
        float total = 0;
        float got = 0;
        for (QueryTerm t : q.terms()) {
            total += t.weight();
            got += t.weight() * (t.name() ? (words.contains(t.word()) ? 1 : 0) : Math.max(0, table.similarity(t.word(), at)));
        }
        return total == 0 ? 0 : got / total;
    }

    /**
     * True when the text holds the counted noun: a table cell's column name ("Points earned: 1,500"), a
     * figure's own compound ("a 5-person committee", "a 30-day notice") or a word near the figure.
     */
    private static boolean counts(String text, String counted) {
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty() && Terms.of(w).stream().anyMatch(stem -> singular(stem).equals(counted))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code words[i]} of {@code text} is a figure that may count something: in the text's body (not a list
     * marker), not a reference to a part of the document ("Section 4"), not a pairing ("1:1"), not a conjunction ("Once
     * you've claimed a ticket"), not within {@code uncounted} (a time of day such as "18:00", whose minutes are read as
     * a figure of their own, and, unless the question asks for one, a sum of money: {@link AnswerKind#uncounted}),
     * and, unless "how many" counts a unit of time ({@code time}), not a date, a time of day, a length of time or
     * someone's age.
     */
    private static boolean countingFigure(String text, String[] words, List<int[]> spans, int i, int body,
                                          String counted, boolean time, List<int[]> uncounted) {
        int start = spans.get(i)[0];
        int end = spans.get(i)[1];
        return Figures.any(words[i]) && end > body && !reference(words, i)
                && !PAIRING.matcher(words[i]).matches() && !conjunction(text, words, start, body, i)
                && uncounted.stream().noneMatch(u -> u[0] < end && u[1] > start)
                && (time || !AnswerKind.dateOrClock(text, start, end) && !duration(words, i, counted)
                && !age(words, i, counted));
    }

    /**
     * Whether {@code words[i]}, starting at {@code start}, is a word of times ({@link Lexicon#MULTIPLICATIVES}) used as
     * a conjunction: opening its clause (the sentence's body, or after a comma, a semicolon or a colon) and not saying
     * how often, as "Twice a year, …" and "once per member" do (a determiner, "per" or a figure after it).
     */
    private static boolean conjunction(String text, String[] words, int start, int body, int i) {
        if (!Lexicon.MULTIPLICATIVES.contains(lower(words[i]))) {
            return false;
        }
        String next = i + 1 < words.length ? lower(words[i + 1]) : "";
        if (Lexicon.DETERMINERS.contains(next) || next.equals("per") || Figures.any(next)) {
            return false;
        }
        String before = text.substring(Math.min(body, start), start).strip();
        return before.isEmpty() || ",;:".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    /** The words of {@code text} ({@link #WORD}), their spans added to {@code spans}, read once for the figure checks. */
    private static String[] words(String text, List<int[]> spans) {
        List<String> tokens = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            tokens.add(word.group());
            spans.add(new int[] {word.start(), word.end()});
        }
        return tokens.toArray(String[]::new);
    }

    /**
     * Whether {@code text}, a table cell's value, holds a figure that may count something ({@link #countingFigure});
     * {@code sumsCount}: whether a sum of money may.
     */
    private static boolean holdsCount(String text, String counted, boolean time, boolean sumsCount) {
        List<int[]> spans = new ArrayList<>();
        String[] words = words(text, spans);
        List<int[]> uncounted = AnswerKind.uncounted(text, sumsCount);
        for (int i = 0; i < words.length; i++) {
            if (countingFigure(text, words, spans, i, 0, counted, time, uncounted)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the figure {@code words[i]} is a length of time ("2 hours", "48-hour"), which counts no thing, unless
     * the counted noun follows it ("3 day passes", "3 day-passes").
     */
    private static boolean duration(String[] words, int i, String counted) {
        boolean before = i + 1 < words.length && counts(words[i + 1], counted)
                || i + 2 < words.length && counts(words[i + 2], counted);
        return !before && Figures.anyDuration(words[i] + (i + 1 < words.length ? " " + words[i + 1] : ""));
    }

    /**
     * Whether the figure {@code words[i]} is someone's age ("aged 14", "the age of 16", "16 or over", "a
     * 16-year-old", "members under 18" where no content word follows, or the second of "aged 16 and 17"), which
     * counts no one ({@link Lexicon#AGE_PHRASES}), unless the counted noun follows it ("over 2000 members").
     */
    private static boolean age(String[] words, int i, String counted) {
        if (i + 1 < words.length && counts(words[i + 1], counted) || i + 2 < words.length && counts(words[i + 2], counted)) {
            return false; // "over 2000 members" counts them
        }
        String word = lower(words[i]);
        if (word.endsWith("-year-old") || word.endsWith("-years-old")) {
            return true;
        }
        for (String[] before : AGE_WORDS.getOrDefault("before", List.of())) {
            if (phraseAt(words, i - before.length, before)) {
                return true;
            }
        }
        // the sentence's verb may follow the age: "members under 18 are…", "children under 16 cannot become…"
        String next = i + 1 < words.length ? lower(words[i + 1]) : "";
        boolean bare = next.isEmpty() || Lexicon.STOP_WORDS.contains(next) || Lexicon.NEGATIONS.contains(next);
        for (String[] alone : AGE_WORDS.getOrDefault("alone", List.of())) {
            if (bare && phraseAt(words, i - alone.length, alone)) {
                return true;
            }
        }
        for (String[] after : AGE_WORDS.getOrDefault("after", List.of())) {
            if (phraseAt(words, i + 1, after)) {
                return true;
            }
        }
        return i >= 2 && Lexicon.AGE_PHRASES.getOrDefault("range", List.of()).contains(lower(words[i - 1]))
                && Figures.any(words[i - 2]) && age(words, i - 2, counted);
    }

    /** Whether the figure {@code words[i]} numbers a part of the outline ("section 2.6", "Article 4"), which counts nothing. */
    private static boolean reference(String[] words, int i) {
        return i > 0 && Lexicon.OUTLINE_LABELS.contains(lower(words[i - 1]));
    }

    /** Whether the words from {@code from} on read the phrase {@code parts} (lower case, stops and quotes aside). */
    private static boolean phraseAt(String[] words, int from, String[] parts) {
        if (from < 0 || from + parts.length > words.length) {
            return false;
        }
        for (int k = 0; k < parts.length; k++) {
            if (!lower(words[from + k]).equals(parts[k])) {
                return false;
            }
        }
        return true;
    }

    /** A word in lower case without the stops, quotes and brackets around it. */
    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}\\d]+|[^\\p{L}\\d]+$", "");
    }

    /** The stem of an irregular plural's singular ("peopl" -> "person"), or the stem itself. */
    private static String singular(String stem) {
        return SINGULAR_STEMS.getOrDefault(stem, stem);
    }

    private static Set<String> singularStems(Set<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) {
            Terms.of(w).forEach(stem -> out.add(singular(stem)));
        }
        return Set.copyOf(out);
    }

    /** Marks before a word's first letter and after its last: the quote, bracket or comma a token keeps. */
    private static final Pattern EDGE_MARKS = Pattern.compile("^[^\\p{L}]+|[^\\p{L}]+$");

    /** {@code token} without {@link #EDGE_MARKS}: "(Members," reads "Members"; compiled once, as it runs per token. */
    private static String bare(String token) {
        return EDGE_MARKS.matcher(token).replaceAll("");
    }

    /**
     * Whether {@code word} is a noun for people ({@link Lexicon#PERSON_NOUNS}, {@link Lexicon#PEOPLE_WORDS}), by its
     * spelling in the singular, not its stem: "offices" is no "officer", "reviews" no "reviewer".
     */
    private static boolean namesPeople(String word) {
        String w = bare(word).toLowerCase(Locale.ROOT);
        return Lexicon.singulars(w).stream()
                .anyMatch(s -> Lexicon.PERSON_NOUNS.contains(s) || Lexicon.PEOPLE_WORDS.contains(s));
    }

    /**
     * Whether the figure {@code words[i]} counts the people {@code near}, the word {@code j - i} words after it (or the
     * figure's own hyphenated noun), names: a bare count ("5 members", "300 full members", "a 5-member board"), not a
     * sum of money ("£20 per member") nor a rate, and with no function word between ("3 rehearsals as a guest").
     */
    private static boolean countsPeople(String[] words, int i, int j, String near) {
        if (j < i || j - i > PEOPLE_DISTANCE || MONEY_OR_SHARE.matcher(words[i]).find()
                || i > 0 && Lexicon.CURRENCY_CODES.containsKey(words[i - 1].toUpperCase(Locale.ROOT))) {
            return false;
        }
        for (int k = i + 1; k < j; k++) {
            if (Lexicon.STOP_WORDS.contains(words[k].toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return namesPeople(near);
    }

    /**
     * Whether a table cell counts people in general: its column names only people ("Members", "Trustees") and its
     * value is a bare count ("5"), not a fee, an age or a stay ("Fee per member: £20", "Minimum age of players: 16").
     */
    private static boolean countsPeopleCell(String column, String value) {
        List<String> named = Arrays.stream(column.toLowerCase(Locale.ROOT).split("[^\\p{L}-]+"))
                .filter(w -> !w.isEmpty() && !Lexicon.STOP_WORDS.contains(w)).toList();
        String v = value.strip().replaceAll("[.]$", "").toLowerCase(Locale.ROOT);
        return !named.isEmpty() && named.stream().allMatch(Evidence::namesPeople)
                && (BARE_COUNT.matcher(v).matches() || Lexicon.NUMBER_WORDS.containsKey(v));
    }

    private static Map<String, List<String[]>> ageWords() {
        Map<String, List<String[]>> out = new HashMap<>();
        Lexicon.AGE_PHRASES.forEach((side, phrases) -> out.put(side,
                phrases.stream().map(phrase -> phrase.split(" ")).toList()));
        return Map.copyOf(out);
    }

    private static Map<String, String> singularStems() {
        Map<String, String> out = new HashMap<>();
        Lexicon.IRREGULAR_PLURALS.forEach((plural, single) -> Terms.of(plural).forEach(
                stem -> out.put(stem, Terms.of(single).get(0))));
        return Map.copyOf(out);
    }

    /**
     * Whether the question asks for one particular thing: what "how many" counts, who someone is, who
     * holds a place now ("who's on the council rn": {@link #asksPresent}), or the date of this year's or the next
     * occasion ("when is the next open day?").
     */
    static boolean asksSlot(ReadQuestion q) {
        return q.counted() != null || q.identity() || asksPresent(q) && (q.type() == QuestionType.WHO || asksDate(q));
    }

    /** Whether the question asks when something happens: a date or an occasion ("when is…", "what date…"). */
    private static boolean asksDate(ReadQuestion q) {
        return q.type() == QuestionType.WHEN || q.type() == QuestionType.OCCASION;
    }


    /**
     * Whether the question asks for a person: "who…", or the name of a noun for people ("the name of the person who
     * runs the club", "what's the treasurer's name", "whats the name of the sqlite founder": {@link
     * ReadQuestion#named}; else among its first terms), not a place ("which country had government workers…") nor a
     * thing ("the name of the newsletter for parents").
     */
    static boolean asksPerson(ReadQuestion q) {
        return q.type() == QuestionType.WHO || q.identity() && q.type() != QuestionType.WHERE
                && (q.named() != null ? namesPeople(q.named())
                : q.terms().stream().limit(PERSON_ASKED_TERMS).anyMatch(t -> !t.name() && namesPeople(t.asked())));
    }

    /**
     * Whether the question asks how things stand now ("who is the current chair?", "how many members does it
     * have right now?", "when is the AGM this year?"), which only a sentence that says how they stand answers
     * ({@link PresentTime#stated}); a count of time units ("how many days do I currently have to appeal?") asks for a
     * rule, not a state.
     */
    static boolean asksPresent(ReadQuestion q) {
        return q.present() && (q.type() == QuestionType.WHO || q.identity() || q.counted() != null && !countsTime(q)
                || asksDate(q));
    }

    /** Whether "how many" counts a unit of time ("how many days"), as the question wrote it. */
    private static boolean countsTime(ReadQuestion q) {
        String counted = singular(q.counted());
        return Lexicon.TIME_UNITS.containsKey(counted) || q.terms().stream()
                .anyMatch(t -> singular(t.stem()).equals(counted) && Lexicon.TIME_UNITS.containsKey(t.word()));
    }

    /**
     * Whether the sentence holds what the question asks for in particular: a figure within
     * {@link #SLOT_DISTANCE} words of the noun "how many" counts (not a date's, a time of day's or a length of
     * time's, unless "how many" counts a unit of time), for "who is…", a capitalised
     * word (not the sentence's first) that the question does not hold, and for the date of this year's or the next
     * occasion, a date; where the question asks how things stand now, in a sentence that says how they stand.
     */
    static boolean holdsSlot(ReadQuestion q, String sentence, List<String> stems) {
        return holdsSlot(q, sentence, stems, Set.of());
    }

    /**
     * Whether the sentence's {@code stems} hold at least {@link #OCCASION_SHARE} of the weight of the question's focus
     * words that name the occasion, names among them ("the next AGM"), not the words that date it ("next", "this
     * year": {@link QuestionReader#marksOccasion}); a question whose every word dates ("when does the next season
     * start?") is named by any sentence.
     */
    private static boolean namesOccasion(ReadQuestion q, List<String> stems) {
        Set<String> held = new HashSet<>(stems);
        double all = 0;
        double in = 0;
        for (QueryTerm t : q.terms()) {
            if (t.focus() && !QuestionReader.marksOccasion(t.word())) {
                all += t.weight();
                in += t.in(held) ? t.weight() : 0;
            }
        }
        return all == 0 || in >= all * OCCASION_SHARE;
    }

    /**
     * The sentence's words of the same meaning as the noun "how many" counts (word-embedding credit of at
     * least {@link #SYNONYM_MIN}, the bar a question word meets to count as held): "how many politicians"
     * is counted by "dozens of senior policymakers". Empty when nothing is counted.
     */
    static Set<String> alike(ReadQuestion q, List<String> sentenceWords, WordMatcher.Table table) {
        if (q.counted() == null) {
            return Set.of();
        }
        String counted = singular(q.counted());
        QueryTerm term = q.terms().stream().filter(t -> !t.name() && singular(t.stem()).equals(counted)).findFirst()
                .orElse(null);
        if (term == null || Lexicon.TIME_UNITS.containsKey(term.word()) || Lexicon.TIME_UNITS.containsKey(counted)) {
            return Set.of(); // a unit is counted in itself: "weeks" is no count of days
        }
        Set<String> out = new HashSet<>();
        for (String w : sentenceWords) {
            if (table.credit(term.word(), table.columns(List.of(w))) >= SYNONYM_MIN) {
                out.add(w);
            }
        }
        return out;
    }

    /** As above, with {@code alike}: words of the sentence that count as the counted noun ({@link #alike}). */
    static boolean holdsSlot(ReadQuestion q, String sentence, List<String> stems, Set<String> alike) {
        return holdsSlot(q, sentence, stems, alike, false);
    }

    /**
     * As above; {@code statedBefore}: the sentence before says how things stand ("Currently the members are:"), so
     * this one, an item of its list, need not say it again.
     */
    private static boolean holdsSlot(ReadQuestion q, String sentence, List<String> stems, Set<String> alike,
                                     boolean statedBefore) {
        boolean stated = statedBefore || PresentTime.stated(sentence);
        if (asksDate(q) && q.counted() == null && !q.identity()) {
            // the date of this year's or the next occasion: stated as it stands, or a date it recurs on ("socials are
            // on the first Friday of each month"), not the window a rule sets ("within six months of the year end");
            // a recurring date answers only where its sentence names the occasion asked about: "kit is checked on
            // the first Monday of each month" dates no open night
            return holdsKind(q, sentence) && (stated || AnswerKind.FREQUENCY.in(sentence) && namesOccasion(q, stems));
        }
        if (asksPresent(q) && !stated) {
            return false;
        }
        if (q.counted() != null) {
            String counted = singular(q.counted());
            // "how many people" is counted by any noun for people: "five members", "three trustees"
            boolean people = PEOPLE_STEMS.contains(counted);
            boolean time = countsTime(q);
            boolean amount = q.expects() == AnswerKind.AMOUNT; // "how much leave": "Annual leave: 28 days" answers
            // a sum of money counts nothing for "how many" (a count) but the money itself ("how many pounds"); it is
            // what "how much rent" asks, after an if-clause too ("if I donate £10 how much extra do you get")
            boolean sumsCount = q.type() != QuestionType.COUNT || Lexicon.MONEY_UNITS.contains(counted);
            for (String cell : sentence.split(";")) {
                // a row's cell counts what its label names: "Members: 180", not "Entry forms: 1 year after the show";
                // a label ends at a colon a space follows, as ingest writes rows: "Members meet at 18:00" has none
                Matcher label = LABEL_END.matcher(cell);
                int colon = label.find() ? label.start() : -1;
                String value = cell.substring(colon + 1);
                if (colon > 0 && (amount ? Figures.any(value) : holdsCount(value, counted, time, sumsCount))
                        && (counts(cell.substring(0, colon), counted)
                        || people && countsPeopleCell(cell.substring(0, colon), value))) {
                    return true;
                }
            }
            List<int[]> spans = new ArrayList<>();
            String[] words = words(sentence, spans);
            int body = ListMarkers.bodyStart(sentence, 0, sentence.length());
            List<int[]> uncounted = AnswerKind.uncounted(sentence, sumsCount);
            for (int i = 0; i < words.length; i++) {
                if (!countingFigure(sentence, words, spans, i, body, counted, time, uncounted)) {
                    continue;
                }
                for (int j = Math.max(0, i - SLOT_DISTANCE); j < Math.min(words.length, i + SLOT_DISTANCE + 1); j++) {
                    String near = j != i ? words[j] : words[i].replaceFirst("^[^-]*-", "");
                    if (counts(near, counted) || people && countsPeople(words, i, j, near)
                            || alike.contains(near.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", ""))) {
                        return true;
                    }
                }
            }
            // "how much rent" is answered without a figure too: "Volunteers pay no rent", "the deposit is paid in full"
            for (int j = 0; j < words.length && q.expects() == AnswerKind.AMOUNT; j++) {
                if (counts(words[j], counted) && AnswerKind.MONEY.in(sentence.substring(
                        spans.get(Math.max(0, j - SLOT_DISTANCE))[0],
                        spans.get(Math.min(words.length - 1, j + SLOT_DISTANCE))[1]))) {
                    return true;
                }
            }
            return false;
        }
        Set<String> asked = new HashSet<>();
        q.terms().forEach(t -> asked.add(t.stem()));
        // a person asked for ("who chairs…", "the name of the person who runs…") is not named by a place's name, nor
        // by a month or a weekday ("every Saturday from March to October")
        boolean person = asksPerson(q);
        List<int[]> places = person ? AnswerKind.placeNames(sentence) : List.of();
        // a run of capitalised words is one name; one that holds a word of the question names what is asked about
        // ("the Vice-Chair", "Our Saturday Garden Club" for "the saturday kids club"), not the answer, unless new
        // words follow the last word asked, as a name follows a title ("Safety Lead Priya Shah", "Coach Dan")
        // "who is the treasurer?" wants a name: "the Chair", "the Company's photographer" name a role or a body, "the
        // Discord server" a kind of thing (namesAKind); asked
        // after a body or a role of no agent form ("the technical authority", "the fix lead"), a role may answer
        boolean nameAsked = q.identity() && asksPerson(q) && q.terms().stream().anyMatch(t -> !t.name()
                && !Lexicon.AGENT_NOUNS.contains(t.word()) && (namesPeople(t.word()) || AnswerKind.agentEnding(t.word())));
        // the sentence's first word is capitalised as any first word is, after a list marker too ("(2) Two members")
        int body = ListMarkers.bodyStart(sentence, 0, sentence.length());
        Matcher token = TOKEN.matcher(sentence);
        List<String> tokens = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        while (token.find()) {
            tokens.add(token.group());
            starts.add(token.start());
        }
        // a person asked for by name in words ("what's the name of the person who runs the cafe", "names pls") is not
        // named by a run that an article or a possessive opens: "The Spool", "the Sprout Patch", "the Open vSwitch
        // community" name a thing or a body, as "the Discord server" names a kind; a name after a title still does
        // ("the Safety Lead Priya Shah", "the Club Captain Jane Smith"; below); nor by a capitalised plural for people
        boolean byName = q.nameAsked() && person;
        // in a table row a cell's label, and the first word of its value before a lower-case word, are capitalised as a
        // heading and a sentence's first word are ("Role: First aider; Required: required"), naming no one
        List<int[]> furniture = Sentences.isTableRow(sentence) ? rowFurniture(sentence) : List.of();
        boolean thing = false; // the run was opened by a determiner of things, no title since: "the Sprout Patch"
        boolean inRun = false;
        int runNew = 0;
        boolean untitled = false; // the run's new words hold one that is no title: a name, not "the Release Manager"
        String last = ""; // the run's last word but an acronym: "Council" in "the SciPy Steering Council (SSC)"
        boolean opened = false; // a determiner of things opened the run ("the SciPy…", not "Dame Margaret Court")
        for (int i = 0; i < tokens.size(); i++) {
            String w = bare(tokens.get(i));
            int at = starts.get(i);
            boolean capital = w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !Terms.of(w).isEmpty();
            if (capital) {
                boolean isAsked = Terms.of(w).stream().anyMatch(asked::contains);
                runNew = isAsked ? 0 : runNew; // only the words after the last one asked can name the answer
                untitled = !isAsked && untitled;
                // a name may follow a title: a word asked, a role, a title, an agent noun or an acronym ("the Events
                // Coordinator Jane Smith", "the Club Captain Jane Smith", "the DPO Jane Smith")
                boolean known = Lexicon.namesARole(w) || Lexicon.NAME_TITLES.contains(w.toLowerCase(Locale.ROOT));
                boolean acronym = w.equals(w.toUpperCase(Locale.ROOT));
                // a month or a weekday after the determiner dates the words after it, it does not open them as a
                // thing: "From this April Nadia Price is the Welfare Officer"
                String before = i > 0 ? bare(tokens.get(i - 1)).toLowerCase(Locale.ROOT) : "";
                boolean opens = !inRun || Lexicon.CALENDAR_WORDS.contains(before);
                opened = opens ? Lexicon.THING_DETERMINERS.contains(before) : opened;
                last = acronym ? last : w;
                boolean title = isAsked || known || AnswerKind.agentEnding(w) || acronym;
                thing = !title && (opens ? byName && opened : thing);
                if (!isAsked && at > body && !acronym && !compound(w)
                        && !outlineReference(tokens, i) && !thing
                        && furniture.stream().noneMatch(span -> span[0] <= at && at < span[1])
                        && !(person && Lexicon.CALENDAR_WORDS.contains(w.toLowerCase(Locale.ROOT))) // "from March"
                        && !(byName && plural(w) && namesPeople(w)) // a class: "open to Members and the public"
                        && !(nameAsked && (Lexicon.namesARole(w) || namesAKind(tokens, i, asked)))
                        && places.stream().noneMatch(span -> span[0] <= at && at < span[1])) {
                    runNew++;
                    // a word with an agent ending may be a name ("Brian Turner", "Peter"): only a role or a title
                    // the lexicon knows is a title here
                    untitled |= !known;
                }
            }
            inRun = capital && !RUN_ENDS.matcher(tokens.get(i)).find();
            if (!inRun) { // a lower-case word or "Patch," ends a name
                if (names(runNew, untitled, byName, opened, last)) {
                    return true;
                }
                runNew = 0;
                untitled = false;
                last = "";
            }
        }
        return names(runNew, untitled, byName, opened, last);
    }

    /**
     * Whether a run of capitalised words with {@code runNew} words not asked names someone: any such run does, but
     * where a person is asked for by name in words ({@code byName}: "who is on the security team? names pls") a run
     * of titles alone ("the Release Manager", "the Chair") names a role, not the person who holds it, and a run an
     * article or a possessive opens ({@code opened}) and a noun for a body ends ({@code last}: "the SciPy Steering
     * Council", "our Conduct Working Group"; {@link Lexicon#namesABody}) names the body, not its members; "Dame
     * Margaret Court" is a name.
     */
    private static boolean names(int runNew, boolean untitled, boolean byName, boolean opened, String last) {
        return runNew > 0 && (!byName || untitled && !(opened && Lexicon.namesABody(last)));
    }

    /**
     * Whether {@code word} reads as a plural: longer than {@link QuestionReader#PLURAL_MIN} letters, ending in "s" and
     * not in "ss" ("Members", not "Ross"); with {@link #namesPeople}, a class of people, not someone's name.
     */
    private static boolean plural(String word) {
        return word.length() > QuestionReader.PLURAL_MIN && word.endsWith("s") && !word.endsWith("ss");
    }

    /**
     * The spans of a table row ({@link Sentences#isTableRow}: "Role: Deputy Lead; Name: Appointed by the Committee")
     * that name no one: each cell's label with its colon, and the first word of a cell's value that a lower-case word
     * follows, capitalised as a sentence's first word is ("Appointed by…", "First aider"); a value of one word or a
     * run of capitalised words ("Ruth", "Mia Torres") may be a name.
     */
    private static List<int[]> rowFurniture(String row) {
        List<int[]> out = new ArrayList<>();
        int from = 0;
        while (from < row.length()) {
            int end = row.indexOf(';', from);
            end = end < 0 ? row.length() : end;
            int colon = row.indexOf(':', from);
            if (colon > from && colon < end) {
                out.add(new int[] {from, colon + 1});
                Matcher first = TOKEN.matcher(row).region(colon + 1, end);
                if (first.find()) {
                    int at = first.start();
                    int to = first.end();
                    if (first.find() && Character.isLowerCase(first.group().charAt(0))) {
                        out.add(new int[] {at, to}); // "Appointed by the Committee", not "Ruth" nor "Mia Torres"
                    }
                }
            }
            from = end + 1;
        }
        return out;
    }

    /**
     * Whether the capitalised word {@code tokens[i]} stands alone between a determiner and a lower-case noun not
     * {@code asked} about, naming the kind of a thing ("the Discord server", "a Google form", "our Zoom call"), not
     * the one asked for ("the Acme company" still answers "which company…").
     */
    private static boolean namesAKind(List<String> tokens, int i, Set<String> asked) {
        if (i == 0 || i + 1 >= tokens.size() || RUN_ENDS.matcher(tokens.get(i)).find()) {
            return false;
        }
        String before = tokens.get(i - 1).toLowerCase(Locale.ROOT);
        String after = tokens.get(i + 1).replaceAll("[^\\p{L}]+$", "");
        return Lexicon.THING_DETERMINERS.contains(before) && !after.isEmpty()
                && Character.isLowerCase(after.charAt(0))
                && !Lexicon.STOP_WORDS.contains(after) && Terms.of(after).stream().noneMatch(asked::contains);
    }

    /**
     * Whether the capitalised word {@code tokens[i]} labels a part of the document before its number ("Part B",
     * "Section 4.2", "Sections 4 and 5", "Part Two", "Appendix A": lexicon/outline-labels.txt, appendix-labels.txt and
     * number-words.txt): a reference to the text, no one's name.
     */
    private static boolean outlineReference(List<String> tokens, int i) {
        String label = bare(tokens.get(i)).toLowerCase(Locale.ROOT);
        boolean labels = Lexicon.singulars(label).stream()
                .anyMatch(s -> Lexicon.OUTLINE_LABELS.contains(s) || Lexicon.APPENDIX_LABELS.contains(s));
        if (!labels || i + 1 >= tokens.size()) {
            return false;
        }
        String next = tokens.get(i + 1);
        return OUTLINE_NUMBER.matcher(next).matches()
                || Lexicon.NUMBER_WORDS.containsKey(next.replaceAll("[^\\p{L}]+$", "").toLowerCase(Locale.ROOT));
    }

    /** Whether a capitalised word joins a lower-case part by a hyphen, as no name does: "DBS-checked", "Co-op-run". */
    private static boolean compound(String word) {
        for (String part : word.split("-")) {
            if (!part.isEmpty() && !Character.isUpperCase(part.codePointAt(0))) {
                return true;
            }
        }
        return false;
    }

    /** Share of adjacent question stems that stand within two words of each other in the sentence. */
    static float phrase(List<String> question, List<String> sentence) {
        if (question.size() < 2) {
            return 0;
        }
        int pairs = 0;
        int found = 0;
        for (int i = 0; i + 1 < question.size(); i++) {
            pairs++;
            String a = question.get(i);
            String b = question.get(i + 1);
            for (int j = 0; j < sentence.size(); j++) {
                if (!sentence.get(j).equals(a) && !sentence.get(j).equals(b)) {
                    continue;
                }
                String other = sentence.get(j).equals(a) ? b : a;
                if (j + 1 < sentence.size() && sentence.get(j + 1).equals(other)
                        || j + 2 < sentence.size() && sentence.get(j + 2).equals(other)) {
                    found++;
                    break;
                }
            }
        }
        return (float) found / pairs;
    }

    /**
     * Whether {@code sentence} holds the kind {@code q} asks for, its opening list marker or clause number left out:
     * "8.4 Livestock is carried only by prior arrangement" states no figure, and "0." or "12." no count. A dotted
     * number without a final stop before anything but a capitalised word is kept, as it is more often an amount
     * ("12.50 GBP is charged", "12.5 % of members", "7.30 PM").
     */
    static boolean holdsKind(ReadQuestion q, String sentence) {
        int body = ListMarkers.bodyStart(sentence, 0, sentence.length());
        boolean amount = DOTTED_NUMBER.matcher(sentence.substring(0, body).strip()).matches()
                && !CAPITALISED_WORD.matcher(sentence).region(body, sentence.length()).lookingAt();
        return q.expects().in(amount ? sentence : sentence.substring(body));
    }

    /** True when a figure the question states has a figure of the same unit in the sentence (durations in any unit). */
    static boolean figureMatch(ReadQuestion q, String sentence) {
        if (q.figures().isEmpty()) {
            return false;
        }
        List<Figures.Figure> written = Figures.in(sentence);
        for (Figures.Figure asked : q.figures()) {
            for (Figures.Figure w : written) {
                if (asked.isDuration() && w.isDuration()
                        || !asked.unit().isEmpty() && Terms.of(asked.unit()).equals(Terms.of(w.unit()))) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isHeading(Passage p, int index) {
        var section = p.section();
        return index == 0 && !section.isEmpty() && section.get(section.size() - 1).strip().equals(p.sentence(0).strip());
    }

    private static float max(float[] values) {
        float m = -1;
        for (float v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    private static Map<String, Pattern> bounds() {
        Map<String, Pattern> out = new HashMap<>();
        Lexicon.BOUND_PHRASES.forEach((word, phrases) -> out.put(word, Pattern.compile(
                "\\b" + Lexicon.alternation(new LinkedHashSet<>(phrases)) + "\\b", Pattern.CASE_INSENSITIVE)));
        return Map.copyOf(out);
    }

    /**
     * Whether {@code text} states the bound a question's word asks for ("the minimum age" and "aged 16 or over"):
     * 608 / 275 -> 610 / 274 of 796 / 371 tuning questions (stop 24; the one near miss now answered asks for a
     * minimum age of a role the text gives none for, beside the community's own).
     */
    static boolean statesBound(String word, String text) {
        Pattern bound = BOUNDS.get(word);
        return bound != null && bound.matcher(text).find();
    }
}
