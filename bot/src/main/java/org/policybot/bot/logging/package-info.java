/**
 * Logging set up in code (levels from POLICYBOT_LOG_LEVEL, logs on stderr), so that start-up does
 * not parse a configuration file and answers on stdout stay clean.
 */
package org.policybot.bot.logging;
