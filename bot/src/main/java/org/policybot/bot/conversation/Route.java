package org.policybot.bot.conversation;

/** What to do with a message: leave it, answer in place (reply), or open a thread for the answer. */
public enum Route {
    IGNORE, REPLY, NEW_THREAD
}
