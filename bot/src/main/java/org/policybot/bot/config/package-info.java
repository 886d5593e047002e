/** The immutable configuration, checked when loaded, each mistake named by its field; secrets never live here. */
package org.policybot.bot.config;
