package org.policybot.bot.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * The application's logging, set up in code: logback parsing an XML file costs a few hundred
 * milliseconds of every command's start. Logs go to stderr so stdout carries only answers (ask in
 * JSON, batch, eval). The level of the application's own loggers comes from {@code
 * POLICYBOT_LOG_LEVEL} (else the {@code policybot.log.level} property, else WARN); Javacord's
 * endless reconnect attempts get one short line each.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg%n";
    static final String SHORT_PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{24} - %msg: %ex{short}%nopex%n";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        ConsoleAppender<ILoggingEvent> full = stderr(context, "STDERR", PATTERN);
        ConsoleAppender<ILoggingEvent> brief = stderr(context, "STDERR_SHORT", SHORT_PATTERN);

        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(full);

        Logger javacord = context.getLogger("org.javacord");
        javacord.setLevel(Level.WARN);
        javacord.setAdditive(false);
        javacord.addAppender(brief);

        context.getLogger("org.policybot").setLevel(Level.toLevel(level(), Level.WARN));
        for (String quiet : new String[] {"ai.djl", "org.apache.tika", "org.apache.pdfbox"}) {
            context.getLogger(quiet).setLevel(Level.ERROR);
        }
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    static String level() {
        String env = System.getenv("POLICYBOT_LOG_LEVEL");
        if (env != null && !env.isBlank()) {
            return env.strip();
        }
        return System.getProperty("policybot.log.level", "WARN");
    }

    private static ConsoleAppender<ILoggingEvent> stderr(LoggerContext context, String name, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName(name);
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }
}
