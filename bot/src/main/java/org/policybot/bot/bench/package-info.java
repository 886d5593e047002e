/**
 * What {@code bench} measures with: the generated knowledge base ({@code SyntheticDocuments}), the
 * never-repeated questions a member would ask ({@code UniqueQuestions}) apart from the repeated
 * cache-hit set ({@code QuestionSet}), the timed answer load, cold-start child processes and the
 * report. Speed targets live here and in the README, never in timed unit tests.
 */
package org.policybot.bot.bench;
