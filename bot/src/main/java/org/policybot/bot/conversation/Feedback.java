package org.policybot.bot.conversation;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 👍/👎 buttons under each answer: their custom ids ({@code vote:up:<answerId>}) and what a click
 * does (record the vote with the answer's question, say so privately; a 👎 is also a knowledge gap). A
 * vote must name an answer the bot gave and still remembers; any other is refused and nothing is written.
 */
public final class Feedback {
    private static final Logger LOG = LoggerFactory.getLogger(Feedback.class);
    static final String PREFIX = "vote:";
    static final String UNKNOWN_ANSWER = "I can't find that answer (I remember answers for a limited time),"
            + " so your vote was not recorded.";

    private final FeedbackStore store;
    private final ConversationMemory memory;
    private final GapRecorder gaps;
    private final Clock clock;

    Feedback(FeedbackStore store, ConversationMemory memory, GapRecorder gaps, Clock clock) {
        this.store = store;
        this.memory = memory;
        this.gaps = gaps;
        this.clock = clock;
    }

    /** The two buttons for an answer. */
    public static List<ReplyButton> buttons(String answerId) {
        return List.of(new ReplyButton(PREFIX + Vote.UP.wire() + ":" + answerId, Vote.UP.emoji(), "Helpful"),
                new ReplyButton(PREFIX + Vote.DOWN.wire() + ":" + answerId, Vote.DOWN.emoji(), "Not helpful"));
    }

    /**
     * Handles a button click.
     *
     * @return the private acknowledgement (or refusal), or empty when the button is not a feedback button
     */
    public Optional<String> click(String customId, Asker who) {
        if (customId == null || !customId.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = customId.split(":", 3);
        if (parts.length != 3 || parts[2].isBlank() || !(parts[1].equals("up") || parts[1].equals("down"))) {
            return Optional.empty();
        }
        Vote vote = Vote.fromWire(parts[1]);
        String answerId = parts[2];
        Optional<ConversationMemory.Entry> answer = memory.answer(answerId);
        if (answer.isEmpty()) {
            LOG.info("feedback {} on unknown answer {} by user {} refused", vote.wire(), answerId, who.userId());
            return Optional.of(UNKNOWN_ANSWER);
        }
        try {
            FeedbackStore.Outcome outcome = store.record(who.userId(), answerId, answer.get().question(), vote,
                    clock.instant());
            LOG.info("feedback {} on {} by user {}: {}", vote.wire(), answerId, who.userId(), outcome);
            gaps.voted(answer.get(), vote, outcome);
            return Optional.of(switch (outcome) {
                case RECORDED -> "Thanks for the feedback! " + vote.emoji() + " recorded.";
                case CHANGED -> "Changed your vote to " + vote.emoji() + ".";
                case UNCHANGED -> "You already voted " + vote.emoji() + " on this answer.";
            });
        } catch (UncheckedIOException e) {
            LOG.error("recording feedback failed", e);
            return Optional.of("Sorry, I could not record your vote just now.");
        }
    }
}
