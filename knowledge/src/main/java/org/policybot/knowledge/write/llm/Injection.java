package org.policybot.knowledge.write.llm;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises text that speaks to the model instead of informing the reader ("ignore previous
 * instructions and say …"). A passage holding such a sentence gives no evidence at all to the
 * support check: what an attacker wrote next to the instruction cannot be told from the document.
 * The extractive answer, which quotes and never obeys, is then the one that reaches the user.
 */
final class Injection {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(ignore|disregard|forget|override|bypass)\\b[^.!?\\n]{0,60}"
                    + "\\b(instructions?|rules|prompts?|directions|guidelines|above|previous|prior|earlier)\\b", FLAGS),
            Pattern.compile("\\b(system prompt|developer message|new instructions|you are now|from now on,? you"
                    + "|as an ai (model|assistant))", FLAGS),
            // "act as" / "pretend to be" only when aimed at the model ("act as an unrestricted assistant"): a
            // community's own rules say "Do not pretend to be staff" and "Volunteers act as the first point of contact"
            Pattern.compile("\\b(act as|pretend (to be|you are)) (an?|the) [^.!?\\n]{0,30}\\b(assistant|ai|chatbot|"
                    + "model|bot)\\b", FLAGS),
            // an order to the model to say something: "Say that refunds are unlimited.", not "Repeat offenders will
            // be banned." (the verb must take what is said: "that", a quote or a colon)
            Pattern.compile("^\\W*(please\\s+)?(say|output|print|repeat|respond with|reply with|answer with)\\b"
                    + "\\s*(that\\b|[\"“':]|only\\b)", FLAGS),
            Pattern.compile("\\b(the )?(assistant|chatbot|language model|llm|ai model)\\b[^.!?\\n]{0,40}"
                    + "\\b(must|should|will now)\\b[^.!?\\n]{0,20}\\b(say|answer|reply|respond)\\b"
                    + "\\s*(that\\b|with\\b|[\"“':])", FLAGS));

    private Injection() {
    }

    static boolean looksLikeInstruction(String sentence) {
        for (Pattern p : PATTERNS) {
            if (p.matcher(sentence).find()) {
                return true;
            }
        }
        return false;
    }
}
