package org.policybot.bot.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.policybot.bot.config.BotConfig;
import org.policybot.bot.config.ConfigException;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.index.CachingEmbedder;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.index.MiniLmEmbedder;
import org.policybot.knowledge.retrieve.Fusion;
import org.policybot.knowledge.write.llm.LlmComposer;

/**
 * Wires the engine for a command from the config and the global options, opening each piece on
 * first use: {@code kb list} never loads the LLM client nor the embedding model (which loads at the
 * first embedding, or earlier when {@link ModelPreload} starts it for a command that embeds).
 */
final class Services implements AutoCloseable {
    static final Path DEFAULT_CONFIG = Path.of("config", "policybot.json");
    private static final int QUERY_CACHE_ENTRIES = 10_000;

    private final BotConfig config;
    private CachingEmbedder embedder;
    private KnowledgeBase kb;
    private AnswerEngine engine;
    private LlmComposer composer;

    private Services(BotConfig config) {
        this.config = config;
    }

    static Services from(GlobalOptions options) {
        return from(options, options.data);
    }

    /** Services on {@code dataDir} (null: the config's data folder) with the rest of the options as given. */
    static Services from(GlobalOptions options, Path dataDir) {
        BotConfig config;
        if (options.config != null) {
            config = BotConfig.load(options.config);
        } else if (Files.isRegularFile(DEFAULT_CONFIG)) {
            config = BotConfig.load(DEFAULT_CONFIG);
        } else {
            config = BotConfig.defaults();
        }
        if (dataDir != null) {
            config = config.withDataDir(dataDir);
        }
        return new Services(config);
    }

    BotConfig config() {
        return config;
    }

    synchronized Embedder embedder() {
        return queryCache();
    }

    /** The embedder with its cache of question embeddings (bench counts the cache's hits). */
    synchronized CachingEmbedder queryCache() {
        if (embedder == null) {
            embedder = new CachingEmbedder(MiniLmEmbedder.shared(), QUERY_CACHE_ENTRIES);
        }
        return embedder;
    }

    synchronized KnowledgeBase kb() {
        if (kb == null) {
            try {
                kb = KnowledgeBase.open(config.dataDir(), new KnowledgeBase.Settings(config.limits().maxFileBytes(),
                        config.versions().keep()),
                        embedder(), config.index().open());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the knowledge base in " + config.dataDir() + ": " + e, e);
            }
        }
        return kb;
    }

    synchronized AnswerEngine engine(Fusion fusion) {
        if (engine == null) {
            engine = new AnswerEngine(kb(), embedder(), llm(), fusion);
        }
        return engine;
    }

    /** The LLM composer when the config has an llm section, else null (extractive answers). */
    private AnswerEngine.Generative llm() {
        return composer().map(AnswerEngine.Generative::of).orElse(null);
    }

    /** The LLM composer when the config has an llm section (one a process, so its call caps hold for all). */
    synchronized Optional<LlmComposer> composer() {
        if (config.llmSettings().isEmpty()) {
            return Optional.empty();
        }
        if (composer == null) {
            try {
                composer = LlmComposer.create(config.llmSettings().get(), embedder());
            } catch (IllegalArgumentException e) {
                throw new ConfigException(e.getMessage());
            }
        }
        return Optional.of(composer);
    }

    synchronized AnswerEngine engine() {
        return engine(Fusion.NORMALISED);
    }

    @Override
    public synchronized void close() throws IOException {
        if (kb != null) {
            kb.close();
        }
    }
}
