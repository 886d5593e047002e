package org.policybot.bot.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.Warmup;
import org.policybot.knowledge.index.MiniLmEmbedder;

/**
 * Starts loading the embedding model before anything else, for the commands that will need it, and
 * readies the engine's other parts on another thread ({@link Warmup}): the model takes about half a
 * second to load, and logging, configuration and opening the index take as long on the main thread
 * meanwhile. Commands that never embed ({@code kb list}, {@code kb show}, {@code kb remove}, {@code kb
 * history}, {@code kb diff}, help, version) do not load it at all (the model loads only when asked
 * for; seeding an empty data folder is the one time such a command embeds).
 */
public final class ModelPreload {
    /** Global options that take a value (see {@link GlobalOptions}). */
    private static final Set<String> VALUED = Set.of("--data", "--config", "--actor");
    private static final Set<String> INFO = Set.of("help", "-h", "--help", "-V", "--version");
    private static final Set<String> KB_WITHOUT_MODEL = Set.of("list", "show", "remove", "history", "diff");

    private ModelPreload() {
    }

    public static void startFor(String... args) {
        if (needsModel(List.of(args))) {
            MiniLmEmbedder.preload();
            Warmup.inBackground();
        }
    }

    /** True for a command that embeds: anything but help, version and {@code kb list|show|remove|history|diff}. */
    static boolean needsModel(List<String> args) {
        List<String> words = commandWords(args);
        if (words.isEmpty()) {
            return false;
        }
        return !(words.get(0).equals("kb") && (words.size() < 2 || KB_WITHOUT_MODEL.contains(words.get(1))));
    }

    /**
     * The command's words (at most two: "kb", "list"), skipping options and the values of the global
     * options that take one; empty when help or version is asked for before them.
     */
    public static List<String> commandWords(List<String> args) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < args.size() && words.size() < 2; i++) {
            String a = args.get(i);
            if (INFO.contains(a)) {
                return List.of();
            }
            if (VALUED.contains(a)) {
                i++;
            } else if (!a.startsWith("-")) {
                words.add(a);
            }
        }
        return words;
    }
}
