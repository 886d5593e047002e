package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.policybot.knowledge.decide.Decider;
import org.policybot.knowledge.decide.Decision;
import org.policybot.knowledge.decide.DecisionWeights;
import org.policybot.knowledge.decide.OverviewSubject;
import org.policybot.knowledge.decide.RankedSentence;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.language.SourceLanguageNote;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.PassageOrigin;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.question.AskedLanguage;
import org.policybot.knowledge.question.Intent;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.QuestionText;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.question.Vocabulary;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.retrieve.Fusion;
import org.policybot.knowledge.retrieve.HybridRetriever;
import org.policybot.knowledge.retrieve.IndexVocabulary;
import org.policybot.knowledge.write.Composition;
import org.policybot.knowledge.write.ExtractiveWriter;
import org.policybot.knowledge.write.OverviewWriter;
import org.policybot.knowledge.write.Relevance;
import org.policybot.knowledge.write.llm.LlmComposer;
import org.policybot.knowledge.write.llm.LlmOutcome;
import org.policybot.knowledge.write.llm.Translation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for reads: a question in, a grounded answer with citations out, or an honest
 * abstention. A question travels one way: read once (question/) → retrieve → decide → write (with
 * its citations). Thread-safe; every answer reads one index snapshot. The engine never prints.
 */
public final class AnswerEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerEngine.class);
    /** Passages whose sentences are weighed (the decision's candidates). */
    static final int CANDIDATES = 10;
    /** Depth of each retrieval list before fusion. */
    static final int DEPTH = 20;
    /** Fallback reason when a supported LLM answer addresses less of the question than the extractive one. */
    public static final String OFF_TOPIC = "off-topic";
    /**
     * Fallback reason when an LLM answer quotes none of the sentences the decision ranks best
     * ({@link DecisionWeights#modelRanks()}): supported, but by text that does not answer the question.
     */
    public static final String OFF_EVIDENCE = "off-evidence";

    /** What the engine needs of a generative composer ({@link #of(LlmComposer)}). */
    public interface Generative {
        /**
         * A checked answer from the passages, or the reason to answer extractively; {@code progress}
         * (when not null) gets the checked answer so far while the reply streams in.
         */
        LlmOutcome compose(Question question, List<Passage> passages, Consumer<Composition> progress);

        /** A question asked in the language of {@code code}, in English. */
        Translation translateQuestion(String text, String code, Scope scope);

        /** A checked answer in the language of {@code code}, its markers kept. */
        Translation translateAnswer(String text, String code, Scope scope);

        /** The composer's calls. */
        static Generative of(LlmComposer composer) {
            return new Generative() {
                @Override
                public LlmOutcome compose(Question question, List<Passage> passages, Consumer<Composition> progress) {
                    return composer.compose(question, passages, progress);
                }

                @Override
                public Translation translateQuestion(String text, String code, Scope scope) {
                    return composer.translateQuestion(text, code, scope);
                }

                @Override
                public Translation translateAnswer(String text, String code, Scope scope) {
                    return composer.translateAnswer(text, code, scope);
                }
            };
        }
    }

    /**
     * How the engine reasoned about one question: what it read, what it retrieved and what it decided.
     * For evaluation (fitting the decision) and debugging.
     */
    public record Reasoning(ReadQuestion question, List<Candidate> candidates, Decision decision) {
    }

    private final KnowledgeBase kb;
    private final Embedder embedder;
    /** Single words' vectors, shared by the question's reading and the decision's word matching. */
    private final WordEmbeddings words;
    private final Generative llm;
    private final QuestionReader reader = new QuestionReader();
    private final HybridRetriever retriever;
    private final DecisionWeights weights = DecisionWeights.shipped();
    private final Decider decider;

    public AnswerEngine(KnowledgeBase kb, Embedder embedder, Generative llmOrNull) {
        this(kb, embedder, llmOrNull, Fusion.NORMALISED);
    }

    public AnswerEngine(KnowledgeBase kb, Embedder embedder, Generative llmOrNull, Fusion fusion) {
        this.kb = kb;
        this.embedder = embedder;
        this.words = new WordEmbeddings(embedder);
        this.llm = llmOrNull;
        this.retriever = new HybridRetriever(fusion, DEPTH);
        this.decider = new Decider(words, weights);
    }

    /**
     * Reads now, for {@code scope}'s documents as they stand, what the first question holding a word the documents
     * never use would otherwise wait for ({@link IndexVocabulary#prepare}): a long-running bot calls it off the
     * answer path at start and after each change of the documents.
     */
    public void prepare(Scope scope) {
        try (Snapshot snapshot = kb.snapshot(scope)) {
            IndexVocabulary.prepare(snapshot, words);
        }
    }

    /**
     * Answers a question; throws {@link InvalidQuestionException} for an empty or oversized one. A
     * question in another supported language than English is, with a model, translated into English,
     * answered and checked as any other, and the checked answer translated back (its quotes stay
     * verbatim in the citations); without a model, or when a translation fails, the English answer
     * comes with one line in the asker's language saying it is given in the sources' language.
     */
    public Answer answer(Question question) {
        return answer(question, null);
    }

    /**
     * As {@link #answer(Question)}; with a model, {@code progress} (when not null) gets the checked
     * answer so far while the model's reply streams in (only sentences that passed the support check).
     * The returned answer is what to show in the end: it may differ (an extractive fallback), and a
     * question in another language is not streamed (its answer is translated whole).
     */
    public Answer answer(Question question, Consumer<String> progress) {
        long start = System.nanoTime();
        try (Snapshot snapshot = kb.snapshot(question.scope())) {
            Vocabulary vocabulary = IndexVocabulary.of(snapshot, words);
            Optional<String> language = AskedLanguage.of(question.text(), vocabulary);
            if (language.isEmpty()) {
                return answer(question, snapshot, vocabulary, start, progress);
            }
            return inLanguage(question, language.get(), snapshot, vocabulary, start);
        }
    }

    /** A question asked in the language of {@code code} (not English). */
    private Answer inLanguage(Question question, String code, Snapshot snapshot, Vocabulary vocabulary, long start) {
        String note = SourceLanguageNote.forLanguage(code).orElse("");
        if (llm == null) {
            Answer a = answer(question, snapshot, vocabulary, start, null);
            return withText(a, question.text(), note + "\n" + a.answer(), null, start);
        }
        Translation english = llm.translateQuestion(question.text(), code, question.scope());
        Question asked = english.ok()
                ? new Question(english.text(), contextInEnglish(question, code, vocabulary), question.scope())
                : question;
        Answer a = answer(asked, snapshot, vocabulary, start, null);
        if (!english.ok()) {
            return withText(a, question.text(), note + "\n" + a.answer(), "translation-" + english.failureReason(), start);
        }
        if (a.abstained()) {
            // a refusal names what the documents cover, in their words: a note says why it is in English
            return withText(a, question.text(), note + "\n" + a.answer(), null, start);
        }
        Translation back = llm.translateAnswer(a.answer(), code, question.scope());
        if (!back.ok()) {
            return withText(a, question.text(), note + "\n" + a.answer(), "translation-" + back.failureReason(), start);
        }
        return withText(a, question.text(), back.text(), null, start);
    }

    /**
     * A follow-up's earlier questions with the last one (the one a follow-up is read with) in English
     * when it too was asked in another language; left as asked when its translation fails.
     */
    private List<String> contextInEnglish(Question question, String code, Vocabulary vocabulary) {
        List<String> context = question.context();
        if (context.isEmpty()) {
            return context;
        }
        String last = context.get(context.size() - 1);
        if (AskedLanguage.of(last, vocabulary).isEmpty()) {
            return context;
        }
        Translation t = llm.translateQuestion(last, code, question.scope());
        if (!t.ok()) {
            return context;
        }
        List<String> out = new ArrayList<>(context.subList(0, context.size() - 1));
        out.add(t.text());
        return out;
    }

    /** {@code a} as asked in another language: its question as asked, its text, a translation failure's reason. */
    private static Answer withText(Answer a, String asked, String text, String translationFailure, long start) {
        String reason = a.fallbackReason() != null ? a.fallbackReason() : translationFailure;
        return new Answer(a.id(), QuestionText.neutralise(asked.strip()), QuestionText.neutralise(text.strip()), a.abstained(),
                a.confidence(), a.citations(), a.composer(), reason, elapsed(start), a.closest(), a.probability());
    }

    /** Reads, retrieves, decides and writes: the one way a question travels. */
    private Answer answer(Question question, Snapshot snapshot, Vocabulary vocabulary, long start,
                          Consumer<String> progress) {
        ReadQuestion q = reader.read(question, vocabulary);
        if (q.intent() == Intent.OVERVIEW || q.intent() == Intent.CATALOG || q.intent() == Intent.LINK) {
            Optional<Answer> outline = outline(q, snapshot, start);
            if (outline.isPresent()) {
                return outline.get();
            }
        } else if (q.intent() != Intent.QUESTION) {
            return abstain(q.asked(), Replies.forIntent(q.intent(), kb.coverage(question.scope())), start, null,
                    Answer.EXTRACTIVE, null);
        }
        Reasoning r = reason(q, snapshot);
        if (r == null || !r.decision().answers()) {
            String notCovered = Replies.notCovered(coverage(snapshot, question));
            if (llm == null || r == null || r.candidates().isEmpty()
                    || r.decision().probability() < weights.modelAt()) {
                return abstain(q.asked(), notCovered, start, r, Answer.EXTRACTIVE, null);
            }
            return nearMiss(q, question, r, notCovered, snapshot, start, progress);
        }
        Weighed w = new Weighed(r, Provenance.origins(snapshot, r.candidates()));
        Map<String, String> authors = authors(snapshot);
        Composition extractive = ExtractiveWriter.write(r.decision(), q, id -> authors.getOrDefault(id, ""));
        String confidence = r.decision().outcome() == Decision.Outcome.HIGH ? Answer.HIGH : Answer.LOW;
        if (llm == null) {
            return answered(q.asked(), extractive, confidence, Answer.EXTRACTIVE, null, start, w);
        }
        LlmOutcome outcome = llm.compose(forModel(q, question), passages(r),
                gated(q, r.decision(), extractive.text(), progress));
        if (!outcome.ok()) {
            return answered(q.asked(), extractive, confidence, Answer.LLM_FALLBACK, outcome.failureReason(), start, w);
        }
        if (!Relevance.asGoodAs(q, outcome.composition().text(), extractive.text())) {
            return answered(q.asked(), extractive, confidence, Answer.LLM_FALLBACK, OFF_TOPIC, start, w);
        }
        if (!restsOnRanked(outcome.composition(), r.decision())) {
            return answered(q.asked(), extractive, confidence, Answer.LLM_FALLBACK, OFF_EVIDENCE, start, w);
        }
        return answered(q.asked(), outcome.composition(), confidence, Answer.LLM, null, start, w);
    }

    /**
     * The gist of the document a request names, or what every document is about ("what documents do you
     * have?", or a gist of nothing named when there are several), or where the documents can be read
     * ("link to the post?"; a document added as a file is said to have no address): quoted from the
     * documents, cited, with high confidence (it is what was asked). Empty when the request's words name no
     * document, so that it is answered as a question, and for an empty knowledge base.
     */
    private Optional<Answer> outline(ReadQuestion q, Snapshot snapshot, long start) {
        List<ManifestEntry> entries = snapshot.manifest().entries();
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        Map<String, List<Passage>> passages = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (ManifestEntry e : entries) {
            List<Passage> list = snapshot.passages(e.id());
            passages.put(e.id(), list);
            String heading = list.stream().filter(p -> !p.section().isEmpty()).map(p -> p.section().get(0))
                    .findFirst().orElse("");
            // the id is the file's name as the moderator gave it: "KETTLE-POINTS-RULES" titled "CARDBOARD KETTLE LTD"
            names.put(e.id(), e.title() + " " + (e.author() == null ? "" : e.author()) + " " + heading + " "
                    + e.id().replace('-', ' '));
        }
        List<String> ids = q.intent() == Intent.CATALOG ? List.copyOf(names.keySet())
                : OverviewSubject.of(q, names).orElse(List.of());
        List<OverviewWriter.Document> documents = new ArrayList<>();
        for (ManifestEntry e : entries) {
            if (ids.contains(e.id())) {
                documents.add(new OverviewWriter.Document(e.title(), e.author() == null ? "" : e.author(),
                        e.url() == null ? "" : e.url(), passages.get(e.id())));
            }
        }
        Optional<Composition> c = q.intent() == Intent.LINK ? OverviewWriter.links(documents)
                : documents.size() == 1 && q.intent() == Intent.OVERVIEW ? OverviewWriter.document(documents.get(0))
                : OverviewWriter.catalog(documents);
        return c.map(composition -> {
            Set<String> cited = composition.citations().stream().map(Citation::passageId).collect(Collectors.toSet());
            Map<String, PassageOrigin> origins = Provenance.originsOf(snapshot, documents.stream()
                    .flatMap(d -> d.passages().stream()).filter(p -> cited.contains(p.id())).toList());
            List<Citation> citations = composition.citations().stream().map(x -> new Citation(x.n(), x.doc(),
                    QuestionText.neutralise(x.title()), QuestionText.neutralise(x.section()), x.url(),
                    QuestionText.neutralise(x.quote()), QuestionText.neutralise(x.text()), x.passageId(),
                    origins.get(x.passageId()))).toList();
            return new Answer(UUID.randomUUID().toString(), q.asked(), QuestionText.neutralise(composition.text()),
                    false, Answer.HIGH, citations, Answer.EXTRACTIVE, null, elapsed(start));
        });
    }

    /**
     * A question the decision refused although its passages came close (answer probability at least
     * {@link DecisionWeights#modelAt()}): the model may answer it from those passages, sentence by
     * sentence checked, or decline. The answer has low confidence (the decision did not find it);
     * a decline, a failure or an answer that addresses less of the question than the closest
     * sentence does gives the "not covered" reply, marked as the model's fallback with the reason.
     */
    private Answer nearMiss(ReadQuestion q, Question question, Reasoning r, String notCovered, Snapshot snapshot,
                            long start, Consumer<String> progress) {
        RankedSentence closest = r.decision().best();
        LlmOutcome outcome = llm.compose(forModel(q, question), passages(r),
                gated(q, r.decision(), closest == null ? "" : closest.text(), progress));
        if (!outcome.ok()) {
            return abstain(q.asked(), notCovered, start, r, Answer.LLM_FALLBACK, outcome.failureReason());
        }
        if (closest != null && !Relevance.asGoodAs(q, outcome.composition().text(), closest.text())) {
            return abstain(q.asked(), notCovered, start, r, Answer.LLM_FALLBACK, OFF_TOPIC);
        }
        if (!restsOnRanked(outcome.composition(), r.decision())) {
            return abstain(q.asked(), notCovered, start, r, Answer.LLM_FALLBACK, OFF_EVIDENCE);
        }
        Weighed w = new Weighed(r, Provenance.origins(snapshot, r.candidates()));
        return answered(q.asked(), outcome.composition(), Answer.LOW, Answer.LLM, null, start, w);
    }

    /**
     * What a streamed answer may show: the checked answer so far, once it already passes the whole-answer
     * checks the final answer must pass (it quotes a best-ranked sentence and addresses the question as
     * well as {@code reference}); both only grow as sentences are added, so what was shown stays in the
     * final answer unless the model fails before it ends. Null without a listener.
     */
    private Consumer<Composition> gated(ReadQuestion q, Decision d, String reference, Consumer<String> progress) {
        if (progress == null) {
            return null;
        }
        return so -> {
            if (restsOnRanked(so, d) && Relevance.asGoodAs(q, so.text(), reference)) {
                progress.accept(QuestionText.neutralise(so.text()));
            }
        };
    }

    /** True when a model's answer quotes one of the sentences the decision ranks best. */
    private boolean restsOnRanked(Composition c, Decision d) {
        List<RankedSentence> best = d.ranked().subList(0, Math.min(weights.modelRanks(), d.ranked().size()));
        for (Citation x : c.citations()) {
            for (RankedSentence s : best) {
                // a citation quotes every sentence of its passage that the answer rests on, joined
                if (s.passage().id().equals(x.passageId()) && x.quote().contains(s.text().strip())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The question as the model gets it: the corrected text, with the previous question for a follow-up. */
    private static Question forModel(ReadQuestion q, Question question) {
        List<String> context = q.isFollowUp() ? question.context().subList(question.context().size() - 1,
                question.context().size()) : List.of();
        return new Question(q.text(), context, question.scope());
    }

    private static List<Passage> passages(Reasoning r) {
        return r.candidates().stream().map(c -> c.passage().passage()).toList();
    }

    /** How the engine reasons about a question (read, retrieved, decided), without writing an answer. */
    public Reasoning explain(Question question) {
        try (Snapshot snapshot = kb.snapshot(question.scope())) {
            ReadQuestion q = reader.read(question, IndexVocabulary.of(snapshot, words));
            Reasoning r = reason(q, snapshot);
            return r != null ? r : new Reasoning(q, List.of(), decider.decide(q, new float[0], List.of(), snapshot));
        }
    }

    /**
     * The passages retrieval ranks first for a question, best first, before the decision: for
     * measuring retrieval (eval's recall and MRR) and for debugging.
     */
    public List<Passage> retrieve(Question question, int limit) {
        try (Snapshot snapshot = kb.snapshot(question.scope())) {
            if (snapshot.isEmpty()) {
                return List.of();
            }
            ReadQuestion q = reader.read(question, IndexVocabulary.of(snapshot, words));
            float[] vector = embedder.embed(q.searchText());
            return retriever.retrieve(snapshot, q, vector, limit).stream().map(c -> c.passage().passage()).toList();
        }
    }

    /** Retrieves and decides; null when there is nothing to search (an empty knowledge base, no content word). */
    private Reasoning reason(ReadQuestion q, Snapshot snapshot) {
        if (q.terms().isEmpty() || snapshot.isEmpty()) {
            return null;
        }
        float[] vector = embedder.embed(q.searchText());
        List<Candidate> candidates = retriever.retrieve(snapshot, q, vector, CANDIDATES);
        // each thing a question asks is looked for in the same candidates, by its own words and meaning
        Decision decision = decider.decide(q, vector, part -> embedder.embed(part.searchText()), candidates, snapshot);
        if (LOG.isDebugEnabled()) {
            LOG.debug("Question \"{}\" type {} terms {} → {} (p {})", q.corrected(), q.type(), q.terms(),
                    decision.outcome(), String.format(java.util.Locale.ROOT, "%.3f", decision.probability()));
            for (RankedSentence s : decision.ranked().subList(0, Math.min(5, decision.ranked().size()))) {
                LOG.debug("  [{} {}] p {}: {}", s.rank(), s.index(),
                        String.format(java.util.Locale.ROOT, "%.3f", s.probability()), s.text());
            }
        }
        return new Reasoning(q, candidates, decision);
    }

    /** Document titles and their top-level sections, for an abstention; none for an empty snapshot. */
    private Map<String, List<String>> coverage(Snapshot snapshot, Question question) {
        return snapshot.isEmpty() ? Map.of() : kb.coverage(question.scope());
    }

    private static Map<String, String> authors(Snapshot snapshot) {
        Map<String, String> out = new HashMap<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            out.put(e.id(), e.author() == null ? "" : e.author());
        }
        return out;
    }

    /** A weighed question's reasoning, with where the text of each candidate passage comes from. */
    private record Weighed(Reasoning reasoning, Map<String, PassageOrigin> origins) {
    }

    private static Answer abstain(String asked, String reply, long start, Reasoning r, String composer,
                                  String reason) {
        return new Answer(UUID.randomUUID().toString(), asked, reply, true, Answer.NONE, List.of(), composer,
                reason, elapsed(start), r == null ? null : Provenance.closest(r.decision()),
                r == null ? null : r.decision().probability());
    }

    private static Answer answered(String asked, Composition c, String confidence, String composer, String reason,
                                   long start, Weighed w) {
        List<Citation> citations = new ArrayList<>();
        for (Citation x : c.citations()) {
            citations.add(new Citation(x.n(), x.doc(), QuestionText.neutralise(x.title()),
                    QuestionText.neutralise(x.section()), x.url(), QuestionText.neutralise(x.quote()),
                    QuestionText.neutralise(x.text()), x.passageId(), w.origins().get(x.passageId())));
        }
        return new Answer(UUID.randomUUID().toString(), asked, QuestionText.neutralise(c.text()), false, confidence,
                citations, composer, reason, elapsed(start), Provenance.closest(w.reasoning().decision()),
                w.reasoning().decision().probability());
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
