package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.bot.TestEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/** Readying a scope's documents off the answer path: after each change a moderator commits, in order. */
class ChangeWarmupTest {
    private static final Scope HERE = Scope.server("42");

    private static Source rules(String text) {
        return Source.of("rules.md", ("# House rules\n\n" + text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyCommittedChangeIsReadiedInTheOrderItCame(@TempDir Path dir) throws IOException, InterruptedException {
        // GIVEN the knowledge base's port telling a warm-up whose readying records scopes (the second one fails)
        List<Scope> readied = new CopyOnWriteArrayList<>();
        CountDownLatch four = new CountDownLatch(4);
        try (KnowledgeBase kb = TestEngine.openKnowledgeBase(dir);
             ChangeWarmup warmup = new ChangeWarmup(scope -> {
                 readied.add(scope);
                 four.countDown();
                 if (readied.size() == 2) {
                     throw new IllegalStateException("index closed");
                 }
             })) {
            KnowledgeAdmin admin = EnginePorts.admin(kb, warmup);

            // WHEN a moderator adds a document, fails to remove an unknown one, reindexes and removes it
            admin.add(HERE, rules("Members return every tool to its shelf."), "discord:1:mod");
            try {
                admin.remove(HERE, "no-such-document", "discord:1:mod");
            } catch (RuntimeException expected) {
                // the moderator's mistake: nothing changed
            }
            admin.reindex(HERE, "discord:1:mod");
            admin.remove(HERE, "rules", "discord:1:mod");

            // AND lists the documents, then something else is readied behind whatever that queued
            admin.list(HERE);
            warmup.accept(Scope.SHARED);

            // THEN each committed change was readied, in order, a failed readying stopped none after it, and listing
            // (no change) readied nothing
            assertThat(four.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(readied).containsExactly(HERE, HERE, HERE, Scope.SHARED);
        }
    }

    @Test
    void aClosedWarmupTakesNoMoreWork() {
        // GIVEN a closed warm-up
        List<Scope> readied = new CopyOnWriteArrayList<>();
        ChangeWarmup warmup = new ChangeWarmup(readied::add);
        warmup.close();

        // WHEN a change comes after the bot stopped
        warmup.accept(Scope.SHARED);

        // THEN it is dropped without an error
        assertThat(readied).isEmpty();
    }
}
