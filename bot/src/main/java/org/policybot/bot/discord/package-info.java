/**
 * The only package that imports Javacord: turns Discord events into conversation requests and
 * replies into messages, and answers every interaction.
 */
package org.policybot.bot.discord;
