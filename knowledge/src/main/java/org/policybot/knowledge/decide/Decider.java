package org.policybot.knowledge.decide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.QuestionType;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.text.AnswerKind;
import org.policybot.knowledge.text.PresentTime;
import org.policybot.knowledge.text.Sentences;
import org.policybot.knowledge.text.Terms;

/**
 * The one decision: which sentences answer the question (the sentence model ranks every sentence
 * of the retrieved passages) and whether the knowledge base answers it at all (the answer model,
 * over the question's features against its best sentences), with the confidence of the answer.
 * Every weight and threshold comes from {@link DecisionWeights}. Thread-safe.
 */
public final class Decider {
    /**
     * Most sentences an answer quotes by their own probability (besides neighbours and list items it completes).
     * Measured 2026-12-03 against 3: tuning sets 623 -> 635 hits of 817, held-out sets 544 -> 556 of 765, right
     * abstentions unchanged; answers 3.79 -> 4.15 sentences, median 422 characters, 90th percentile 756.
     */
    static final int MAX_SENTENCES = 4;
    /**
     * Most of those {@link #MAX_SENTENCES} from one passage: the sentences next to a chosen one join it anyway as
     * neighbours, so a third and fourth place from the best passage would only crowd out another passage's sentence,
     * often the one that answers. Measured 2026-12-04 against no limit: tuning sets 1,369 -> 1,374 hits of 1,751,
     * right abstentions unchanged (445 of 664), answers 5.15 -> 5.21 sentences.
     */
    static final int MAX_SENTENCES_PER_PASSAGE = 2;
    /**
     * How far into a sentence a pointing word still refers to the sentence before: its first three words.
     * Swept on the tuning sets (2026-12-02, 656 answerable questions): the first word only 492 hits, three 493
     * at 3.11 sentences an answer, anywhere 495 at 3.40 (longer answers buying hits).
     */
    static final int POINTING_REACH = 3;
    /**
     * Most sentences added to quote a word of the question that the chosen ones lack ({@link #coverAsked}). Set by
     * hand: one per missing word for a question about two things, so an answer grows by two sentences at most.
     */
    static final int MAX_COVERING = 2;
    /** Most items of a list brought in by a sentence that announces it. */
    static final int MAX_LIST_ITEMS = 6;

    /** A sentence that ends on a question mark. */
    private static final Pattern QUESTION_END = Pattern.compile("\\?\\s*$");

    private final Evidence evidence;
    private final DecisionWeights weights;

    public Decider(WordEmbeddings embeddings, DecisionWeights weights) {
        this.evidence = new Evidence(embeddings);
        this.weights = weights;
    }

    public Decision decide(ReadQuestion q, float[] vector, List<Candidate> candidates, Snapshot snapshot) {
        return decide(q, vector, part -> null, candidates, snapshot);
    }

    /**
     * Decides as above; {@code embedParts} embeds one of the question's parts ({@link ReadQuestion#parts}), to decide a
     * part on its own when the whole question is refused and to quote what answers each part of an answer (null: the
     * part is not looked for).
     */
    public Decision decide(ReadQuestion q, float[] vector, Function<ReadQuestion, float[]> embedParts,
                           List<Candidate> candidates, Snapshot snapshot) {
        Parts parts = new Parts(embedParts, candidates, snapshot);
        Evidence.Measure measure = evidence.measure(q, candidates, snapshot.words());
        List<RankedSentence> ranked = rank(q, vector, candidates, measure);
        if (ranked.isEmpty()) {
            return Decision.notCovered(ranked, 0, new double[0]);
        }
        RankedSentence best = ranked.get(0);
        List<RankedSentence> chosen = choose(q, ranked, snapshot);
        double[] qf = evidence.question(q, ranked, chosen, weights.sentence().logit(best.features()), measure);
        double p = LogisticModel.probability(weights.answer().logit(qf));
        Decision.Outcome outcome;
        if (answers(q, qf, chosen, p)) {
            // a rule found for everyone may not hold for a person of the asker's story the documents never name
            outcome = p >= weights.highAt() && q.terms().stream().noneMatch(QueryTerm::story)
                    ? Decision.Outcome.HIGH : Decision.Outcome.LOW;
        } else {
            PartLead lead = answeredPart(q, parts, snapshot);
            if (lead == null) {
                return Decision.notCovered(ranked, p, qf);
            }
            // one part answered, the question as a whole not: the answer may leave something out, so it says so; it
            // is written, led and checked from that part's sentences
            outcome = Decision.Outcome.LOW;
            p = lead.probability();
            ranked = lead.ranked();
            chosen = lead.chosen();
        }
        List<RankedSentence> covering = coverAsked(q, chosen, ranked, weights.companionFloor(),
                s -> PassageFacts.of(s.passage()).sentenceStemSets.get(s.index()));
        List<RankedSentence> quoted = answerParts(q, parts, covering, outcome == Decision.Outcome.HIGH);
        List<RankedSentence> closest = outcome == Decision.Outcome.LOW
                ? closest(quoted, ranked, weights.lowPassages(), s -> redundant(s, quoted)) : List.of();
        return new Decision(outcome, p, quoted, ranked, qf, closest);
    }

    /** Whether the answer model, at probability {@code p}, answers {@code q} with the {@code chosen} sentences. */
    private boolean answers(ReadQuestion q, double[] qf, List<RankedSentence> chosen, double p) {
        return p >= weights.answerAt() && !(askedMissing(q, qf, chosen) && p < weights.slotMissingAt())
                && !(asksExactValue(q) && p < weights.exactValueAt());
    }

    /**
     * Whether the question asks for one price ("how much is a harp deposit") or one time of day ("what time does
     * the bar open"): the documents hold many of both, so an unsure match quotes the figure of something else.
     */
    static boolean asksExactValue(ReadQuestion q) {
        return q.type().asksMoney() || q.type() == QuestionType.TIME_OF_DAY;
    }

    /** A part of a question with its candidate sentences ranked for it, best first. */
    private record RankedPart(ReadQuestion part, List<RankedSentence> ranked) {
    }

    /** A part of a question the knowledge base answers: its probability, its ranking and the sentences chosen. */
    private record PartLead(double probability, List<RankedSentence> ranked, List<RankedSentence> chosen) {
    }

    /**
     * The parts of one question, each embedded and ranked once over the question's candidates, whether to decide it
     * or to quote what answers it. Belongs to one {@link #decide} call.
     */
    private final class Parts {
        private final Function<ReadQuestion, float[]> embed;
        private final List<Candidate> candidates;
        private final Snapshot snapshot;
        private final Map<ReadQuestion, List<RankedSentence>> ranked = new IdentityHashMap<>();
        private final Map<ReadQuestion, Evidence.Measure> measured = new IdentityHashMap<>();

        Parts(Function<ReadQuestion, float[]> embed, List<Candidate> candidates, Snapshot snapshot) {
            this.embed = embed;
            this.candidates = candidates;
            this.snapshot = snapshot;
        }

        /** The part's candidate sentences ranked for it, best first; null when it cannot be embedded. */
        List<RankedSentence> ranked(ReadQuestion part) {
            if (!ranked.containsKey(part)) {
                float[] vector = embed.apply(part);
                ranked.put(part, vector == null ? null : rank(part, vector, candidates, measure(part)));
            }
            return ranked.get(part);
        }

        /**
         * Each part of {@code q} that has candidate sentences, with its ranking, in the question's order; null when a
         * part cannot be embedded, as then no part is looked for.
         */
        List<RankedPart> of(ReadQuestion q) {
            List<RankedPart> out = new ArrayList<>();
            for (ReadQuestion part : q.parts()) {
                List<RankedSentence> sentences = ranked(part);
                if (sentences == null) {
                    return null;
                }
                if (!sentences.isEmpty()) {
                    out.add(new RankedPart(part, sentences));
                }
            }
            return out;
        }

        Evidence.Measure measure(ReadQuestion part) {
            return measured.computeIfAbsent(part, k -> evidence.measure(k, candidates, snapshot.words()));
        }
    }

    /**
     * For a question that asks two things or more ("where do I leave my bike and how many spaces are there?") and is
     * not answered as a whole, the part the answer model answers with the highest probability, each part decided on
     * its own over the same candidates with the same weights; null when none is answered or a part cannot be
     * embedded. A member asking two things wants the one the documents hold; the other is still looked for
     * ({@link #answerParts}).
     */
    private PartLead answeredPart(ReadQuestion q, Parts parts, Snapshot snapshot) {
        List<RankedPart> ranked = parts.of(q);
        if (ranked == null) {
            return null;
        }
        PartLead lead = null;
        for (RankedPart rp : ranked) {
            ReadQuestion part = rp.part();
            List<RankedSentence> chosen = choose(part, rp.ranked(), snapshot);
            double[] qf = evidence.question(part, rp.ranked(), chosen,
                    weights.sentence().logit(rp.ranked().get(0).features()), parts.measure(part));
            double p = LogisticModel.probability(weights.answer().logit(qf));
            if (answers(part, qf, chosen, p) && (lead == null || p > lead.probability())) {
                lead = new PartLead(p, rp.ranked(), chosen);
            }
        }
        return lead;
    }

    /** Every sentence of the candidates with the sentence model's probability for {@code q}, likeliest first. */
    private List<RankedSentence> rank(ReadQuestion q, float[] vector, List<Candidate> candidates,
                                      Evidence.Measure measure) {
        List<RankedSentence> ranked = new ArrayList<>();
        for (RankedSentence s : evidence.sentences(q, vector, candidates, measure)) {
            double p = LogisticModel.probability(weights.sentence().logit(s.features()));
            ranked.add(new RankedSentence(s.candidate(), s.rank(), s.index(), s.features(), p));
        }
        ranked.sort(Comparator.comparingDouble(RankedSentence::probability).reversed()
                .thenComparingInt(RankedSentence::rank).thenComparingInt(RankedSentence::index));
        return ranked;
    }

    /**
     * For a question that asks two things or more ("how long do you take to answer, and who do I go to if I'm still
     * not happy?"), the {@code quoted} sentences and, for each part they leave out, the best sentence of the
     * candidates for that part alone, read and embedded on its own, where the answer does not quote it nor a sentence
     * that repeats it. It is quoted when at least {@link DecisionWeights#partAt} likely, else the part goes unanswered
     * rather than quote noise. A part asking one price or one time of day ({@link #asksExactValue}) is quoted only in
     * a {@code confident} answer, as it would be answered alone. Whether to answer was decided before, on the whole
     * question or one part ({@link #answeredPart}).
     */
    private List<RankedSentence> answerParts(ReadQuestion q, Parts parts, List<RankedSentence> quoted,
                                             boolean confident) {
        List<RankedPart> ranked = parts.of(q);
        if (ranked == null) {
            return quoted;
        }
        List<RankedSentence> out = new ArrayList<>(quoted);
        for (RankedPart rp : ranked) {
            RankedSentence best = rp.ranked().get(0);
            if (best.probability() >= weights.partAt() && !best.isHeading() && !redundant(best, out)
                    && (confident || !asksExactValue(rp.part()))) {
                out.add(best);
                if (pointsBack(best.text()) && best.index() > 0) {
                    addIfAbsent(out, best.completing(best.index() - 1));
                }
            }
        }
        if (out.size() > quoted.size()) {
            out.sort(answerOrder(quoted.get(0)));
        }
        return out;
    }

    /**
     * A low-confidence answer may not answer the question, so it also points to the next closest places to look:
     * the best sentence of each of {@code passageCount} passages the answer does not quote (not a heading, nor one
     * that {@code repeats} a chosen sentence), best first; a list item after the sentence that announces its list,
     * and one that points back after the sentence before it.
     */
    static List<RankedSentence> closest(List<RankedSentence> chosen, List<RankedSentence> ranked, int passageCount,
            Predicate<RankedSentence> repeats) {
        Set<String> passages = new HashSet<>();
        chosen.forEach(c -> passages.add(c.passage().id()));
        List<RankedSentence> out = new ArrayList<>();
        int count = 0;
        for (RankedSentence s : ranked) {
            if (count >= passageCount) {
                break;
            }
            if (!passages.contains(s.passage().id()) && !s.isHeading() && !repeats.test(s)) {
                passages.add(s.passage().id());
                int announcer = announcerOf(s);
                if (pointsBack(s.text()) && s.index() > 0) {
                    out.add(s.completing(s.index() - 1));
                } else if (announcer >= 0) {
                    out.add(s.completing(announcer));
                }
                out.add(s);
                count++;
            }
        }
        return out;
    }

    /**
     * Once the question is to be answered: for each word the question is about (its focus, or a word rarer than its
     * average) that no quoted sentence holds, the likeliest sentence of a quoted passage that holds it and another
     * word of the question, above the companions' floor, {@value #MAX_COVERING} at most. "how many guest passes do
     * off-peak members get?" is answered by "Full and Concession members get two passes" and, two sentences on,
     * "Junior, Youth and Off-Peak members do not get passes", which the model ranked far below the first; "Is there
     * a fee for cancelling a class?" does not bring "A late return fee of £10 applies to hired mats", which shares
     * one word with it. The decision to answer is taken before, on the sentences {@link #choose} picked, and does
     * not move.
     */
    static List<RankedSentence> coverAsked(ReadQuestion q, List<RankedSentence> chosen, List<RankedSentence> ranked,
            double floor, Function<RankedSentence, Set<String>> stems) {
        Set<String> passages = new HashSet<>();
        chosen.forEach(c -> passages.add(c.passage().id()));
        List<RankedSentence> out = new ArrayList<>(chosen);
        int added = 0;
        for (QueryTerm t : q.terms()) {
            if (added >= MAX_COVERING) {
                break;
            }
            boolean about = t.focus() || t.weight() * q.terms().size() >= q.totalWeight(); // or rarer than most
            if (!about || out.stream().anyMatch(s -> t.in(stems.apply(s)))) {
                continue;
            }
            for (RankedSentence s : ranked) {
                if (s.probability() < floor) {
                    break;
                }
                Set<String> held = stems.apply(s);
                if (passages.contains(s.passage().id()) && !s.isHeading() && !asks(s) && !isChosen(out, s)
                        && t.in(held) && q.terms().stream().filter(o -> o.in(held)).count() >= 2) {
                    out.add(s);
                    added++;
                    break;
                }
            }
        }
        if (added > 0) {
            out.sort(answerOrder(chosen.get(0)));
        }
        return out;
    }

    /** Stems of the words with which a text recommends something ("we recommend", "members are advised"). */
    private static final Set<String> RECOMMENDING_STEMS = Lexicon.RECOMMENDING_WORDS.stream()
            .flatMap(w -> Terms.of(w).stream()).collect(Collectors.toUnmodifiableSet());

    /**
     * Stems of the words of price and of paying (lexicon/price-words.txt, payment-words.txt), one of which a sentence
     * answering whether money changes hands holds.
     */
    private static final Set<String> PAYING_STEMS = Stream.concat(Lexicon.PRICE_WORDS.stream(),
            Lexicon.PAYMENT_WORDS.stream()).flatMap(w -> Terms.of(w).stream()).collect(Collectors.toUnmodifiableSet());

    /** The kinds of answer that belong to one year: a date or a time ({@link #namesAnotherYear}). */
    private static final Set<AnswerKind> YEARLY_KINDS = EnumSet.of(AnswerKind.TIME, AnswerKind.CALENDAR_DATE,
            AnswerKind.TIME_OF_DAY);
    /** Kinds whose shape the kind rules find reliably, looked for in every sentence the answer would quote. */
    private static final Set<AnswerKind> RELIABLE_KINDS = EnumSet.of(AnswerKind.DURATION, AnswerKind.FREQUENCY,
            AnswerKind.TIME_OF_DAY, AnswerKind.CALENDAR_DATE, AnswerKind.EMAIL, AnswerKind.IDENTIFIER,
            AnswerKind.WEB_ADDRESS, AnswerKind.VERSION);

    /**
     * Whether the one thing the question asks for is missing: what "how many directors" counts or the name "who
     * is the chair" asks for, from the best sentence; a length of time ("how long…"), a rate ("how often…"), a
     * time of day ("what time…"), the date of an occasion ("when is the next…"), an amount of money ("how much
     * does… cost"), an e-mail address, a web address or a number that identifies ("what's the phone number?"):
     * shapes that the kind rules find reliably, from every sentence the answer would quote; a recommendation
     * asked for ("can u recommend a good wetsuit?"), from a sentence that recommends; money asked about in a yes/no
     * question ({@link #asksAPaymentUnheld}); a physical measure ({@link #asksAMeasureUnheld}); and a year the
     * documents never name ({@link #namesAnUnheldYear}) or the answer's sentences date to another year
     * ({@link #namesAnotherYear}).
     */
    private static boolean askedMissing(ReadQuestion q, double[] qf, List<RankedSentence> chosen) {
        boolean reliable = RELIABLE_KINDS.contains(q.expects());
        return qf[QuestionFeature.SLOT_MISSING.ordinal()] > 0 || namesAnUnheldYear(q) || namesAnotherYear(q, chosen)
                || asksARecordUnheld(q, chosen)
                || asksAnEndUnheld(q, chosen) || asksAPaymentUnheld(q, chosen) || asksAMeasureUnheld(q, chosen)
                || reliable && qf[QuestionFeature.KIND_MISSING.ordinal()] > 0
                || q.type().asksMoney() && chosen.stream().noneMatch(s -> AnswerKind.MONEY.in(s.text()))
                || q.type() == QuestionType.RECOMMEND && chosen.stream().noneMatch(Decider::recommends);
    }

    /**
     * Whether the question names, as the time of what it asks about, a year the documents never name ("how much will
     * the 2027 tickets cost", "who won in 2018"; {@link ReadQuestion#years}): a year names one time, and documents
     * that never mention it do not describe what happened or will happen in it, so the question is answered only at
     * {@code slotMissing} like one whose asked thing is missing. On the tuning sets of stop 54 (3,511 answerable and
     * 1,280 out-of-scope questions) no answerable question named such a year; 19 out-of-scope ones did, three of them
     * answered before ("when do tickets for 2027 go on sale", "how much will pipcon 2027 tickets cost", "which film
     * won best picture at the oscars in 1998?").
     */
    private static boolean namesAnUnheldYear(ReadQuestion q) {
        return q.terms().stream().anyMatch(t -> !t.known() && q.years().contains(t.word()));
    }

    /**
     * Whether the question names, as the time of what it asks about, a year the answer does not speak of while it
     * tells of another year ("when is the starlight market in 2027?" against "held on Friday 4 December 2026"): the
     * best sentence dates itself to another year and nothing quoted from its passage names the year asked, or no
     * quoted sentence names it while one names another. A year named elsewhere for something else ("the fund closes
     * at the end of 2027") does not make the best sentence's occasion that year's. A span ("from 2025", "until April
     * 2028", "valid 2025 to 2027": {@link PresentTime#spansYears}) may cover the year asked, and a sentence that names
     * no year ("the AGM is held in May") may state a rule for every year: both are left to the answer model. The year
     * is one the documents name, or {@link #namesAnUnheldYear} would have caught it. Only a date, a time or a price is
     * asked so ({@link #YEARLY_KINDS}): they change from year to year, while a rule asked of a year ("are sparklers
     * allowed at the fireworks in 2026?") may hold for every year (on the held-out sets of stop 64 the rule for any
     * question lost one answerable question, asked of no date, time or price).
     */
    private static boolean namesAnotherYear(ReadQuestion q, List<RankedSentence> chosen) {
        if (q.years().isEmpty() || !YEARLY_KINDS.contains(q.expects()) && !q.type().asksMoney()
                || chosen.stream().anyMatch(s -> PresentTime.spansYears(s.text()))) {
            return false;
        }
        int bestRank = chosen.get(0).rank();
        boolean bestDated = false; // the best sentence names a year
        boolean anyDated = false; // some quoted sentence names a year
        boolean askedInBest = false; // a quoted sentence of the best's passage names the year asked
        boolean asked = false; // some quoted sentence names the year asked
        for (RankedSentence s : chosen) {
            List<String> years = PresentTime.years(s.text());
            boolean names = years.stream().anyMatch(q.years()::contains);
            bestDated |= s == chosen.get(0) && !years.isEmpty();
            anyDated |= !years.isEmpty();
            askedInBest |= names && s.rank() == bestRank;
            asked |= names;
        }
        return bestDated && !askedInBest || anyDated && !asked;
    }

    /**
     * Whether the question asks about a yearly time gone by ({@link ReadQuestion#past}: "who won the rose bowl last
     * year?", "what was the turnout in last year's elections") and no sentence the answer would quote says how things
     * stood at some time (a year, a present marker, a holder named: {@link PresentTime#stated}): a rule ("the bowl is
     * awarded for the best exhibit") records no result.
     */
    private static boolean asksARecordUnheld(ReadQuestion q, List<RankedSentence> chosen) {
        return q.past() && chosen.stream().noneMatch(s -> PresentTime.stated(s.text()));
    }

    /**
     * Whether the question asks at what time something ends ("what time do the sessions finish?", "what time does
     * the pool close?": a time of day asked with a verb of ending, lexicon/end-words.txt) and no sentence the answer
     * would quote holds a clock time that ends something ({@link AnswerKind#endsAt}): "starting at 7.30 pm" and "last
     * entry is at 22:00" say when it starts or who may come in, not when it ends.
     */
    private static boolean asksAnEndUnheld(ReadQuestion q, List<RankedSentence> chosen) {
        return q.type() == QuestionType.TIME_OF_DAY
                && q.terms().stream().anyMatch(t -> Lexicon.END_WORDS.contains(t.word()))
                && chosen.stream().noneMatch(s -> AnswerKind.endsAt(s.text()));
    }

    /**
     * Whether a yes/no question asks whether money changes hands ({@link ReadQuestion#payment}: "do directors get
     * paid?", "does the project pay bug bounties?") and no sentence the answer would quote speaks of money: neither an
     * amount nor no charge ({@link AnswerKind#MONEY}: "£50", "free", "no fee") nor a word of price or paying
     * ("Trustees are not paid", "there is no bug bounty"). A sentence on how directors are elected answers neither
     * "yes" nor "no".
     */
    private static boolean asksAPaymentUnheld(ReadQuestion q, List<RankedSentence> chosen) {
        return q.type() == QuestionType.YES_NO && q.payment() && chosen.stream().noneMatch(s -> AnswerKind.MONEY.in(
                s.text()) || PassageFacts.of(s.passage()).sentenceStemSets.get(s.index()).stream()
                .anyMatch(PAYING_STEMS::contains));
    }

    /**
     * Whether the question asks for a physical measure ({@link ReadQuestion#measure}: "how deep is the shallow
     * end?", "what's the weight limit for bags?") and no sentence the answer would quote holds a figure with a unit of
     * that dimension ({@link AnswerKind#measures}): "the shallow end is for children under 8" says nothing of its
     * depth, nor "the pool is heated to 28°C" beside it.
     */
    private static boolean asksAMeasureUnheld(ReadQuestion q, List<RankedSentence> chosen) {
        return q.measure() != null && chosen.stream().noneMatch(s -> AnswerKind.measures(s.text(), q.measure()));
    }

    /** Whether a sentence recommends something, as a request for a recommendation needs (its stems, read once). */
    private static boolean recommends(RankedSentence s) {
        return PassageFacts.of(s.passage()).sentenceStemSets.get(s.index()).stream()
                .anyMatch(RECOMMENDING_STEMS::contains);
    }

    /**
     * The best sentence, then others nearly as likely that repeat nothing chosen (two at most from a passage), then
     * their neighbours in their passages where the model gives them some weight (the sentence before or after
     * one that matches often holds its condition, exception or figure), then any sentence next to a chosen one
     * ranked above one chosen ({@link #fillGaps}); a sentence that
     * announces a list brings its items, an item of a list the sentence that announces it and the other
     * items (a list is read whole), one that points back ("This includes…") or speaks of someone
     * by pronoun ("contact him") the sentence before
     * it, one followed by a sentence that points back to it that sentence (it goes on about the same
     * thing), a bare heading the sentences under it. A table row brings the other rows of its table, unless
     * the question names a chosen row: then that row answers alone, without its neighbours. The question heading a
     * passage (an FAQ's) gives way to the sentence after it, which answers it. In answer order:
     * the best sentence's passage first.
     */
    private List<RankedSentence> choose(ReadQuestion q, List<RankedSentence> ranked, Snapshot snapshot) {
        RankedSentence best = ranked.get(0);
        List<RankedSentence> chosen = new ArrayList<>();
        chosen.add(best);
        for (RankedSentence s : ranked.subList(1, ranked.size())) {
            if (chosen.size() >= MAX_SENTENCES || s.probability() < weights.companion() * best.probability()) {
                break;
            }
            if (s.probability() >= weights.companionFloor() && !redundant(s, chosen)
                    && chosen.stream().filter(c -> c.passage().id().equals(s.passage().id())).count()
                    < MAX_SENTENCES_PER_PASSAGE) {
                chosen.add(s);
            }
        }
        // a question that names one row of a table ("how long are board minutes kept?") is answered by that row
        boolean rowNamed = chosen.stream().anyMatch(s -> Sentences.isTableRow(s.text()) && namesRow(q, s.text()));
        List<RankedSentence> companions = List.copyOf(chosen);
        for (RankedSentence s : ranked) {
            if (companions.stream().anyMatch(c -> isNeighbour(s, c))
                    && s.probability() >= weights.neighbour() * best.probability() && !s.isHeading()
                    && !(rowNamed && Sentences.isTableRow(s.text()))) {
                addIfAbsent(chosen, s);
            }
        }
        fillGaps(chosen, ranked, rowNamed);
        for (RankedSentence s : List.copyOf(chosen)) {
            if ((pointsBack(s.text()) || speaksOfSomeone(s.text())) && s.index() > 0) {
                addIfAbsent(chosen, s.completing(s.index() - 1));
            }
            if (s.index() + 1 < s.passage().sentences().size() && pointsBack(s.passage().sentence(s.index() + 1))) {
                RankedSentence next = s.completing(s.index() + 1);
                addIfAbsent(chosen, next);
                // one that goes on to announce a list ("It asks for:", "This includes, but is not limited to:")
                // brings the list, as a chosen announcer does
                if (Sentences.announces(next.text())) {
                    completeList(chosen, next, snapshot);
                }
            }
            if (s.isHeading() || Sentences.announces(s.text())) {
                completeList(chosen, s, snapshot);
            } else {
                int announcer = announcerOf(s);
                if (announcer >= 0) {
                    RankedSentence a = s.completing(announcer);
                    addIfAbsent(chosen, a);
                    completeList(chosen, a, snapshot);
                }
            }
            if (Sentences.isTableRow(s.text()) && !rowNamed) {
                completeTable(chosen, s);
            }
        }
        bridgeGaps(chosen, rowNamed);
        for (RankedSentence s : List.copyOf(chosen)) {
            // a question the text asks ("Can I get my fee back?" over an FAQ's answer) is no claim: quote its answer
            if (asks(s)) {
                chosen.removeIf(c -> same(c, s));
                addIfAbsent(chosen, s.completing(s.index() + 1));
            }
        }
        chosen.sort(answerOrder(best));
        return chosen;
    }

    /**
     * Adds a sentence next to a chosen one that the model ranks at least as high as the weakest chosen: an answer
     * that quotes "A third strike removes you for 90 days." leaves out neither the likelier "Each strike expires
     * after 180 days." after it nor a likelier sentence it was cut off from by {@link #MAX_SENTENCES}. Repeats while
     * the run grows, at most {@value #MAX_LIST_ITEMS} sentences; not the other rows of a table row the question
     * names.
     */
    private static void fillGaps(List<RankedSentence> chosen, List<RankedSentence> ranked, boolean rowNamed) {
        double floor = chosen.stream().mapToDouble(RankedSentence::probability).min().orElseThrow();
        int added = 0;
        boolean grew = true;
        while (grew && added < MAX_LIST_ITEMS) {
            grew = false;
            for (RankedSentence s : ranked) {
                if (s.probability() < floor || added >= MAX_LIST_ITEMS) {
                    break;
                }
                if (!s.isHeading() && !(rowNamed && Sentences.isTableRow(s.text())) && !isChosen(chosen, s)
                        && chosen.stream().anyMatch(c -> isNeighbour(s, c))) {
                    chosen.add(s);
                    added++;
                    grew = true;
                }
            }
        }
    }

    /**
     * Adds the one sentence between two chosen sentences of a passage, so the quote runs on: "Learn to Lead: three
     * sessions of 2.5 hours." and "£75 for members." do not leave out "You must already hold a top-rope belay tag."
     * between them, which a reader of the answer would take to be absent from the text. Not a table's row when the
     * question names a chosen row ({@code rowNamed}): that row answers alone.
     */
    static void bridgeGaps(List<RankedSentence> chosen, boolean rowNamed) {
        for (RankedSentence a : List.copyOf(chosen)) {
            for (RankedSentence b : List.copyOf(chosen)) {
                if (a.passage().id().equals(b.passage().id()) && b.index() - a.index() == 2) {
                    RankedSentence between = a.completing(a.index() + 1);
                    if (!between.isHeading() && !(rowNamed && Sentences.isTableRow(between.text()))) {
                        addIfAbsent(chosen, between);
                    }
                }
            }
        }
    }

    private static boolean isChosen(List<RankedSentence> chosen, RankedSentence s) {
        return chosen.stream().anyMatch(c -> same(c, s));
    }

    /** Whether two ranked sentences are the same sentence of the same passage. */
    private static boolean same(RankedSentence a, RankedSentence b) {
        return a.passage().id().equals(b.passage().id()) && a.index() == b.index();
    }

    /**
     * The sentences after a heading or a sentence ending in ':': the rest of its passage (of a sentence's list of
     * marked items, the items only), then the passages under it.
     */
    private static void completeList(List<RankedSentence> chosen, RankedSentence s, Snapshot snapshot) {
        Passage p = s.passage();
        int added = 0;
        // a list a sentence announces, its items marked, ends at the first paragraph after them that carries no
        // marker: "They must sign the book with:", two items, then "The gate is locked at 10pm." is no item of it (a
        // heading still brings all that is under it)
        boolean marked = !s.isHeading() && s.index() + 1 < p.sentences().size() && isItem(p, s.index() + 1);
        for (int i = s.index() + 1; i < p.sentences().size() && added < MAX_LIST_ITEMS; i++, added++) {
            if (marked && !isItem(p, i) && opensParagraph(p, i)) {
                return;
            }
            addIfAbsent(chosen, s.completing(i));
        }
        if (s.index() != p.sentences().size() - 1) {
            if (added < MAX_LIST_ITEMS && isItem(p, p.sentences().size() - 1)) {
                continueList(chosen, p, snapshot, MAX_LIST_ITEMS - added);
            }
            return;
        }
        for (int pos = p.position() + 1; added < MAX_LIST_ITEMS; pos++, added++) {
            IndexedPassage next = snapshot.passageAt(p.docId(), pos).orElse(null);
            if (next == null || !isBelow(next.passage(), p) || next.passage().sentences().isEmpty()) {
                break;
            }
            Candidate c = new Candidate(next, 0, 0, 0);
            addIfAbsent(chosen, new RankedSentence(c, Integer.MAX_VALUE, 0, new double[SentenceFeature.COUNT], 0));
        }
    }

    /**
     * The items that open the passage after {@code p} in its section, where the splitter cut a list that runs to
     * {@code p}'s end ("The required steps are:", three items, then the other two in the next passage), at most
     * {@code room} of them.
     */
    private static void continueList(List<RankedSentence> chosen, Passage p, Snapshot snapshot, int room) {
        IndexedPassage next = snapshot.passageAt(p.docId(), p.position() + 1).orElse(null);
        // not a subsection's: a list opening under a heading below is that heading's, not the rest of this one
        if (next == null || !next.passage().section().equals(p.section())) {
            return;
        }
        Passage n = next.passage();
        RankedSentence first = new RankedSentence(new Candidate(next, 0, 0, 0), Integer.MAX_VALUE, 0,
                new double[SentenceFeature.COUNT], 0);
        for (int i = 0; i < n.sentences().size() && i < room && isItem(n, i); i++) {
            addIfAbsent(chosen, first.completing(i));
        }
    }

    /** True when sentence {@code i} of {@code p} opens a line of its passage: it is no later sentence of an item. */
    private static boolean opensParagraph(Passage p, int i) {
        int start = p.sentences().get(i).start();
        return start == 0 || p.text().lastIndexOf('\n', start) > p.sentences().get(i - 1).start();
    }

    /** True when sentence {@code i} of {@code p} is a list item: it opens with a marker the body leaves out. */
    private static boolean isItem(Passage p, int i) {
        return !p.sentence(i).equals(p.sentenceBody(i));
    }

    /** The sentence ending in ':' that announces the list this sentence is an item of, or -1. */
    private static int announcerOf(RankedSentence s) {
        Passage p = s.passage();
        for (int i = s.index(); i >= 0; i--) {
            boolean item = isItem(p, i);
            if (i < s.index() && Sentences.announces(p.sentence(i))) {
                return i;
            }
            if (!item) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The question names this row: one of its words is in the row's cells, not in its column names ("how long
     * are board minutes kept?" against "Data category: Board minutes; Retention period: Permanent."), so the
     * row answers it alone; a question about the table ("what are the tiers called?") meets only column names.
     */
    static boolean namesRow(ReadQuestion q, String row) {
        Set<String> names = new HashSet<>();
        Set<String> cells = new HashSet<>();
        for (String cell : row.split(";")) {
            int colon = cell.indexOf(':');
            names.addAll(Terms.of(cell.substring(0, Math.max(0, colon))));
            cells.addAll(Terms.of(cell.substring(colon + 1)));
        }
        return q.terms().stream().anyMatch(t -> t.discount() >= 1f && t.in(cells) && !names.contains(t.stem()));
    }

    /** The other rows of a table row's passage, in order (a table is read whole or not at all). */
    private static void completeTable(List<RankedSentence> chosen, RankedSentence s) {
        Passage p = s.passage();
        int added = 0;
        for (int i = 0; i < p.sentences().size() && added < MAX_LIST_ITEMS; i++) {
            if (i != s.index() && Sentences.isTableRow(p.sentence(i))) {
                addIfAbsent(chosen, s.completing(i));
                added++;
            }
        }
    }

    /** The sentence just before or just after the other in the same passage. */
    private static boolean isNeighbour(RankedSentence s, RankedSentence other) {
        return s.passage().id().equals(other.passage().id()) && Math.abs(s.index() - other.index()) == 1;
    }

    private static boolean isBelow(Passage child, Passage parent) {
        List<String> ps = parent.section();
        return child.section().size() > ps.size() && child.section().subList(0, ps.size()).equals(ps);
    }

    /**
     * Whether the sentence is the question its passage answers: the question heading the passage (an FAQ's, "Can I
     * get my fee back?"), with a sentence after it. A question inside the text, quoted or rhetorical ("Did you know
     * members get 10% off?"), may hold the answer itself and is quoted as any sentence.
     */
    static boolean asks(RankedSentence s) {
        return s.isHeading() && QUESTION_END.matcher(s.text()).find() && s.index() + 1 < s.passage().sentences().size();
    }

    private static void addIfAbsent(List<RankedSentence> chosen, RankedSentence s) {
        if (!isChosen(chosen, s)) {
            chosen.add(s);
        }
    }

    private boolean redundant(RankedSentence s, List<RankedSentence> chosen) {
        for (RankedSentence c : chosen) {
            if (same(c, s)) {
                return true;
            }
            float cos = c.candidate().passage().sentenceVectors().cosine(c.index(),
                    s.candidate().passage().sentenceVectors(), s.index());
            if (cos >= weights.redundant()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when one of the sentence's first {@link #POINTING_REACH} words points back ("This includes…",
     * "Such reports…", "We call this the buddy rule").
     */
    static boolean pointsBack(String sentence) {
        String[] w = sentence.strip().split("[\\s,]+");
        for (int i = 0; i < Math.min(POINTING_REACH, w.length); i++) {
            if (Lexicon.POINTING_WORDS.contains(w[i].toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** True when the sentence speaks of one person by pronoun ("You can contact him…"): the sentence before names them. */
    static boolean speaksOfSomeone(String sentence) {
        for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (Lexicon.PERSON_PRONOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The best sentence's passage first, then its document in reading order, then other documents; sentences in reading order. */
    private static Comparator<RankedSentence> answerOrder(RankedSentence best) {
        String lead = best.passage().docId();
        String leadPassage = best.passage().id();
        return Comparator.comparing((RankedSentence s) -> !s.passage().id().equals(leadPassage))
                .thenComparing(s -> !s.passage().docId().equals(lead))
                .thenComparing(s -> s.passage().docId())
                .thenComparingInt(s -> s.passage().position())
                .thenComparingInt(RankedSentence::index);
    }
}
