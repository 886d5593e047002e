/**
 * The command-line entry point ({@link org.policybot.bot.Main}) and the start in a JVM that maps the
 * class-data archive made when the jar was packaged.
 */
package org.policybot.bot;
