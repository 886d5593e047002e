package org.policybot.bot.conversation;

import java.io.IOException;
import java.util.List;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Source;

/**
 * The port through which moderators change the knowledge base; bound to {@code KnowledgeBase}, which
 * makes each change atomic and writes the audit log with the given actor.
 */
public interface KnowledgeAdmin {
    /** Adds or replaces a document; a bad file is a {@link org.policybot.knowledge.RejectedFileException}. */
    DocumentInfo add(Source source, String actor) throws IOException;

    /** Removes a document; an unknown id is an {@link org.policybot.knowledge.UnknownDocumentException}. */
    DocumentInfo remove(String docId, String actor) throws IOException;

    List<DocumentInfo> list();

    /** Rebuilds the index from the stored sources; returns the passage count. */
    int reindex(String actor) throws IOException;
}
