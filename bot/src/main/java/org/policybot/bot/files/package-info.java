/**
 * The bot's own files in the data folder (conversation memory, votes, gap records): line logs that a
 * crash cannot leave half-written.
 */
package org.policybot.bot.files;
