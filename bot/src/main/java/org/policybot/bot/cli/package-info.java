/**
 * The command line (picocli): the stable commands, their wiring, and the clean exit that closes the
 * embedding model before the JVM goes.
 */
package org.policybot.bot.cli;
