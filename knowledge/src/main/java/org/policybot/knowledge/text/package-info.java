/**
 * Text as every stage reads it: the one analyzer of index and questions ({@link
 * org.policybot.knowledge.text.Terms}), sentence boundaries, figures and the kinds of thing an
 * answer can hold.
 */
package org.policybot.knowledge.text;
