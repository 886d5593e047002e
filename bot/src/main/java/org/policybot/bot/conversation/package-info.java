/**
 * The bot's behaviour without Discord types: which requests are answered, limits that cannot be
 * turned into spam, the moderators' per-server commands, votes, and the conversation memory that
 * survives a restart. Plain Java, so that it is tested without a Discord client.
 *
 * <p>All of this state (conversation memory, votes, knowledge gaps, rate limits) belongs to one
 * process and its data folder, also when the bot is sharded over several processes
 * ({@code discord.shards}). No shared store is needed: everything a conversation touches arrives on
 * one shard, because Discord sends a server's events (messages, commands, button clicks, threads)
 * always to shard {@code (server_id >> 22) % total} and direct messages to shard 0, and each shard
 * runs in exactly one process. A follow-up, a vote or a reply in a bot thread therefore reaches the
 * process that remembers the answer. This holds while the split stays the same; changing {@code total}
 * or moving shard ids between processes moves servers, whose memory stays behind and runs out after
 * {@code memory.days}. The per-member question limit and the LLM's global call cap count per process.
 */
package org.policybot.bot.conversation;
