package org.policybot.knowledge;

/** A document id that the knowledge base does not hold. */
public class UnknownDocumentException extends KnowledgeException {
    private static final long serialVersionUID = 1L;

    public UnknownDocumentException(String docId) {
        super("no document with id \"" + docId + "\" (see kb list)");
    }
}
