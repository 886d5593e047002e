package org.policybot.bot.discord;

import java.lang.reflect.Method;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Flushes and stops the logging backend at shutdown so the last lines reach their files. Logback is a
 * runtime dependency only, so its {@code stop()} is found by reflection; other backends are left alone.
 */
final class LogFlush {
    private LogFlush() {
    }

    static void flush() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        try {
            Method stop = factory.getClass().getMethod("stop");
            stop.invoke(factory);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not logback, or already stopped: nothing to flush
        }
    }
}
