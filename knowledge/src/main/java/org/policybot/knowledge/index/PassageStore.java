package org.policybot.knowledge.index;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where one scope's passages are kept and searched: the embedded Lucene index in the data folder
 * ({@link PassageIndex}, the default) or a distributed one. Every implementation must make each change
 * atomic as readers see it: a reader sees a document's passages of before the change or of after it,
 * never a mix, and never a manifest that disagrees with the passages (a distributed store whose commits
 * are neither atomic across shards nor private to one writer needs its own scheme for that, e.g.
 * versioned passages that a pointer to the live versions makes visible).
 */
public interface PassageStore extends Closeable {

    /** True once the store holds at least one commit (possibly of zero documents). */
    boolean hasCommit() throws IOException;

    /** A point-in-time view of the latest commit this process has noticed. */
    Snapshot acquire();

    /** The latest commit (this process's or another's), or {@link Committed#NONE}. */
    Committed latest() throws IOException;

    /**
     * Applies a change as one commit carrying the new manifest. On failure nothing of it is visible
     * and the previous commit stays current; a failure of the storage (disk full, a cluster that
     * cannot take the write) becomes an exception that says so.
     */
    Manifest change(Change change) throws IOException;

    /**
     * Reads the latest commit, whoever made it. Inside a {@link Change} that is exactly the commit the
     * change builds on, whatever the readers have seen.
     */
    <T> T readLatest(Function<Snapshot, T> read) throws IOException;

    /** The word vectors stored with these documents (what adding a document need not embed again). */
    WordVectors words();

    /** The writes one change may make; no reader may see any of them before the change commits. */
    interface Writes {
        /** Replaces all passages of document {@code docId} (index id) with {@code passages}. */
        void replace(String docId, List<PreparedPassage> passages) throws IOException;

        /** Removes document {@code docId}'s passages. */
        void delete(String docId) throws IOException;

        /** Removes every passage of this store. */
        void deleteAll() throws IOException;

        /**
         * Makes replaced passages stop counting in term statistics within this change (a rollback
         * must answer exactly as the restored version did). A backend whose statistics never count
         * replaced passages does nothing.
         */
        void dropReplaced() throws IOException;
    }

    /**
     * One change, run while this process is the only writer of the store. It receives the manifest of
     * the latest commit (not of a possibly stale snapshot) and returns the manifest to commit.
     */
    interface Change {
        Manifest apply(Manifest latest, Writes writes) throws IOException;

        /**
         * A record of the change (the audit entries) to commit with it; asked after {@link #apply}, with the commit
         * it follows (whose record may hold entries the audit log never got).
         */
        default String record(Committed previous) {
            return "";
        }

        /** Runs after a successful commit, still the only writer; a failure is logged, not thrown. */
        default void afterCommit(Committed committed) throws IOException {
        }

        /** Vectors of the words of what the change adds, stored after a successful commit. */
        default Map<String, float[]> words() {
            return Map.of();
        }

        /** Runs after a failed change was undone, with the manifest still committed. */
        default void afterRollback(Manifest committed) throws IOException {
        }
    }

    /** What a commit carries besides the passages: its sequence number, manifest and change record. */
    record Committed(long sequence, Manifest manifest, String record) {
        public static final Committed NONE = new Committed(0, Manifest.EMPTY, "");

        public Committed {
            record = record == null ? "" : record;
        }
    }
}
