package org.policybot.knowledge;

/** A question that cannot be answered as given (empty, too long); the message says why. */
public class InvalidQuestionException extends KnowledgeException {
    private static final long serialVersionUID = 1L;

    public InvalidQuestionException(String message) {
        super(message);
    }
}
