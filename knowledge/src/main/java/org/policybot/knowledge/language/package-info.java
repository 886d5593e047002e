/**
 * The language a member asks in, so that a reply can meet them in it: the LLM writer answers in that
 * language, and an extractive answer, which quotes the English sources, says so in one line in it.
 * A wrong guess is worse than none (it would answer an English speaker in Dutch), so detection
 * answers "unknown" whenever it is unsure, and unknown means the sources' language, English.
 */
package org.policybot.knowledge.language;
