package org.policybot.bot.gaps;

import java.util.List;
import org.policybot.knowledge.model.ClosestPassage;

/**
 * One question as the gap report sees it: the records of one answer joined (an abstention and a 👎 on
 * it are one question with two outcomes).
 *
 * @param time        when it was first recorded (ISO-8601 instant)
 * @param server      the server it was asked in, or null for a direct message
 * @param question    the question as asked
 * @param outcomes    what happened to it, sorted ({@link GapRecord#ABSTAINED} and the others)
 * @param passage     the passage closest in meaning, or null
 * @param probability the engine's probability that the knowledge base answers it, or null
 * @param asker       salted hash of the asker's user id
 */
public record GapQuestion(String time, String server, String question, List<String> outcomes, ClosestPassage passage,
                          Double probability, String asker) {
    public GapQuestion {
        outcomes = List.copyOf(outcomes);
    }
}
