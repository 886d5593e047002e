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
    void everyCommittedChangeIsReadiedInOrderAndAScopeWaitsOnce(@TempDir Path dir) throws IOException,
            InterruptedException {
        // GIVEN the knowledge base's port telling a warm-up whose readying records scopes, holds the first readying
        // until released and fails the second
        List<Scope> readied = new CopyOnWriteArrayList<>();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch three = new CountDownLatch(3);
        try (KnowledgeBase kb = TestEngine.openKnowledgeBase(dir);
             ChangeWarmup warmup = new ChangeWarmup(scope -> {
                 readied.add(scope);
                 started.countDown();
                 three.countDown();
                 try {
                     release.await(10, TimeUnit.SECONDS);
                 } catch (InterruptedException e) {
                     Thread.currentThread().interrupt();
                 }
                 if (readied.size() == 2) {
                     throw new IllegalStateException("index closed");
                 }
             })) {
            KnowledgeAdmin admin = EnginePorts.admin(kb, warmup);

            // WHEN a moderator adds a document (its readying starts), fails to remove an unknown one, reindexes and
            // removes the document while the first readying runs, lists, and the shared documents change too
            admin.add(HERE, rules("Members return every tool to its shelf."), "discord:1:mod");
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
            try {
                admin.remove(HERE, "no-such-document", "discord:1:mod");
            } catch (RuntimeException expected) {
                // the moderator's mistake: nothing changed
            }
            admin.reindex(HERE, "discord:1:mod");
            admin.remove(HERE, "rules", "discord:1:mod");
            admin.list(HERE);
            assertThat(warmup.offer(HERE)).as("already waiting").isFalse();
            assertThat(warmup.offer(Scope.SHARED)).isTrue();
            release.countDown();

            // THEN the server was readied after its first change and once more for the two that came meanwhile,
            // then the shared documents, though the second readying failed; listing and the failed removal, which
            // changed nothing, readied nothing
            assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(readied).containsExactly(HERE, HERE, Scope.SHARED);
        }
    }

    @Test
    void aClosedWarmupTakesNoMoreWork() {
        // GIVEN a closed warm-up
        List<Scope> readied = new CopyOnWriteArrayList<>();
        ChangeWarmup warmup = new ChangeWarmup(readied::add);
        warmup.close();

        // WHEN a change comes after the bot stopped
        boolean queued = warmup.offer(Scope.SHARED);

        // THEN it is refused at once, without an error
        assertThat(queued).isFalse();
        assertThat(readied).isEmpty();
    }

    @Test
    void closingDropsWhatIsQueuedAndLetsTheReadyingUnderWayFinish() throws InterruptedException {
        // GIVEN a readying under way, held until released, and two more queued behind it
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch finished = new CountDownLatch(1);
        List<Scope> readied = new CopyOnWriteArrayList<>();
        List<Boolean> interrupted = new CopyOnWriteArrayList<>();
        ChangeWarmup warmup = new ChangeWarmup(scope -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            interrupted.add(Thread.currentThread().isInterrupted());
            readied.add(scope);
            finished.countDown();
        });
        warmup.accept(HERE);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        warmup.accept(Scope.SHARED);
        warmup.accept(Scope.server("43"));

        // WHEN the bot stops, then the readying under way is let go
        warmup.close();
        release.countDown();

        // THEN it finished without an interrupt (an index read is never cut off), and the queued ones never ran
        assertThat(finished.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(warmup.awaitTermination(10)).isTrue();
        assertThat(interrupted).containsExactly(false);
        assertThat(readied).containsExactly(HERE);
    }
}
