package org.policybot.knowledge.index;

import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.model.Passage;

/**
 * A point-in-time view of one scope's reading of the knowledge base: the passages and the manifest
 * committed with them. An answer reads everything from one snapshot, so every passage it cites is in
 * the generation it was answered from, whatever changes land meanwhile. Close it when done.
 *
 * <p>A snapshot sees the shared documents, or the shared documents and one server's
 * ({@link PassageBackend#union}). Everything read through it (BM25 and its statistics, nearest
 * vectors, the words spelling correction consults, the manifest) covers those documents and no
 * others, so one server's documents never change how another server is answered.
 *
 * <p>What every backend must give (the embedded index, {@link LuceneSnapshot}, does): all calls on one
 * snapshot read the same generation, whatever commits land meanwhile; a generation holds no part of an
 * uncommitted change; term statistics (BM25's and {@link #terms}) count exactly the passages read, so
 * a union counts both scopes' passages as one collection would.
 */
public interface Snapshot extends AutoCloseable {
    /** The documents this snapshot reads (empty before the first commit). */
    Manifest manifest();

    /** Word vectors stored with the documents this snapshot reads (some words may be missing). */
    WordVectors words();

    /** True when it reads no passage. */
    boolean isEmpty();

    /**
     * BM25 over passage text, section and title (the field weights of {@link Fields}), best first, at
     * most {@code depth}. The terms are matched as given, never parsed.
     */
    List<Hit> lexical(List<LexicalTerm> terms, int depth);

    /** The passages whose vectors are nearest {@code vector} (cosine, best first), at most {@code depth}. */
    List<Hit> nearest(float[] vector, int depth);

    /** A passage a search of this snapshot found, with its sentence vectors. */
    IndexedPassage load(Hit hit);

    /** The passage at {@code position} of document {@code docId} (its index id), if there is one. */
    Optional<IndexedPassage> passageAt(String docId, int position);

    /** A document's passages in order (none when this snapshot does not read it). */
    List<Passage> passages(String docId);

    /** Term rarity and the words spelling correction may suggest, over exactly these passages. */
    TermStatistics terms();

    @Override
    void close();
}
