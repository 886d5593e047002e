/**
 * Writing an answer from the decided sentences: the extractive writer (default, no network), the
 * citations numbered by first use, and the optional LLM composer whose every sentence is checked
 * against the cited passages ({@code llm/}).
 */
package org.policybot.knowledge.write;
