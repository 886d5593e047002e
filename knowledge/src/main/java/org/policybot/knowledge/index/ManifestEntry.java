package org.policybot.knowledge.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.PassageOrigin;
import org.policybot.knowledge.model.Scope;

/**
 * What the knowledge base records about one document, enough to rebuild it from its source file, and
 * the older versions it keeps (each enough to rebuild that version). Entries written before versions
 * existed read as version 1 with no history.
 *
 * @param id            document id in the index ({@link Scope#indexId}: a server's documents carry the server id)
 * @param title         document title as indexed
 * @param url           document URL as indexed, or ""
 * @param author        author or organisation as found in the source, or "" (answers name it for "we")
 * @param sourceFile    the original file name
 * @param storedAs      the source copy's file name inside the data folder's {@code sources/}
 * @param sha256        hex SHA-256 of the source bytes
 * @param addedAt       ISO-8601 instant of this version's add (or rollback)
 * @param addedBy       the actor who made this version
 * @param passages      number of passages indexed
 * @param titleOverride the title given by the moderator, or null (re-applied by reindex)
 * @param urlOverride   the URL given by the moderator, or null (re-applied by reindex)
 * @param version       this version's number: 1 for the first add, one more for each later add or rollback
 * @param restoredFrom  the version a rollback restored, or null
 * @param origins       which version each passage's text dates from, as runs in position order; empty means
 *                      every passage dates from this version
 * @param history       older versions, newest first, each without a history of its own
 */
public record ManifestEntry(String id, String title, String url, String author, String sourceFile, String storedAs, String sha256,
                            String addedAt, String addedBy, int passages, String titleOverride, String urlOverride,
                            int version, Integer restoredFrom, List<OriginRun> origins, List<ManifestEntry> history) {

    public ManifestEntry {
        version = Math.max(1, version);
        origins = origins == null ? List.of() : List.copyOf(origins);
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A first version, without history. */
    public ManifestEntry(String id, String title, String url, String author, String sourceFile, String storedAs,
                         String sha256, String addedAt, String addedBy, int passages, String titleOverride,
                         String urlOverride) {
        this(id, title, url, author, sourceFile, storedAs, sha256, addedAt, addedBy, passages, titleOverride, urlOverride,
                1, null, List.of(), List.of());
    }

    /** What callers see of this entry, which belongs to {@code scope}. */
    public DocumentInfo info(Scope scope) {
        return new DocumentInfo(scope.docId(id), title, url, sourceFile, sha256, Instant.parse(addedAt), addedBy, passages,
                scope, version);
    }

    /** This version as a history line ({@code current}: whether it is the version answering now). */
    public DocumentVersion describe(Scope scope, boolean current) {
        return new DocumentVersion(scope.docId(id), version, Instant.parse(addedAt), addedBy, sha256, passages, title,
                sourceFile, restoredFrom, current);
    }

    /** This entry completed with what parsing found. */
    public ManifestEntry withParsed(String newTitle, String newUrl, String newAuthor, int count) {
        return new ManifestEntry(id, newTitle, newUrl, newAuthor, sourceFile, storedAs, sha256, addedAt, addedBy, count,
                titleOverride, urlOverride, version, restoredFrom, origins, history);
    }

    /** This entry as version {@code number}, whose passages date from {@code runs}, with {@code older} versions behind it. */
    public ManifestEntry asVersion(int number, Integer restored, List<OriginRun> runs, List<ManifestEntry> older) {
        return new ManifestEntry(id, title, url, author, sourceFile, storedAs, sha256, addedAt, addedBy, passages,
                titleOverride, urlOverride, number, restored, runs, older);
    }

    /** This version made again by {@code actor} at {@code time} (a rollback restoring it). */
    public ManifestEntry remadeBy(String actor, String time) {
        return new ManifestEntry(id, title, url, author, sourceFile, storedAs, sha256, time, actor, passages,
                titleOverride, urlOverride, version, restoredFrom, origins, history);
    }

    /** This entry as one line of another's history: the same version, without history of its own. */
    public ManifestEntry withoutHistory() {
        return history.isEmpty() ? this : asVersion(version, restoredFrom, origins, List.of());
    }

    /** True when {@code other} would index the same thing: the same bytes, read with the same overrides. */
    public boolean sameContentAs(ManifestEntry other) {
        return sha256.equals(other.sha256) && java.util.Objects.equals(titleOverride, other.titleOverride)
                && java.util.Objects.equals(urlOverride, other.urlOverride);
    }

    /** This version, then the older ones, newest first. */
    public List<ManifestEntry> versions() {
        List<ManifestEntry> out = new ArrayList<>();
        out.add(withoutHistory());
        out.addAll(history);
        return out;
    }

    /** The kept version with this number (this one or an older one). */
    public Optional<ManifestEntry> version(int number) {
        return versions().stream().filter(v -> v.version() == number).findFirst();
    }

    /** Where each passage's text comes from, by position (runs expanded; this version for all when there are none). */
    public List<PassageOrigin> passageOrigins() {
        List<PassageOrigin> out = new ArrayList<>(passages);
        for (OriginRun r : origins) {
            PassageOrigin o = new PassageOrigin(r.version(), Instant.parse(r.at()));
            for (int i = 0; i < r.count() && out.size() < passages; i++) {
                out.add(o);
            }
        }
        PassageOrigin own = new PassageOrigin(version, Instant.parse(addedAt));
        while (out.size() < passages) {
            out.add(own);
        }
        return out;
    }

    /** Where the text of the passage at {@code position} comes from. */
    public PassageOrigin originAt(int position) {
        int at = 0;
        for (OriginRun r : origins) {
            if (position < at + r.count()) {
                return new PassageOrigin(r.version(), Instant.parse(r.at()));
            }
            at += r.count();
        }
        return new PassageOrigin(version, Instant.parse(addedAt));
    }
}
