package org.policybot.bot.conversation;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The moderators' {@code /kb} commands: add, remove, list, reindex. Each checks the user first (anyone
 * else is refused and nothing changes), and an attachment's size (and a type its name alone rules out, such as
 * ".exe") before it is downloaded; the knowledge base finds the type from the content. The
 * knowledge base makes each change atomic and writes the audit log with the moderator's id and name.
 * Replies are meant to be shown only to the moderator.
 */
public final class KbCommands {
    private static final Logger LOG = LoggerFactory.getLogger(KbCommands.class);
    static final String REFUSAL = "Only moderators can change the knowledge base; nothing was changed.";

    /** Fetches an attachment's bytes, once it has passed the checks. */
    @FunctionalInterface
    public interface Download {
        byte[] fetch() throws IOException;
    }

    private final KnowledgeAdmin admin;
    private final ModeratorCheck moderators;
    private final long maxFileBytes;

    KbCommands(KnowledgeAdmin admin, ModeratorCheck moderators, long maxFileBytes) {
        this.admin = admin;
        this.moderators = moderators;
        this.maxFileBytes = maxFileBytes;
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
            DocumentInfo doc = admin.add(new Source(file.fileName(), bytes, blankToNull(docId), blankToNull(title),
                    blankToNull(url)), moderator.actor());
            LOG.info("kb add {} by {}", doc.id(), moderator.userId());
            return text("Added **" + doc.title() + "** (`" + doc.id() + "`): " + doc.passages() + " passages.");
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
        try {
            DocumentInfo doc = admin.remove(docId.strip(), moderator.actor());
            LOG.info("kb remove {} by {}", doc.id(), moderator.userId());
            return text("Removed **" + doc.title() + "** (`" + doc.id() + "`).");
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
        List<DocumentInfo> docs = admin.list();
        if (docs.isEmpty()) {
            return text("The knowledge base is empty. Add a document with /kb add.");
        }
        StringBuilder sb = new StringBuilder("The knowledge base holds " + docs.size()
                + (docs.size() == 1 ? " document:" : " documents:"));
        for (DocumentInfo d : docs) {
            sb.append("\n• `").append(d.id()).append("` **").append(d.title()).append("** — ").append(d.passages())
                    .append(" passages, added ").append(d.addedAt()).append(" by ").append(d.addedBy());
        }
        return text(sb.toString());
    }

    public List<ReplyMessage> reindex(Asker moderator, MemberFacts member) {
        if (!moderators.allows(member)) {
            return refuse(moderator, "reindex");
        }
        try {
            int passages = admin.reindex(moderator.actor());
            LOG.info("kb reindex by {}: {} passages", moderator.userId(), passages);
            return text("Reindexed: " + passages + " passages.");
        } catch (KnowledgeException e) {
            return text("Not reindexed: " + e.getMessage());
        } catch (IOException | RuntimeException e) {
            LOG.error("kb reindex failed", e);
            return text("Reindexing failed; the previous index is still in use. The log has details.");
        }
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
