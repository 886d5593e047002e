package org.policybot.knowledge.model;

import java.util.List;

/**
 * What the engine returns for a question.
 *
 * @param id             a unique answer id (used for feedback)
 * @param question       the question as asked
 * @param answer         the answer text; every claim carries a {@code [n]} marker naming a citation
 * @param abstained      true when the knowledge base does not support an answer
 * @param confidence     {@link #HIGH} or {@link #LOW} for an answer ("low": the source may not answer exactly
 *                       this, here are the closest passages); {@link #NONE} for an abstention
 * @param citations      the passages used, numbered from 1 in order of first use
 * @param composer       "extractive", "llm" or "llm-fallback"
 * @param fallbackReason why the LLM answer was not used, or {@code null}
 * @param latencyMs      time spent answering, in milliseconds
 * @param closest        the passage closest in meaning to the question, or null when none was weighed (not a
 *                       question, nothing to search); also for an abstention, so that gaps can be seen
 * @param probability    the decision's probability that the knowledge base answers the question, or null when
 *                       the question was not weighed (greetings, requests that are not questions)
 */
public record Answer(String id, String question, String answer, boolean abstained, String confidence, List<Citation> citations,
                     String composer, String fallbackReason, long latencyMs, ClosestPassage closest, Double probability) {
    public static final String EXTRACTIVE = "extractive";
    public static final String LLM = "llm";
    public static final String LLM_FALLBACK = "llm-fallback";
    public static final String HIGH = "high";
    public static final String LOW = "low";
    public static final String NONE = "none";

    public Answer {
        citations = List.copyOf(citations);
    }

    /** An answer without a weighed decision (no closest passage, no probability). */
    public Answer(String id, String question, String answer, boolean abstained, String confidence, List<Citation> citations,
                  String composer, String fallbackReason, long latencyMs) {
        this(id, question, answer, abstained, confidence, citations, composer, fallbackReason, latencyMs, null, null);
    }

    /** True when the engine weighed the question against the knowledge base (it was a question, with something to search). */
    public boolean weighed() {
        return probability != null;
    }
}
