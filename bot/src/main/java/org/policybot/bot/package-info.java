/**
 * The application: the command-line entry point ({@code Main}) that wires the knowledge library to
 * the commands, the Discord adapter and the config.
 */
package org.policybot.bot;
