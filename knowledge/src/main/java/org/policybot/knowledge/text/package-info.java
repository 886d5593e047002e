/**
 * Text as every stage reads it: the one analyzer of index and questions ({@link
 * org.policybot.knowledge.text.Terms}), sentence boundaries (and where a sentence's words start after
 * a list marker or clause number), figures and the kinds of thing an answer can hold.
 */
package org.policybot.knowledge.text;
