package org.policybot.bot.conversation;

import java.util.List;
import org.policybot.knowledge.UnknownDocumentException;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Source;

/** An admin port over an empty knowledge base, for tests that never change it. */
final class EmptyKnowledgeAdmin implements KnowledgeAdmin {
    @Override
    public DocumentInfo add(Source source, String actor) {
        throw new UnsupportedOperationException("not in this test");
    }

    @Override
    public DocumentInfo remove(String docId, String actor) {
        throw new UnknownDocumentException(docId);
    }

    @Override
    public List<DocumentInfo> list() {
        return List.of();
    }

    @Override
    public int reindex(String actor) {
        return 0;
    }
}
