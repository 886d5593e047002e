package org.policybot.bot.conversation;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.PassageChange;

/** Readable text of a document's history and of a comparison of two versions, for the terminal and Discord. */
public final class VersionText {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    /** Hex digits of a hash shown where space is short (Discord): enough to tell versions apart at a glance. */
    static final int SHORT_HASH = 12;

    private VersionText() {
    }

    /**
     * One line per kept version, newest first: version, when, by whom, source hash, passages.
     *
     * @param shortHashes show the first {@value #SHORT_HASH} hex digits of each hash instead of all 64
     */
    public static String history(String docId, List<DocumentVersion> versions, boolean shortHashes) {
        StringBuilder b = new StringBuilder();
        b.append(docId).append(": ").append(versions.size()).append(versions.size() == 1 ? " version" : " versions")
                .append(" kept, newest first\n");
        int actorWidth = versions.stream().mapToInt(v -> v.addedBy().length()).max().orElse(0);
        for (DocumentVersion v : versions) {
            String sha = shortHashes ? v.sha256().substring(0, Math.min(SHORT_HASH, v.sha256().length())) : v.sha256();
            b.append(String.format(java.util.Locale.ROOT, "  v%-3d %s  %-" + actorWidth + "s  sha256 %s  %4d passages", v.version(),
                    WHEN.format(v.addedAt()), v.addedBy(), sha, v.passages()));
            if (v.current()) {
                b.append("  current");
            }
            if (v.restoredFrom() != null) {
                b.append(v.current() ? "," : " ").append(" restored v").append(v.restoredFrom());
            }
            b.append('\n');
        }
        return b.toString();
    }

    /** The header of a comparison: which versions, when and by whom, and how many passages changed in each way. */
    public static String diffSummary(String docId, DocumentDiff diff) {
        return docId + ": " + version(diff.from()) + " → " + version(diff.to()) + "\n"
                + (diff.isEmpty() ? "no passage changed" : diff.count(PassageChange.Kind.CHANGED) + " changed, "
                + diff.count(PassageChange.Kind.ADDED) + " added, " + diff.count(PassageChange.Kind.REMOVED) + " removed")
                + "; " + diff.unchanged() + " unchanged\n";
    }

    /** The whole comparison: the summary, then each section's changed, added and removed passages in full. */
    public static String diff(String docId, DocumentDiff diff) {
        StringBuilder b = new StringBuilder(diffSummary(docId, diff));
        for (DocumentDiff.SectionChanges s : diff.sections()) {
            b.append("\n§ ").append(s.section().isEmpty() ? "(before the first heading)" : s.section()).append('\n');
            for (PassageChange c : s.changes()) {
                switch (c.kind()) {
                    case CHANGED -> {
                        b.append("  changed\n");
                        lines(b, "    - ", c.before());
                        lines(b, "    + ", c.after());
                    }
                    case ADDED -> {
                        b.append("  added\n");
                        lines(b, "    + ", c.after());
                    }
                    case REMOVED -> {
                        b.append("  removed\n");
                        lines(b, "    - ", c.before());
                    }
                }
            }
        }
        return b.toString();
    }

    private static void lines(StringBuilder b, String prefix, String text) {
        for (String line : text.split("\n")) {
            b.append(prefix).append(line).append('\n');
        }
    }

    private static String version(DocumentVersion v) {
        return "version " + v.version() + " (" + WHEN.format(v.addedAt()) + ", " + v.addedBy() + ")";
    }
}
