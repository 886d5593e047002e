package org.policybot.bot.conversation;

import java.io.IOException;
import java.time.Clock;
import org.policybot.bot.gaps.GapLog;
import org.policybot.bot.gaps.GapRecord;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.ClosestPassage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records the knowledge gaps a conversation shows: a question the engine weighed and did not answer, an
 * answer given with low confidence, a 👎 on an answer (and its withdrawal when changed to 👍). A failure to
 * record is logged and never stands in the way of an answer or a vote.
 */
public final class GapRecorder {
    private static final Logger LOG = LoggerFactory.getLogger(GapRecorder.class);

    private final GapLog log;
    private final Clock clock;

    public GapRecorder(GapLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    public GapLog log() {
        return log;
    }

    /** After an answer: records it when it abstained (having weighed the question) or answered with low confidence. */
    void answered(Answer a, String userId, String serverId) {
        String outcome = a.abstained() && a.weighed() ? GapRecord.ABSTAINED
                : Answer.LOW.equals(a.confidence()) ? GapRecord.LOW_CONFIDENCE : null;
        if (outcome != null) {
            write(serverId, a.question(), outcome, a.closest(), a.probability(), userId, a.id());
        }
    }

    /** After a vote that changed something: a 👎 is recorded; a 👎 changed to 👍 is withdrawn. */
    void voted(ConversationMemory.Entry answer, Vote vote, FeedbackStore.Outcome outcome) {
        if (vote == Vote.DOWN && outcome != FeedbackStore.Outcome.UNCHANGED) {
            write(answer.serverId(), answer.question(), GapRecord.VOTED_DOWN, answer.facts().closest(),
                    answer.facts().probability(), answer.userId(), answer.answerId());
        } else if (vote == Vote.UP && outcome == FeedbackStore.Outcome.CHANGED) {
            write(answer.serverId(), answer.question(), GapRecord.VOTE_WITHDRAWN, answer.facts().closest(),
                    answer.facts().probability(), answer.userId(), answer.answerId());
        }
    }

    private void write(String serverId, String question, String outcome, ClosestPassage closest, Double probability,
                       String userId, String answerId) {
        if (!log.recording()) {
            return;
        }
        try {
            log.record(new GapRecord(clock.instant().toString(), serverId, question, outcome, closest, probability,
                    log.pseudonym(userId), log.pseudonym(answerId)));
        } catch (IOException | RuntimeException e) {
            LOG.error("could not record a knowledge gap in {}: {}", log.file(), e.toString());
        }
    }
}
