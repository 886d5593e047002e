/**
 * The application: the command-line entry point ({@link org.policybot.bot.Main}) that wires the
 * knowledge library to the commands, the Discord adapter and the config, and its start in a JVM that
 * maps the class-data archive made when the jar was packaged.
 */
package org.policybot.bot;
