package org.policybot.knowledge;

/** A file the knowledge base will not ingest; the message names the file and the reason. */
public class RejectedFileException extends KnowledgeException {
    private static final long serialVersionUID = 1L;
    private final String fileName;
    private final String reason;

    public RejectedFileException(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public RejectedFileException(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
