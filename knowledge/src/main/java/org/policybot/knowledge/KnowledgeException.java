package org.policybot.knowledge;

/**
 * A request the knowledge base refuses because of what the user gave it (a bad file, an unknown
 * document, an empty question). The message is one line, fit to show the user as is.
 * Bugs and I/O failures are not this: they surface as ordinary exceptions.
 */
public class KnowledgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public KnowledgeException(String message) {
        super(message);
    }

    public KnowledgeException(String message, Throwable cause) {
        super(message, cause);
    }
}
