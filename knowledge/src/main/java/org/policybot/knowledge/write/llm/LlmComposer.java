package org.policybot.knowledge.write.llm;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.write.Composition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generative answers, checked before anyone sees them. Sends the question and the retrieved
 * passages to a chat server (LangChain4j), keeps only the reply's sentences whose cited passages
 * support them ({@link SupportCheck}), renumbers their citations, and otherwise reports why the
 * caller must use the extractive answer. Never throws for server trouble. The caller decides which
 * questions reach the model (those the decision answers, and near misses above a floor); the model
 * may decline, and every sentence it writes must pass the support check. Calls are capped per minute
 * (globally and per server) and a prompt carries at most the configured tokens of passages.
 *
 * <p>Providers: {@code openai} is any server speaking the OpenAI chat-completions API (OpenAI,
 * vLLM, llama.cpp server, Ollama's {@code /v1}). {@code ollama} also goes through LangChain4j's
 * OpenAI module, to Ollama's OpenAI-compatible endpoint ({@code http://host:11434/v1}; a base URL
 * without a path gets {@code /v1}): {@code langchain4j-ollama} is not published for 1.19.0, and
 * mixing module versions is how builds break.
 */
public final class LlmComposer {
    private static final Logger LOG = LoggerFactory.getLogger(LlmComposer.class);
    /** Bound on a call when the model is wired by hand and brings its own timeout. */
    static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(60);

    /** A citation marker as the answer carries it. */
    private static final Pattern MARKER = Pattern.compile("\\[(\\d+)]");
    /** A figure written in digits ("14", "2.5", "1,000"), which a translation keeps as it is. */
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private final GuardedChat chat;
    private final ReplyCheck check;
    private final CallBudget budget;
    private final int maxPromptTokens;

    /**
     * For tests and other wiring: the model's own timeout applies, within {@link #DEFAULT_DEADLINE};
     * the default cost guards.
     */
    public LlmComposer(ChatModel model, Embedder embedder, SupportCheck check) {
        this(new GuardedChat(model, DEFAULT_DEADLINE, "(" + model.getClass().getSimpleName() + ")", null),
                embedder, check, new CallBudget(LlmSettings.DEFAULT_CALLS_PER_MINUTE,
                        LlmSettings.DEFAULT_CALLS_PER_MINUTE_PER_SERVER), LlmSettings.DEFAULT_MAX_PROMPT_TOKENS);
    }

    private LlmComposer(GuardedChat chat, Embedder embedder, SupportCheck check, CallBudget budget,
                        int maxPromptTokens) {
        this.chat = chat;
        this.check = new ReplyCheck(Objects.requireNonNull(embedder, "embedder"), Objects.requireNonNull(check, "check"));
        this.budget = budget;
        this.maxPromptTokens = maxPromptTokens;
    }

    /**
     * Builds the LangChain4j model from settings; the key is read from the environment variable
     * {@code settings.apiKeyEnv()}.
     *
     * @throws IllegalArgumentException when that variable is named but not set
     */
    public static LlmComposer create(LlmSettings settings, Embedder embedder) {
        return create(settings, embedder, System::getenv);
    }

    static LlmComposer create(LlmSettings settings, Embedder embedder, UnaryOperator<String> environment) {
        String key = null;
        if (settings.apiKeyEnv() != null) {
            key = environment.apply(settings.apiKeyEnv());
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("llm.apiKeyEnv: environment variable " + settings.apiKeyEnv()
                        + " is not set");
            }
        }
        Duration timeout = Duration.ofSeconds(settings.timeoutSeconds());
        String baseUrl = baseUrl(settings);
        StreamingChatModel streaming = OpenAiStreamingChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(key == null ? "none" : key)
                .modelName(settings.model())
                .temperature(0.0)
                .timeout(timeout)
                .logRequests(false)
                .logResponses(false)
                .build();
        ChatModel model = OpenAiChatModel.builder()
                .baseUrl(baseUrl)
                .apiKey(key == null ? "none" : key)
                .modelName(settings.model())
                .temperature(0.0)
                .timeout(timeout)
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
        String shown = withoutUserInfo(baseUrl);
        LOG.info("LLM composer: {} model {} at {}, timeout {} s", settings.provider(), settings.model(), shown,
                settings.timeoutSeconds());
        return new LlmComposer(new GuardedChat(model, streaming, timeout, shown, key), embedder, new SupportCheck(),
                new CallBudget(settings.callsPerMinute(), settings.callsPerMinutePerServer()), settings.maxPromptTokens());
    }

    /**
     * Composes a checked answer from {@code passages} (best ranked first), numbered [1].. in the
     * order given; passages beyond the prompt's token budget are left out.
     * Returns a failure reason instead when the server fails, times out, answers out of format,
     * cites nothing, declines, the call budget is spent, or no sentence survives the check.
     */
    public LlmOutcome compose(Question question, List<Passage> passages) {
        return compose(question, passages, null);
    }

    /**
     * As {@link #compose(Question, List)}, streamed: while the reply arrives, {@code progress} (when not
     * null) gets the checked answer so far, each time one more sentence is complete: only sentences
     * that passed the support check, numbered as in the final answer, which continues it.
     */
    public LlmOutcome compose(Question question, List<Passage> passages, Consumer<Composition> progress) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(passages, "passages");
        if (passages.isEmpty()) {
            return LlmOutcome.failed(LlmOutcome.NO_PASSAGES);
        }
        AnswerPrompt.Prompt prompt = AnswerPrompt.fitted(question, passages, maxPromptTokens);
        if (prompt == null) {
            return LlmOutcome.failed(LlmOutcome.PROMPT_TOO_LONG);
        }
        if (!budget.take(question.scope())) {
            LOG.debug("LLM call budget spent; answering extractively");
            return LlmOutcome.failed(LlmOutcome.CAPPED);
        }
        List<Passage> shown = prompt.passages();
        CheckedSoFar soFar = progress == null ? null : new CheckedSoFar(shown, progress);
        String reply;
        try {
            reply = soFar == null ? chat.ask(prompt.messages()) : chat.askStreaming(prompt.messages(), soFar);
        } catch (ChatFailure failure) {
            return LlmOutcome.failed(failure.reason());
        }
        if (AnswerPrompt.declines(reply)) {
            return LlmOutcome.failed(LlmOutcome.DECLINED);
        }
        List<ReplySentence> sentences = ReplySentences.parse(reply);
        if (sentences.isEmpty()) {
            return LlmOutcome.failed(LlmOutcome.OUT_OF_FORMAT);
        }
        if (sentences.stream().allMatch(s -> s.cited().isEmpty())) {
            LOG.debug("LLM reply cites nothing; answering extractively");
            return LlmOutcome.failed(LlmOutcome.NO_CITATIONS);
        }
        List<CheckedSentence> survivors = soFar == null ? check.survivors(sentences, shown) : soFar.survivors(sentences);
        LOG.debug("LLM reply: {} of {} sentences survived the support check", survivors.size(), sentences.size());
        if (survivors.isEmpty()) {
            return LlmOutcome.failed(LlmOutcome.UNSUPPORTED);
        }
        return LlmOutcome.composed(CitationNumbering.compose(survivors, shown));
    }

    /**
     * A question asked in the language of {@code code}, in English: the language the engine reads and
     * the sources are in. One model call, within the call budget.
     */
    public Translation translateQuestion(String text, String code, Scope scope) {
        Translation t = translate(TranslationPrompt.question(text, code), scope);
        return t.ok() ? Translation.of(t.text().strip().replaceAll("\\s+", " ")) : t;
    }

    /**
     * A checked answer in the language of {@code code}, with exactly the [n] markers of the original,
     * in any order, and the same figures written in digits; otherwise the reason
     * ({@link Translation#MARKERS_CHANGED}, {@link Translation#FIGURES_CHANGED}). Quotes are not
     * translated: they stay in the citations, verbatim.
     */
    public Translation translateAnswer(String text, String code, Scope scope) {
        Translation t = translate(TranslationPrompt.answer(text, code), scope);
        if (!t.ok()) {
            return t;
        }
        if (!markers(t.text()).equals(markers(text))) {
            LOG.debug("The translated answer changed its markers; keeping the original");
            return Translation.failed(Translation.MARKERS_CHANGED);
        }
        if (!figures(t.text()).equals(figures(text))) {
            LOG.debug("The translated answer changed its figures; keeping the original");
            return Translation.failed(Translation.FIGURES_CHANGED);
        }
        return Translation.of(t.text().strip());
    }

    private Translation translate(List<dev.langchain4j.data.message.ChatMessage> messages, Scope scope) {
        if (AnswerPrompt.tokens(messages) > maxPromptTokens) {
            return Translation.failed(LlmOutcome.PROMPT_TOO_LONG);
        }
        if (!budget.take(scope)) {
            return Translation.failed(LlmOutcome.CAPPED);
        }
        try {
            return Translation.of(chat.ask(messages));
        } catch (ChatFailure failure) {
            return Translation.failed(failure.reason());
        }
    }

    /**
     * Checks a streamed reply as it grows. A sentence is complete once the next one has begun with a
     * letter: its markers may follow its full stop, and a marker still arriving ("[7") is no sentence
     * yet. Each complete sentence is judged once (a verdict depends on the sentence and the passages
     * alone, so the checked answer so far is a prefix of the final one, which reuses the verdicts),
     * and the checked answer goes out when its text changed. A decline, or text with no supported
     * sentence, sends nothing.
     */
    private final class CheckedSoFar implements Consumer<String> {
        private final List<Passage> shown;
        private final Consumer<Composition> progress;
        private final Map<ReplySentence, Optional<CheckedSentence>> verdicts = new HashMap<>();
        private int complete;
        private String sent = "";

        CheckedSoFar(List<Passage> shown, Consumer<Composition> progress) {
            this.shown = shown;
            this.progress = progress;
        }

        @Override
        public synchronized void accept(String soFar) {
            List<ReplySentence> parsed = ReplySentences.parse(soFar);
            boolean lastBegun = !parsed.isEmpty() && parsed.get(parsed.size() - 1).body().codePoints()
                    .anyMatch(Character::isLetter);
            int done = parsed.size() - (lastBegun ? 1 : 2);
            if (done <= complete || AnswerPrompt.declines(soFar)) {
                return;
            }
            complete = done;
            List<CheckedSentence> survivors = survivors(parsed.subList(0, done));
            if (survivors.isEmpty()) {
                return;
            }
            Composition so = CitationNumbering.compose(survivors, shown);
            if (!so.text().equals(sent)) {
                sent = so.text();
                progress.accept(so);
            }
        }

        /** The surviving sentences of {@code sentences}, judging only those not judged before. */
        synchronized List<CheckedSentence> survivors(List<ReplySentence> sentences) {
            List<ReplySentence> unseen = sentences.stream().filter(s -> !verdicts.containsKey(s)).distinct().toList();
            List<CheckedSentence> judged = check.judged(unseen, shown);
            for (int i = 0; i < unseen.size(); i++) {
                verdicts.put(unseen.get(i), Optional.ofNullable(judged.get(i)));
            }
            return sentences.stream().map(verdicts::get).flatMap(Optional::stream).toList();
        }
    }

    /** The figures in digits of a text, markers aside, counted. */
    static Map<String, Integer> figures(String text) {
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = FIGURE.matcher(MARKER.matcher(text).replaceAll(" "));
        while (m.find()) {
            out.merge(number(m.group()), 1, Integer::sum);
        }
        return out;
    }

    /**
     * A figure written in any language's way as one form: a separator before exactly three digits groups thousands
     * ("1,000", "1.000"), any other is the decimal point ("2.5", "2,5"), so "2.5" and "25" stay apart.
     */
    static String number(String figure) {
        String grouped = figure.replaceAll("[.,](?=\\d{3}(?!\\d))", "");
        return grouped.replace(',', '.');
    }

    /** The [n] markers of a text, counted: "a [1]. b [1][2]." is {1: 2, 2: 1}. */
    static Map<String, Integer> markers(String text) {
        Map<String, Integer> out = new TreeMap<>();
        Matcher m = MARKER.matcher(text);
        while (m.find()) {
            out.merge(m.group(1), 1, Integer::sum);
        }
        return out;
    }

    /** Model calls made so far by this composer (for the bench). */
    public long callsMade() {
        return budget.made();
    }

    /** Model calls the per-minute budget refused so far (for the bench). */
    public long callsRefused() {
        return budget.refused();
    }

    /** For logs: a URL may carry a user and password before the host, and a key in its query or fragment. */
    static String withoutUserInfo(String url) {
        return url.replaceFirst("^(\\w+://)[^/@]*@", "$1").replaceFirst("[?#].*$", "");
    }

    /** Ollama's OpenAI-compatible API lives under /v1. */
    static String baseUrl(LlmSettings settings) {
        String url = settings.baseUrl().strip();
        if (settings.provider().equals("ollama")) {
            String path = URI.create(url).getPath();
            if (path == null || path.isEmpty() || path.equals("/")) {
                url = url.replaceAll("/+$", "") + "/v1";
            }
        }
        return url;
    }
}
