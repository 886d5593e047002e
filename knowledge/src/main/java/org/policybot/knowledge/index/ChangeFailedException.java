package org.policybot.knowledge.index;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * A change to the knowledge base that the file system refused (disk full, read-only folder, no
 * permission). The change was rolled back: the message, one line fit to show as is, says why and that
 * the knowledge base is unchanged.
 */
public final class ChangeFailedException extends IOException {
    private static final long serialVersionUID = 1L;

    public ChangeFailedException(Path dataDir, IOException cause) {
        super("could not change the knowledge base in " + dataDir + ": " + reason(cause)
                + "; nothing was changed", cause);
    }

    /** A short reason for people: "the disk is full", "permission denied: FILE", "read-only file system". */
    static String reason(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage() == null ? "" : t.getMessage();
            if (m.contains("No space left on device") || m.contains("There is not enough space on the disk")) {
                return "the disk is full";
            }
            if (m.contains("Read-only file system")) {
                return "the folder is on a read-only file system";
            }
        }
        if (e instanceof AccessDeniedException a) {
            return "permission denied: " + a.getFile();
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason().toLowerCase(java.util.Locale.ROOT) + (f.getFile() == null ? "" : ": " + f.getFile());
        }
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").strip();
    }
}
