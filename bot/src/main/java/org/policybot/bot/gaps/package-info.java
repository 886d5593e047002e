/**
 * Knowledge gaps: the questions members asked that the knowledge base did not answer well (abstained,
 * answered with low confidence, or voted 👎), kept for a limited time without user ids, and grouped by
 * meaning for moderators ({@code kb gaps}, {@code /kb gaps}).
 */
package org.policybot.bot.gaps;
