package org.policybot.bot.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Limits;
import org.policybot.bot.config.ThreadMode;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asking, from every door: decides which messages to answer, enforces the length and rate limits,
 * puts the question (with earlier questions of the conversation) to the engine and renders the answer.
 */
public final class Asking {
    private static final Logger LOG = LoggerFactory.getLogger(Asking.class);
    static final String EXAMPLE = "How long is API data kept?";

    private final Answers answers;
    private final DiscordSettings discord;
    private final Limits limits;
    private final RateLimit rateLimit;
    private final FollowUps followUps;
    private final Feedback feedback;
    private final AnswerRenderer renderer = new AnswerRenderer();

    Asking(Answers answers, DiscordSettings discord, Limits limits, RateLimit rateLimit,
           FollowUps followUps, Feedback feedback) {
        this.answers = answers;
        this.discord = discord;
        this.limits = limits;
        this.rateLimit = rateLimit;
        this.followUps = followUps;
        this.feedback = feedback;
    }

    /** Whether and how to answer a message: DMs, follow-ups in bot threads or to bot answers, mentions in allowed channels. */
    public Route route(IncomingMessage m) {
        if (m.fromBot()) {
            return Route.IGNORE;
        }
        if (m.direct() || m.inThread() && followUps.isBotThread(m.channelId()) || followUps.isBotAnswer(m.repliedToMessageId())) {
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
        return new AskRequest(m.author(), text.replaceAll("[ \\t]+", " "), m.inThread() ? m.channelId() : null,
                m.repliedToMessageId());
    }

    /**
     * A polite notice when the question cannot be taken (empty, too long, asked too often), else empty.
     * An accepted question counts toward the asker's rate limit.
     */
    public Optional<ReplyMessage> refusal(AskRequest r) {
        if (r.text().isEmpty()) {
            return notice("Please include a question, for example: \"" + EXAMPLE + "\"");
        }
        if (r.text().length() > limits.maxQuestionLength()) {
            return notice("Your question is " + r.text().length() + " characters long; please keep it to "
                    + limits.maxQuestionLength() + " characters or fewer and ask again.");
        }
        RateLimit.Permit permit = rateLimit.tryAcquire(r.asker().userId());
        if (!permit.allowed()) {
            return notice("You are asking faster than I can keep up (" + rateLimit.perMinute()
                    + " questions a minute). Please try again in " + permit.retryAfterSeconds() + " s.");
        }
        return Optional.empty();
    }

    /** Answers an accepted question. Never throws for the engine's sake: a failure becomes a message saying so. */
    public Answered answer(AskRequest r) {
        Question question = new Question(r.text(), followUps.contextFor(r.threadId(), r.repliedToMessageId()));
        Answer answer;
        try {
            answer = answers.answer(question);
        } catch (KnowledgeException e) {
            return new Answered(r, question, null, DiscordLimits.textMessages(e.getMessage(), List.of()));
        } catch (RuntimeException e) {
            LOG.error("answering failed for a question of {} characters", r.text().length(), e);
            return new Answered(r, question, null, DiscordLimits.textMessages(
                    "Sorry, I could not answer that just now. Please try again in a moment.", List.of()));
        }
        feedback.remember(answer.id(), answer.question());
        LOG.info("answered {} ({}, {} citations, abstained={}, {} earlier questions, {} ms)", answer.id(),
                answer.composer(), answer.citations().size(), answer.abstained(), question.context().size(),
                answer.latencyMs());
        return new Answered(r, question, answer, renderer.render(answer, Feedback.buttons(answer.id())));
    }

    /**
     * Remembers a delivered answer so follow-ups find it.
     *
     * @param messageIds  the ids of the messages that carried it
     * @param newThreadId the thread the bot opened for it, or null
     */
    public void delivered(Answered a, List<String> messageIds, String newThreadId) {
        if (a.answer() == null) {
            return;
        }
        String thread = newThreadId != null ? newThreadId
                : followUps.isBotThread(a.request().threadId()) ? a.request().threadId() : null;
        followUps.answered(a.question().context(), a.request().text(), messageIds, thread);
    }

    /** A thread name for a question (Discord allows 1..100 characters). */
    public static String threadName(String question) {
        String name = DiscordLimits.trim(SafeText.neutralise(question.replaceAll("\\s+", " ").strip()),
                DiscordLimits.THREAD_NAME);
        return name.isEmpty() ? "Question" : name;
    }

    private static Optional<ReplyMessage> notice(String text) {
        return Optional.of(ReplyMessage.text(text));
    }
}
