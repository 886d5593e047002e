package org.policybot.bot.conversation;

import java.io.IOException;
import java.util.List;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/**
 * The port through which moderators change their server's documents; bound to {@code KnowledgeBase},
 * which makes each change atomic and writes the audit log with the given actor and server.
 */
public interface KnowledgeAdmin {
    /** Adds or replaces a document of {@code scope}; a bad file is a {@link org.policybot.knowledge.RejectedFileException}. */
    DocumentInfo add(Scope scope, Source source, String actor) throws IOException;

    /** Removes a document of {@code scope}; an unknown id is an {@link org.policybot.knowledge.UnknownDocumentException}. */
    DocumentInfo remove(Scope scope, String docId, String actor) throws IOException;

    /** What {@code scope} reads: the shared documents, then the scope's own. */
    List<DocumentInfo> list(Scope scope);

    /** Rebuilds the documents of {@code scope} from their stored sources; returns the passage count. */
    int reindex(Scope scope, String actor) throws IOException;

    /** The kept versions of a document {@code scope} reads, newest first; an unknown id is an UnknownDocumentException. */
    List<DocumentVersion> history(Scope scope, String docId);

    /** Compares two kept versions of a document ({@code to} null: the current one; {@code from} null: the one before). */
    DocumentDiff diff(Scope scope, String docId, Integer from, Integer to) throws IOException;

    /** Makes a kept version of a document of {@code scope} current again, as one audited change. */
    DocumentInfo rollback(Scope scope, String docId, int version, String actor) throws IOException;
}
