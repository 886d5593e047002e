/**
 * The decision: which sentences answer a question and whether the knowledge base answers it at
 * all, from features that mean the same on any document, by two logistic models whose weights and
 * thresholds live in one resource file with their sources.
 */
package org.policybot.knowledge.decide;
