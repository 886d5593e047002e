package org.policybot.bot.conversation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Remembers conversations so a follow-up ("and ChatGPT users?") is answered with the earlier question
 * in view: threads the bot started map to their questions so far, and each answer message the bot sent
 * maps to the questions that led to it. Bounded and expiring; lost on restart, which only means a
 * later follow-up is answered on its own.
 */
public final class FollowUps {
    /** How many earlier questions go along with a follow-up. */
    static final int MAX_CONTEXT = 4;

    private final Cache<String, List<String>> threads;
    private final Cache<String, List<String>> answerMessages;

    public FollowUps(Ticker ticker) {
        this.threads = Caffeine.newBuilder().expireAfterAccess(Duration.ofDays(7)).maximumSize(20_000).ticker(ticker).build();
        this.answerMessages = Caffeine.newBuilder().expireAfterWrite(Duration.ofDays(7)).maximumSize(100_000).ticker(ticker).build();
    }

    public boolean isBotThread(String threadId) {
        return threadId != null && threads.getIfPresent(threadId) != null;
    }

    public boolean isBotAnswer(String messageId) {
        return messageId != null && answerMessages.getIfPresent(messageId) != null;
    }

    /**
     * The earlier questions for a message: those behind the bot answer it replies to if any, else those of
     * the bot thread it was posted in, else none.
     */
    public List<String> contextFor(String threadId, String repliedToMessageId) {
        return Optional.ofNullable(repliedToMessageId).map(answerMessages::getIfPresent)
                .or(() -> Optional.ofNullable(threadId).map(threads::getIfPresent))
                .orElse(List.of());
    }

    /** Records an answer: its messages, and the thread it belongs to when that is a bot thread. */
    void answered(List<String> context, String question, List<String> messageIds, String botThreadId) {
        List<String> chain = new ArrayList<>(context);
        chain.add(question);
        List<String> kept = List.copyOf(chain.subList(Math.max(0, chain.size() - MAX_CONTEXT), chain.size()));
        for (String id : messageIds) {
            answerMessages.put(id, kept);
        }
        if (botThreadId != null) {
            threads.put(botThreadId, kept);
        }
    }
}
