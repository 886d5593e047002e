/**
 * The only package that imports Javacord: turns Discord events into conversation requests and
 * replies into messages, and answers every interaction. A process holds one Javacord connection per
 * gateway shard it runs ({@code discord.shards}), all with the same listeners and one conversation;
 * see {@link org.policybot.bot.discord.DiscordBot} for who registers the slash commands and why, and
 * the conversation package for why per-process memory stays consistent across shards.
 */
package org.policybot.bot.discord;
