package org.policybot.bot.conversation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.policybot.bot.gaps.GapLog;
import org.policybot.bot.gaps.GapQuestion;
import org.policybot.bot.gaps.GapReport;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.index.Embedder;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderators' {@code /kb} commands: add, remove, list, reindex, history, diff, rollback, gaps. Each
 * checks the user first (anyone
 * else is refused and nothing changes), and an attachment's size (and a type its name alone rules out, such as
 * ".exe") before it is downloaded; the knowledge base finds the type from the content. A moderator changes only
 * their own server's documents: the shared ones (the operator's) are listed but cannot be changed from Discord,
 * and no server sees another's. The knowledge base makes each change atomic and writes the audit log with the
 * moderator's id, name and server. Replies are meant to be shown only to the moderator.
 */
public final class KbCommands {
    private static final Logger LOG = LoggerFactory.getLogger(KbCommands.class);
    static final String REFUSAL = "Only moderators can change the knowledge base; nothing was changed.";
    static final String SHARED_DOCUMENT = "` is shared by every server and only the bot's operator can change it."
            + " Nothing was changed.";

    /** Fetches an attachment's bytes, once it has passed the checks. */
    @FunctionalInterface
    public interface Download {
        byte[] fetch() throws IOException;
    }

    /** Groups of questions shown in Discord; the command line lists them all. */
    static final int GAP_GROUPS_SHOWN = 10;
    /** A comparison longer than this (with its code fence) goes in an attached file, with its summary as the message. */
    static final int DIFF_INLINE = DiscordLimits.CONTENT - 20;

    private final KnowledgeAdmin admin;
    private final ModeratorCheck moderators;
    private final long maxFileBytes;
    private final GapLog gaps;
    private final Embedder meaning;

    /**
     * @param gaps    the gap log {@code /kb gaps} reads
     * @param meaning the embedding model {@code /kb gaps} groups questions with
     */
    KbCommands(KnowledgeAdmin admin, ModeratorCheck moderators, long maxFileBytes, GapLog gaps, Embedder meaning) {
        this.admin = admin;
        this.moderators = moderators;
        this.maxFileBytes = maxFileBytes;
        this.gaps = gaps;
        this.meaning = meaning;
    }

    public boolean allows(MemberFacts member) {
        return moderators.allows(member);
    }

    public List<ReplyMessage> add(Asker moderator, MemberFacts member, AttachmentInfo file, Download download,
                                  String docId, String title, String url) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "add");
        }
        Optional<String> wrongType = Ingestor.refusalByName(file.fileName());
        if (wrongType.isPresent()) {
            return text(wrongType.get() + ". Nothing was changed.");
        }
        if (file.sizeBytes() > maxFileBytes) {
            return text(file.fileName() + " is " + megabytes(file.sizeBytes()) + "; the limit is "
                    + megabytes(maxFileBytes) + ". Nothing was changed.");
        }
        try {
            byte[] bytes = download.fetch();
            if (bytes.length > maxFileBytes) {
                return text(file.fileName() + " is " + megabytes(bytes.length) + "; the limit is "
                        + megabytes(maxFileBytes) + ". Nothing was changed.");
            }
            DocumentInfo doc = admin.add(scope(member), new Source(file.fileName(), bytes, blankToNull(docId),
                    blankToNull(title), blankToNull(url)), moderator.actor());
            LOG.info("kb add {} in server {} by {}", doc.id(), member.serverId(), moderator.userId());
            return text("Added **" + doc.title() + "** (`" + doc.id() + "`) to this server's documents: "
                    + doc.passages() + " passages. Members here are answered from it; other servers do not see it.");
        } catch (KnowledgeException e) {
            return text("Not added: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("kb add of {} failed", file.fileName(), e);
            return text("Adding " + file.fileName() + " failed (" + e.getClass().getSimpleName()
                    + "); the knowledge base is unchanged. The log has details.");
        }
    }

    public List<ReplyMessage> remove(Asker moderator, MemberFacts member, String docId) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "remove");
        }
        String id = docId.strip();
        try {
            List<DocumentInfo> readable = admin.list(scope(member));
            boolean own = readable.stream().anyMatch(d -> !d.scope().shared() && d.id().equals(id));
            if (!own && readable.stream().anyMatch(d -> d.scope().shared() && d.id().equals(id))) {
                LOG.info("kb remove of shared {} refused in server {} for {}", id, member.serverId(), moderator.userId());
                return text("`" + id + SHARED_DOCUMENT);
            }
            DocumentInfo doc = admin.remove(scope(member), id, moderator.actor());
            LOG.info("kb remove {} in server {} by {}", doc.id(), member.serverId(), moderator.userId());
            return text("Removed **" + doc.title() + "** (`" + doc.id() + "`) from this server's documents.");
        } catch (KnowledgeException e) {
            return text("Not removed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("kb remove of {} failed", docId, e);
            return text("Removing `" + docId + "` failed; the knowledge base is unchanged. The log has details.");
        }
    }

    public List<ReplyMessage> list(Asker moderator, MemberFacts member) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "list");
        }
        List<DocumentInfo> docs;
        try {
            docs = admin.list(scope(member));
        } catch (RuntimeException e) { // an index that cannot be opened: say so instead of leaving "thinking…"
            LOG.error("kb list failed", e);
            return text("Listing the documents failed. The log has details.");
        }
        List<DocumentInfo> shared = docs.stream().filter(d -> d.scope().shared()).toList();
        List<DocumentInfo> own = docs.stream().filter(d -> !d.scope().shared()).toList();
        StringBuilder sb = new StringBuilder("Members here are answered from " + count(docs.size()) + ".");
        sb.append("\n**Shared by every server** (only the bot's operator changes these): ");
        sb.append(shared.isEmpty() ? "none." : "");
        shared.forEach(d -> line(sb, d));
        sb.append("\n**This server's own** (/kb add, /kb remove): ");
        sb.append(own.isEmpty() ? "none yet; add one with /kb add." : "");
        own.forEach(d -> line(sb, d));
        return text(sb.toString());
    }

    public List<ReplyMessage> reindex(Asker moderator, MemberFacts member) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "reindex");
        }
        try {
            int passages = admin.reindex(scope(member), moderator.actor());
            LOG.info("kb reindex in server {} by {}: {} passages", member.serverId(), moderator.userId(), passages);
            return text("Reindexed this server's documents: " + passages + " passages.");
        } catch (KnowledgeException e) {
            return text("Not reindexed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("kb reindex failed", e);
            return text("Reindexing failed; the previous index is still in use. The log has details.");
        }
    }

    /** The kept versions of a document this server reads (its own, or a shared one), newest first. */
    public List<ReplyMessage> history(Asker moderator, MemberFacts member, String docId) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "history");
        }
        String id = docId.strip();
        try {
            String text = VersionText.history(id, admin.history(scope(member), id), true);
            return text.length() <= DIFF_INLINE ? text("```\n" + text + "```") : text(text);
        } catch (KnowledgeException e) {
            return text(e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("kb history of {} failed", id, e);
            return text("Reading the history of " + id + " failed. The log has details.");
        }
    }

    /**
     * What changed between two kept versions of a document ({@code to} null: the current one; {@code from}
     * null: the one before it); a long comparison comes as an attached text file below its summary.
     */
    public List<ReplyMessage> diff(Asker moderator, MemberFacts member, String docId, Integer from, Integer to) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "diff");
        }
        String id = docId.strip();
        try {
            DocumentDiff diff = admin.diff(scope(member), id, from, to);
            String text = VersionText.diff(id, diff);
            if (text.length() + "```diff\n```".length() <= DIFF_INLINE) {
                return text("```diff\n" + text + "```");
            }
            String name = id + "-v" + diff.from().version() + "-v" + diff.to().version() + ".diff.txt";
            return List.of(ReplyMessage.withFile(DiscordLimits.trim(VersionText.diffSummary(id, diff)
                    + "The whole comparison is in the attached file.", DiscordLimits.CONTENT), file(name, text)));
        } catch (KnowledgeException e) {
            return text(e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("kb diff of {} failed", id, e);
            return text("Comparing versions of `" + id + "` failed. The log has details.");
        }
    }

    /** A text file within Discord's upload limit (cut short, saying so, in the unlikely case it is not). */
    private static ReplyFile file(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= DiscordLimits.FILE_BYTES) {
            return new ReplyFile(name, bytes);
        }
        String cut = "\n… cut short at Discord's upload limit; kb diff on the command line shows it whole.\n";
        byte[] tail = cut.getBytes(StandardCharsets.UTF_8);
        int keep = DiscordLimits.FILE_BYTES - tail.length;
        while (keep > 0 && (bytes[keep] & 0xC0) == 0x80) {
            keep--; // not in the middle of a character
        }
        byte[] out = new byte[keep + tail.length];
        System.arraycopy(bytes, 0, out, 0, keep);
        System.arraycopy(tail, 0, out, keep, tail.length);
        return new ReplyFile(name, out);
    }

    /**
     * Makes a kept version of one of this server's documents current again (one atomic, audited change);
     * a shared document is refused, as for remove.
     */
    public List<ReplyMessage> rollback(Asker moderator, MemberFacts member, String docId, long version) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "rollback");
        }
        String id = docId.strip();
        if (version < 1 || version > Integer.MAX_VALUE) {
            return text("A version is a number from 1 (see /kb history " + id + "). Nothing was changed.");
        }
        try {
            List<DocumentInfo> readable = admin.list(scope(member));
            boolean own = readable.stream().anyMatch(d -> !d.scope().shared() && d.id().equals(id));
            if (!own && readable.stream().anyMatch(d -> d.scope().shared() && d.id().equals(id))) {
                LOG.info("kb rollback of shared {} refused in server {} for {}", id, member.serverId(), moderator.userId());
                return text("`" + id + SHARED_DOCUMENT);
            }
            DocumentInfo doc = admin.rollback(scope(member), id, (int) version, moderator.actor());
            LOG.info("kb rollback {} to version {} in server {} by {}", id, version, member.serverId(), moderator.userId());
            return text("Rolled **" + doc.title() + "** (`" + doc.id() + "`) back to version " + version + ": it is now"
                    + " version " + doc.version() + ", with " + doc.passages() + " passages, answering as version "
                    + version + " did. /kb rollback " + doc.id() + " " + (doc.version() - 1) + " undoes this.");
        } catch (KnowledgeException e) {
            return text("Not rolled back: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("kb rollback of {} failed", id, e);
            return text("Rolling back `" + id + "` failed; the knowledge base is unchanged. The log has details.");
        }
    }

    /**
     * This server's knowledge gaps of the last {@code days} days (null: the whole retention), grouped by
     * meaning, the largest {@value #GAP_GROUPS_SHOWN} groups.
     */
    public List<ReplyMessage> gaps(Asker moderator, MemberFacts member, Long days) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "gaps");
        }
        if (!gaps.recording()) {
            return text("Knowledge gaps are not recorded (gaps.days is 0 in the bot's config).");
        }
        if (days != null && (days < 1 || days > gaps.days())) {
            return text("days must be from 1 to " + gaps.days() + " (questions are kept " + gaps.days() + " days).");
        }
        int window = days == null ? gaps.days() : days.intValue();
        try {
            List<GapQuestion> here = gaps.read(window).stream()
                    .filter(q -> member.serverId() != null && member.serverId().equals(q.server())).toList();
            GapReport report = GapReport.of(here, meaning, window);
            String text = report.isEmpty() ? "No questions went unanswered here in the last " + window + " days."
                    : report.text(GAP_GROUPS_SHOWN).replace(GapReport.where(member.serverId()) + ": ", "This server: ");
            return text(text);
        } catch (IOException | RuntimeException e) {
            LOG.error("kb gaps failed", e);
            return text("Reading the knowledge gaps failed. The log has details.");
        }
    }

    /** A moderator's changes apply to their own server's documents. */
    private static Scope scope(MemberFacts member) {
        return Scope.server(member.serverId());
    }

    private static void line(StringBuilder sb, DocumentInfo d) {
        sb.append("\n• `").append(d.id()).append("` **").append(d.title()).append("** — ").append(d.passages())
                .append(" passages, added ").append(d.addedAt()).append(" by ").append(d.addedBy());
    }

    private static String count(int documents) {
        return documents + (documents == 1 ? " document" : " documents");
    }

    private List<ReplyMessage> refuse(Asker who, String command) {
        LOG.info("kb {} refused for user {} (not a moderator)", command, who.userId());
        return text(REFUSAL);
    }

    private static List<ReplyMessage> text(String s) {
        return DiscordLimits.textMessages(s, List.of());
    }

    static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
