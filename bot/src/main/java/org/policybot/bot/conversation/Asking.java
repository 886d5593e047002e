package org.policybot.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Limits;
import org.policybot.bot.config.ThreadMode;
import org.policybot.knowledge.InvalidQuestionException;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.question.QuestionText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking, from every door: decides which messages to answer, enforces the home servers and the rate
 * and length limits, puts the question (with earlier questions of the conversation, in the scope of
 * the server it was asked in) to the engine and renders the answer.
 */
public final class Asking {
    private static final Logger LOG = LoggerFactory.getLogger(Asking.class);
    static final String EXAMPLE = "How long is API data kept?";

    private final Answers answers;
    private final DiscordSettings discord;
    private final Limits limits;
    private final RateLimit rateLimit;
    private final ConversationMemory memory;
    private final HomeServers homeServers;
    private final GapRecorder gaps;
    private final AnswerRenderer renderer;

    Asking(Answers answers, DiscordSettings discord, Limits limits, RateLimit rateLimit, ConversationMemory memory,
           HomeServers homeServers, GapRecorder gaps, AnswerRenderer renderer) {
        this.answers = answers;
        this.discord = discord;
        this.limits = limits;
        this.rateLimit = rateLimit;
        this.memory = memory;
        this.homeServers = homeServers;
        this.gaps = gaps;
        this.renderer = renderer;
    }

    /** Whether and how to answer a message: DMs, follow-ups in bot threads or to bot answers, mentions in allowed channels. */
    public Route route(IncomingMessage m) {
        if (m.fromBot()) {
            return Route.IGNORE;
        }
        if (m.direct() || m.inThread() && memory.isBotThread(m.channelId()) || memory.isBotAnswer(m.repliedToMessageId())) {
            return Route.REPLY;
        }
        if (!m.mentionsBot() || !discord.answersIn(m.inThread() ? m.threadParentId() : m.channelId())) {
            return Route.IGNORE;
        }
        return discord.threadMode() == ThreadMode.THREAD && !m.inThread() ? Route.NEW_THREAD : Route.REPLY;
    }

    /** The question in a message: its text without mentions of the bot. */
    public AskRequest request(IncomingMessage m, String botUserId) {
        String text = Pattern.compile("<@!?" + Pattern.quote(botUserId) + ">").matcher(m.text()).replaceAll(" ");
        return new AskRequest(m.author(), text.replaceAll("[ \\t]+", " "), m.serverId(),
                m.inThread() ? m.channelId() : null, m.repliedToMessageId());
    }

    /**
     * Whether to answer a request, tell the asker why not, or say nothing. Outside the home servers the
     * server is told once, then met with silence. Every other request, answerable or not, counts toward
     * the asker's rate limit, so no kind of request makes the bot say more than the limit allows; over
     * it, the asker gets one notice a minute and silence otherwise. Notices never repeat the question.
     */
    public Admission admit(AskRequest r) {
        Admission home = homeServers.admit(r.serverId());
        if (!home.answers()) {
            return home;
        }
        RateLimit.Permit permit = rateLimit.tryAcquire(r.asker().userId());
        if (!permit.allowed()) {
            return permit.notice() ? Admission.notice("You are asking faster than I can keep up ("
                    + rateLimit.perMinute() + " questions a minute). Please try again in " + permit.retryAfterSeconds()
                    + " s; until then I will not answer.") : Admission.silent();
        }
        int longest = Math.min(limits.maxQuestionLength(), QuestionText.MAX_CHARS); // the engine reads no more
        if (r.text().length() > longest) {
            return Admission.notice("Your question is " + r.text().length() + " characters long; please keep it to "
                    + longest + " characters or fewer and ask again.");
        }
        try {
            QuestionText.clean(r.text());
        } catch (InvalidQuestionException e) {
            // nothing, or only mentions, symbols or invisible characters ("@everyone", "???"): told privately
            return Admission.notice("Please include a question, for example: \"" + EXAMPLE + "\"");
        }
        return Admission.answer();
    }

    /**
     * Answers an accepted question. Never throws for the engine's sake: a failure becomes a message saying so.
     * A follow-up that cites a section changed since the answer it follows says so first. A question the
     * knowledge base could not answer well is recorded as a knowledge gap.
     */
    public Answered answer(AskRequest r) {
        return answer(r, null);
    }

    /**
     * As {@link #answer(AskRequest)}; {@code progress} (when not null) gets the checked answer so far
     * while a model's reply streams in (for a deferred reply edited as it grows).
     */
    public Answered answer(AskRequest r, Consumer<String> progress) {
        Optional<ConversationMemory.Entry> earlier = memory.earlier(r.threadId(), r.repliedToMessageId());
        Question question = new Question(r.text(), earlier.map(ConversationMemory.Entry::questions).orElse(List.of()),
                Scope.server(r.serverId()));
        Answer answer;
        try {
            answer = answers.answer(question, progress);
        } catch (KnowledgeException e) {
            return new Answered(r, question, null, DiscordLimits.textMessages(e.getMessage(), List.of()));
        } catch (RuntimeException | StackOverflowError e) {
            // a deep regex or parse on one hostile question overflows that question's stack only: the thread lives on
            LOG.error("answering failed for a question of {} characters", r.text().length(), e);
            return new Answered(r, question, null, DiscordLimits.textMessages(
                    "Sorry, I could not answer that just now. Please try again in a moment.", List.of()));
        }
        // remembered at once, so a vote on it counts even before its messages are known (see delivered)
        memory.answered(answer.id(), r.asker().userId(), r.serverId(), question.context(), r.text(), List.of(), null,
                AnswerFacts.of(answer));
        gaps.answered(answer, r.asker().userId(), r.serverId());
        LOG.info("answered {} ({}, {} citations, abstained={}, {} earlier questions, {} ms)", answer.id(),
                answer.composer(), answer.citations().size(), answer.abstained(), question.context().size(),
                answer.latencyMs());
        List<String> notes = earlier.map(e -> ChangedSince.note(e, answer)).orElse(List.of());
        return new Answered(r, question, answer, renderer.render(answer, Feedback.buttons(answer.id()), notes));
    }

    /**
     * Remembers a delivered answer with its messages (and thread), so follow-ups find it.
     *
     * @param messageIds  the ids of the messages that carried it
     * @param newThreadId the thread the bot opened for it, or null
     */
    public void delivered(Answered a, List<String> messageIds, String newThreadId) {
        if (a.answer() == null) {
            return;
        }
        String thread = newThreadId != null ? newThreadId
                : memory.isBotThread(a.request().threadId()) ? a.request().threadId() : null;
        memory.answered(a.answer().id(), a.request().asker().userId(), a.request().serverId(), a.question().context(),
                a.request().text(), messageIds, thread, AnswerFacts.of(a.answer()));
    }

    /** A thread name for a question (Discord allows 1..100 characters). */
    public static String threadName(String question) {
        String name = DiscordLimits.trim(SafeText.neutralise(question.replaceAll("\\s+", " ").strip()),
                DiscordLimits.THREAD_NAME);
        return name.isEmpty() ? "Question" : name;
    }
}
