package org.policybot.bot.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.javacord.api.DiscordApi;
import org.javacord.api.DiscordApiBuilder;
import org.javacord.api.entity.intent.Intent;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.process.StopSignals;
import org.policybot.bot.conversation.Answers;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.EnginePorts;
import org.policybot.bot.conversation.KnowledgeAdmin;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Embedder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: logs in with the token from {@code DISCORD_TOKEN}, registers {@code /ask} and
 * {@code /kb}, answers, drops knowledge gaps past their retention once a day, and on SIGTERM (or
 * {@link #close()}) finishes the answers in flight, disconnects and flushes the logs. Network settings
 * are the JVM's (default proxy selector and trust store).
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    private static final int WORKERS = 4;
    /** Knowledge gaps past their retention are dropped this often (and when the bot starts). */
    static final Duration GAP_SWEEP = Duration.ofDays(1);

    private final DiscordApi api;
    private final ExecutorService work;
    private final ScheduledExecutorService sweeper;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private Thread shutdownHook;

    private DiscordBot(DiscordApi api, ExecutorService work, ScheduledExecutorService sweeper) {
        this.api = api;
        this.work = work;
        this.sweeper = sweeper;
    }

    /**
     * Starts the bot and installs a shutdown hook (SIGTERM: disconnect, flush logs).
     *
     * @throws DiscordLoginException when Discord refuses the login (the message never holds the token)
     */
    public static DiscordBot start(BotConfig config, Answers answers, KnowledgeAdmin admin, Embedder meaning,
                                   DiscordToken token) throws IOException {
        DiscordBot bot = start(Conversation.create(config, answers, admin, meaning), token, UnaryOperator.identity());
        bot.installShutdownHook();
        // on SIGTERM or Ctrl-C, before the model closes and the JVM shuts down (see StopSignals)
        StopSignals.beforeExit(bot::close);
        return bot;
    }

    /** Starts the bot on the real engine: the usual entry for the {@code run} command. */
    public static DiscordBot start(BotConfig config, KnowledgeBase kb, AnswerEngine engine, Embedder meaning,
                                   DiscordToken token) throws IOException {
        return start(config, EnginePorts.answers(engine), EnginePorts.admin(kb), meaning, token);
    }

    /** Starts the bot with the builder adjusted by {@code customise} (tests: identify rate limiter). */
    static DiscordBot start(Conversation conversation, DiscordToken token, UnaryOperator<DiscordApiBuilder> customise) {
        AtomicInteger threads = new AtomicInteger();
        ExecutorService work = Executors.newFixedThreadPool(WORKERS, r -> {
            Thread t = new Thread(r, "policybot-answer-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        Members members = new Members(conversation.discord().moderatorPermission());
        DiscordApiBuilder builder = new DiscordApiBuilder()
                .setToken(token.value())
                .setIntents(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES, Intent.MESSAGE_CONTENT)
                .setShutdownHookRegistrationEnabled(false)
                .addSlashCommandCreateListener(new SlashCommandHandler(conversation, members, work, token))
                .addMessageCreateListener(new MessageHandler(conversation, work, Outbox.JAVACORD, token))
                .addButtonClickListener(new ButtonHandler(conversation, token))
                .addInteractionCreateListener(new OtherInteractions(token));
        DiscordApi api;
        try {
            api = customise.apply(builder).login().join();
        } catch (CompletionException | java.util.concurrent.CancellationException e) {
            work.shutdownNow();
            throw DiscordLoginException.of(e, token);
        }
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policybot-gap-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleAtFixedRate(() -> sweepGaps(conversation), GAP_SWEEP.toMillis(), GAP_SWEEP.toMillis(),
                TimeUnit.MILLISECONDS);
        DiscordBot bot = new DiscordBot(api, work, sweeper);
        try {
            Commands.register(api, conversation.discord());
        } catch (CompletionException e) {
            bot.close();
            throw DiscordLoginException.of("registering the slash commands failed", e, token);
        }
        LOG.info("logged in as {} (id {}), in {} servers", api.getYourself().getName(), api.getYourself().getId(),
                api.getServers().size());
        return bot;
    }

    DiscordApi api() {
        return api;
    }

    /** Drops the knowledge gaps past their retention; a failure is logged and tried again the next day. */
    private static void sweepGaps(Conversation conversation) {
        try {
            int dropped = conversation.dropExpiredGaps();
            LOG.info("dropped {} knowledge gap record(s) past their retention", dropped);
        } catch (IOException | RuntimeException e) {
            LOG.warn("dropping old knowledge gap records failed (tried again in a day): {}", e.toString());
        }
    }

    /** Blocks until the bot has been closed (by {@link #close()} or the shutdown hook). */
    public void awaitShutdown() throws InterruptedException {
        stopped.await();
    }

    /** Lets answers in flight finish (up to 10 s), then disconnects. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        LOG.info("shutting down");
        sweeper.shutdownNow();
        work.shutdown();
        try {
            if (!work.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("answers still in flight after 10 s; disconnecting anyway");
            }
            api.disconnect().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RejectedExecutionException | java.util.concurrent.ExecutionException | TimeoutException e) {
            // Javacord's executors may already be stopping; the connection is going away either way
            LOG.debug("disconnect: {}", e.getClass().getSimpleName());
        } finally {
            work.shutdownNow();
            removeShutdownHook();
            stopped.countDown();
        }
        LOG.info("disconnected");
    }

    private void installShutdownHook() {
        shutdownHook = new Thread(() -> {
            close();
            LogFlush.flush();
        }, "policybot-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    private void removeShutdownHook() {
        Thread hook = shutdownHook;
        if (hook != null && hook != Thread.currentThread()) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook is running or about to
            }
        }
    }
}
