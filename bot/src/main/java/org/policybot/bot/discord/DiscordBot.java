package org.policybot.bot.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.Shards;
import org.policybot.bot.process.StopSignals;
import org.policybot.bot.conversation.Answers;
import org.policybot.bot.conversation.ChangeWarmup;
import org.policybot.bot.conversation.Conversation;
import org.policybot.bot.conversation.EnginePorts;
import org.policybot.bot.conversation.KnowledgeAdmin;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.model.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: logs in with the token from {@code DISCORD_TOKEN}, one gateway connection for each
 * shard this process runs ({@code discord.shards}; by default the only one), registers {@code /ask} and
 * {@code /kb} (the process running shard 0 only), answers, drops knowledge gaps past their retention once
 * a day, and on SIGTERM (or {@link #close()}) finishes the answers in flight, disconnects every shard and
 * flushes the logs. Network settings are the JVM's (default proxy selector and trust store).
 *
 * <p>All shards of a process share one {@link Conversation}: its memory, votes and gap records live in
 * the process's data folder. Discord sends a server's events always to the same shard and direct
 * messages to shard 0, so every follow-up, vote and thread of a conversation reaches the process that
 * remembers it, as long as the shard split ({@code total} and each process's {@code ids}) stays the same.
 */
public final class DiscordBot implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DiscordBot.class);
    private static final int WORKERS = 4;
    /** Knowledge gaps past their retention are dropped this often (and when the bot starts). */
    static final Duration GAP_SWEEP = Duration.ofDays(1);
    /** How long closing waits for each shard's connection to go away before it carries on. */
    private static final int DISCONNECT_SECONDS = 10;

    private final List<DiscordApi> apis;
    private final ExecutorService work;
    private final ScheduledExecutorService sweeper;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final AtomicBoolean closing = new AtomicBoolean();
    private Thread shutdownHook;
    /** The background readying of changed documents, when the bot runs on the real engine; closed with the bot. */
    private volatile ChangeWarmup warmup;

    private DiscordBot(List<DiscordApi> apis, ExecutorService work, ScheduledExecutorService sweeper) {
        this.apis = apis;
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

    /**
     * Starts the bot on the real engine: the usual entry for the {@code run} command. The shared documents, and each
     * scope a moderator changes, are readied for questions in the background ({@link ChangeWarmup}).
     */
    public static DiscordBot start(BotConfig config, KnowledgeBase kb, AnswerEngine engine, Embedder meaning,
                                   DiscordToken token) throws IOException {
        ChangeWarmup warmup = new ChangeWarmup(engine::prepare);
        warmup.accept(Scope.SHARED);
        try {
            DiscordBot bot = start(config, EnginePorts.answers(engine), EnginePorts.admin(kb, warmup), meaning, token);
            bot.warmup = warmup;
            return bot;
        } catch (IOException | RuntimeException e) {
            warmup.close();
            throw e;
        }
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
        Shards shards = conversation.discord().shards();
        // one set of listeners for every shard: they hold no per-connection state, and replies go out
        // through the api of the event they answer
        DiscordApiBuilder builder = new DiscordApiBuilder()
                .setToken(token.value())
                .setIntents(Intent.GUILDS, Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES, Intent.MESSAGE_CONTENT)
                .setShutdownHookRegistrationEnabled(false)
                .addSlashCommandCreateListener(new SlashCommandHandler(conversation, members, work, token))
                .addMessageCreateListener(new MessageHandler(conversation, work, Outbox.JAVACORD, token))
                .addButtonClickListener(new ButtonHandler(conversation, token))
                .addInteractionCreateListener(new OtherInteractions(token));
        List<DiscordApi> apis = login(customise.apply(builder).setTotalShards(shards.total()), shards, token, work);
        ScheduledExecutorService sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policybot-gap-sweep");
            t.setDaemon(true);
            return t;
        });
        sweeper.scheduleAtFixedRate(() -> sweepGaps(conversation), GAP_SWEEP.toMillis(), GAP_SWEEP.toMillis(),
                TimeUnit.MILLISECONDS);
        DiscordBot bot = new DiscordBot(apis, work, sweeper);
        try {
            registerCommands(apis, conversation.discord());
        } catch (CompletionException e) {
            bot.close();
            throw DiscordLoginException.of("registering the slash commands failed", e, token);
        }
        for (DiscordApi api : apis) {
            LOG.info("shard {} of {}: logged in as {} (id {}), in {} servers", api.getCurrentShard(),
                    api.getTotalShards(), api.getYourself().getName(), api.getYourself().getId(), api.getServers().size());
        }
        return bot;
    }

    /**
     * Logs in every shard this process runs, one connection each (Javacord spaces the IDENTIFYs by its
     * per-token rate limiter); when one fails, those already connected are disconnected again.
     */
    private static List<DiscordApi> login(DiscordApiBuilder builder, Shards shards, DiscordToken token,
                                          ExecutorService work) {
        List<CompletableFuture<DiscordApi>> pending =
                builder.loginShards(shards.ids().stream().mapToInt(Integer::intValue).toArray());
        List<DiscordApi> apis = new ArrayList<>(pending.size());
        RuntimeException failure = null;
        for (CompletableFuture<DiscordApi> shard : pending) {
            try {
                apis.add(shard.join());
            } catch (CompletionException | CancellationException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            disconnect(apis);
            work.shutdownNow();
            throw DiscordLoginException.of(failure, token);
        }
        return List.copyOf(apis);
    }

    /**
     * Registers the slash commands once for the whole bot: only the process that runs shard 0 does, through
     * that shard's connection. Commands belong to the application, not to a connection, so one bulk
     * overwrite serves every shard and every process. Had every shard or process registered, each start
     * would repeat the same rate-limited overwrite once per shard, and during a rolling update processes on
     * different versions would overwrite each other's definitions. Shard 0 is the one shard a deployment
     * always runs exactly once (Discord sends every direct message there), so it names a single registrar
     * without any coordination between processes.
     */
    private static void registerCommands(List<DiscordApi> apis, DiscordSettings discord) {
        if (!discord.shards().runsShardZero()) {
            LOG.info("not registering the slash commands: the process that runs shard 0 does");
            return;
        }
        DiscordApi shardZero = apis.stream().filter(api -> api.getCurrentShard() == 0).findFirst()
                .orElseThrow(() -> new IllegalStateException("shard 0 is configured but was not logged in"));
        Commands.register(shardZero, discord);
    }

    /** The connections of this process, one per shard it runs, in the configured order. */
    List<DiscordApi> apis() {
        return apis;
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

    /** Lets answers in flight finish (up to 10 s), then disconnects every shard. Idempotent. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            return;
        }
        LOG.info("shutting down");
        ChangeWarmup readying = warmup;
        if (readying != null) {
            readying.close();
        }
        sweeper.shutdownNow();
        work.shutdown();
        try {
            if (!work.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("answers still in flight after 10 s; disconnecting anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disconnect(apis);
            work.shutdownNow();
            removeShutdownHook();
            stopped.countDown();
        }
        LOG.info("disconnected");
    }

    /** Disconnects the shards together, waiting up to {@value #DISCONNECT_SECONDS} s for each. */
    private static void disconnect(List<DiscordApi> apis) {
        List<CompletableFuture<Void>> pending = new ArrayList<>(apis.size());
        for (DiscordApi api : apis) {
            try {
                pending.add(api.disconnect());
            } catch (RejectedExecutionException e) {
                // Javacord's executors may already be stopping; the connection is going away either way
                LOG.debug("disconnect shard {}: {}", api.getCurrentShard(), e.getClass().getSimpleName());
            }
        }
        for (CompletableFuture<Void> done : pending) {
            try {
                done.get(DISCONNECT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RejectedExecutionException | ExecutionException | TimeoutException e) {
                LOG.debug("disconnect: {}", e.getClass().getSimpleName());
            }
        }
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
