package org.policybot.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.policybot.knowledge.compose.Composition;
import org.policybot.knowledge.compose.ExtractiveComposer;
import org.policybot.knowledge.compose.Intent;
import org.policybot.knowledge.compose.QuestionText;
import org.policybot.knowledge.compose.QuestionType;
import org.policybot.knowledge.compose.Relevance;
import org.policybot.knowledge.compose.llm.LlmOutcome;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.retrieve.Fusion;
import org.policybot.knowledge.retrieve.HybridRetriever;
import org.policybot.knowledge.retrieve.QueryAnalysis;
import org.policybot.knowledge.retrieve.QueryAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point for reads: a question in, a grounded answer with citations out, or an honest
 * abstention. Thread-safe; every answer reads one index snapshot. The engine never prints.
 */
public final class AnswerEngine {
    private static final Logger LOG = LoggerFactory.getLogger(AnswerEngine.class);
    /** Passages handed to composition. */
    static final int CANDIDATES = 6;
    /** Depth of each retrieval list before fusion. */
    static final int DEPTH = 20;
    /** Fallback reason when a supported LLM answer addresses less of the question than the extractive one. */
    public static final String OFF_TOPIC = "off-topic";
    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(?:and|also|what about|how about|what of|same for|and what about|but)\\b|\\b(?:it|they|them|that|those|this|these|he|she)\\b",
            Pattern.CASE_INSENSITIVE);

    /** What the engine needs of a generative composer ({@code LlmComposer::compose}). */
    @FunctionalInterface
    public interface Generative {
        LlmOutcome compose(Question question, List<Passage> passages);
    }

    private final KnowledgeBase kb;
    private final Embedder embedder;
    private final Generative llm;
    private final QueryAnalyzer analyzer = new QueryAnalyzer();
    private final HybridRetriever retriever;
    private final ExtractiveComposer composer;

    public AnswerEngine(KnowledgeBase kb, Embedder embedder, Generative llmOrNull) {
        this(kb, embedder, llmOrNull, Fusion.NORMALISED);
    }

    public AnswerEngine(KnowledgeBase kb, Embedder embedder, Generative llmOrNull, Fusion fusion) {
        this.kb = kb;
        this.embedder = embedder;
        this.llm = llmOrNull;
        this.retriever = new HybridRetriever(fusion, DEPTH);
        this.composer = new ExtractiveComposer(embedder);
    }

    /** Answers a question; throws {@link InvalidQuestionException} for an empty or oversized one. */
    public Answer answer(Question question) {
        long start = System.nanoTime();
        String text = QuestionText.clean(question.text());
        String asked = QuestionText.neutralise(question.text().strip());
        Intent intent = Intent.of(text);
        if (intent != Intent.QUESTION) {
            return abstain(asked, Replies.forIntent(intent, kb.coverage(question.scope())), start);
        }
        try (Snapshot snapshot = kb.snapshot(question.scope())) {
            List<String> context = isFollowUp(text, question.context()) ? lastOf(question.context()) : List.of();
            Map<String, String> authors = authors(snapshot);
            QueryAnalysis query = analyse(text, context, snapshot, authors);
            if (query.terms().isEmpty() || snapshot.isEmpty()) {
                return abstain(asked, Replies.notCovered(coverage(snapshot, question)), start);
            }
            float[] vector = embedder.embed(searchText(query, context));
            List<Candidate> candidates = retriever.retrieve(snapshot, query, vector, CANDIDATES);
            QuestionType type = QuestionType.of(text);
            ExtractiveComposer.Draft draft = composer.draft(query, type, vector, candidates, snapshot,
                    new java.util.HashSet<>(authors.values()));
            if (LOG.isDebugEnabled()) {
                LOG.debug("Question {} evidence {} score {}", text, draft.evidence(), draft.evidence().score());
                LOG.debug("  terms {} context {}", query.terms(), query.context());
                draft.chosen().forEach(s -> LOG.debug("  chose [{} {}] lex {} sem {} cue {}: {}", s.rank(), s.index(),
                        s.lexical(), s.semantic(), s.cue(), s.text()));
            }
            if (!draft.supported()) {
                return abstain(asked, Replies.notCovered(coverage(snapshot, question)), start);
            }
            Composition extractive = composer.write(draft, query, type, id -> authors.getOrDefault(id, ""));
            if (llm == null) {
                return answered(asked, extractive, Answer.EXTRACTIVE, null, start);
            }
            List<Passage> passages = candidates.stream().map(c -> c.passage().passage()).toList();
            LlmOutcome outcome = llm.compose(new Question(text, context, question.scope()), passages);
            if (!outcome.ok()) {
                return answered(asked, extractive, Answer.LLM_FALLBACK, outcome.failureReason(), start);
            }
            if (!Relevance.asGoodAs(query, outcome.composition().text(), extractive.text())) {
                return answered(asked, extractive, Answer.LLM_FALLBACK, OFF_TOPIC, start);
            }
            return answered(asked, outcome.composition(), Answer.LLM, null, start);
        }
    }

    /**
     * The passages retrieval ranks first for a question, best first, before composition and
     * abstention: for measuring retrieval (eval's recall and MRR) and for debugging.
     */
    public List<Passage> retrieve(Question question, int limit) {
        String text = QuestionText.clean(question.text());
        try (Snapshot snapshot = kb.snapshot(question.scope())) {
            if (snapshot.isEmpty()) {
                return List.of();
            }
            QueryAnalysis query = analyse(text, List.of(), snapshot, authors(snapshot));
            float[] vector = embedder.embed(searchText(query, List.of()));
            return retriever.retrieve(snapshot, query, vector, limit).stream().map(c -> c.passage().passage()).toList();
        }
    }

    /** The question's terms against this snapshot, the authors' names weighing little. */
    private QueryAnalysis analyse(String text, List<String> context, Snapshot snapshot, Map<String, String> authors) {
        return analyzer.analyse(text, context, snapshot.searcher() == null ? null : snapshot.searcher().getIndexReader())
                .discounting(authorStems(authors.values()), AUTHOR_WEIGHT);
    }

    /** What the question vector is made from: the corrected question, after the one it follows up. */
    private static String searchText(QueryAnalysis query, List<String> context) {
        return context.isEmpty() ? query.corrected() : context.get(0) + " " + query.corrected();
    }

    /** Document titles and their top-level sections, for an abstention; none for an empty snapshot. */
    private Map<String, List<String>> coverage(Snapshot snapshot, Question question) {
        return snapshot.isEmpty() ? Map.of() : kb.coverage(question.scope());
    }

    /**
     * A document's author is what its "we" means, so the author's name in a question ("What is OpenAI
     * doing…") says little about which sentence answers: it keeps a fifth of its weight.
     */
    static final float AUTHOR_WEIGHT = 0.2f;

    private static java.util.Set<String> authorStems(java.util.Collection<String> authors) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (String a : authors) {
            out.addAll(org.policybot.knowledge.text.Terms.of(a));
        }
        return out;
    }

    private static Map<String, String> authors(Snapshot snapshot) {
        Map<String, String> out = new java.util.HashMap<>();
        for (ManifestEntry e : snapshot.manifest().entries()) {
            out.put(e.id(), e.author() == null ? "" : e.author());
        }
        return out;
    }

    static boolean isFollowUp(String text, List<String> context) {
        if (context.isEmpty()) {
            return false;
        }
        int words = text.split("\\s+").length;
        return words <= 6 || FOLLOW_UP.matcher(text).find() && words <= 12;
    }

    private static List<String> lastOf(List<String> context) {
        return List.of(context.get(context.size() - 1));
    }

    private Answer abstain(String asked, String reply, long start) {
        return new Answer(UUID.randomUUID().toString(), asked, reply, true, List.of(), Answer.EXTRACTIVE, null,
                elapsed(start));
    }

    private static Answer answered(String asked, Composition c, String composer, String reason, long start) {
        List<Citation> citations = new ArrayList<>();
        for (Citation x : c.citations()) {
            citations.add(new Citation(x.n(), x.doc(), QuestionText.neutralise(x.title()),
                    QuestionText.neutralise(x.section()), x.url(), QuestionText.neutralise(x.quote()),
                    QuestionText.neutralise(x.text()), x.passageId()));
        }
        return new Answer(UUID.randomUUID().toString(), asked, QuestionText.neutralise(c.text()), false, citations,
                composer, reason, elapsed(start));
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
