/**
 * The optional LLM composer. Entry point: {@link org.policybot.knowledge.write.llm.LlmComposer}.
 * A reply travels: {@code AnswerPrompt} (rules in the system message, passages and questions as
 * tagged data) → {@code GuardedChat} (deadline, one retry after a 5xx, failures as reason codes) →
 * {@code ReplySentences} (sentences and their [n] markers) → {@code ReplyCheck} with
 * {@link org.policybot.knowledge.write.llm.SupportCheck} (only supported sentences citing real
 * passages survive) → {@code CitationNumbering} (renumbered by first use, verbatim quotes).
 * Anything short of a checked answer is an {@link org.policybot.knowledge.write.llm.LlmOutcome}
 * failure reason, and the caller answers extractively.
 */
package org.policybot.knowledge.write.llm;
