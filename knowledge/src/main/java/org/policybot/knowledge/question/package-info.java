/**
 * Reading a question, once: cleaning, intent, type, figures, polarity, follow-up status and
 * content terms weighed against the knowledge base's vocabulary, into one {@link
 * org.policybot.knowledge.question.ReadQuestion} that every later stage reads.
 */
package org.policybot.knowledge.question;
