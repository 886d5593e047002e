package org.policybot.bot.conversation;

import java.io.IOException;
import java.util.List;
import org.policybot.knowledge.model.DocumentInfo;
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
}
