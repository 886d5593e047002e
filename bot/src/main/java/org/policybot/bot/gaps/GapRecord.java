package org.policybot.bot.gaps;

import org.policybot.knowledge.model.ClosestPassage;

/**
 * One line of the gap log: a question the bot could not answer well. No user id: {@code asker} is a
 * salted hash, only good for counting distinct askers; {@code answer} likewise, only good for joining a
 * 👎 to the abstention it was given on.
 *
 * @param time        when (ISO-8601 instant)
 * @param server      the Discord server it was asked in, or null for a direct message
 * @param question    the question as asked
 * @param outcome     {@link #ABSTAINED}, {@link #LOW_CONFIDENCE}, {@link #VOTED_DOWN} or {@link #VOTE_WITHDRAWN}
 * @param passage     the passage closest in meaning to the question, or null
 * @param probability the engine's probability that the knowledge base answers it, or null
 * @param asker       salted hash of the asker's user id
 * @param answer      salted hash of the answer id
 */
public record GapRecord(String time, String server, String question, String outcome, ClosestPassage passage,
                        Double probability, String asker, String answer) {
    /** The knowledge base did not answer. */
    public static final String ABSTAINED = "abstained";
    /** It answered, with low confidence. */
    public static final String LOW_CONFIDENCE = "low-confidence";
    /** The asker or another member voted 👎 on the answer. */
    public static final String VOTED_DOWN = "voted-down";
    /** A 👎 was changed to 👍: the vote no longer counts. */
    public static final String VOTE_WITHDRAWN = "vote-withdrawn";
}
