/**
 * The process's own life: stopping in order on SIGTERM and Ctrl-C, so that native code (the embedding
 * model) is never in flight when the JVM shuts down.
 */
package org.policybot.bot.process;
