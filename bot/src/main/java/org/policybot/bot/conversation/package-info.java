/**
 * The bot's behaviour without Discord types: which requests are answered, limits that cannot be
 * turned into spam, the moderators' per-server commands, votes, and the conversation memory that
 * survives a restart. Plain Java, so that it is tested without a Discord client.
 */
package org.policybot.bot.conversation;
