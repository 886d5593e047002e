/**
 * General English knowledge as resource files (stop words, asking words, number words, units of
 * time, negations, chat abbreviations...), each list once and named for the rule that reads it.
 */
package org.policybot.knowledge.lexicon;
