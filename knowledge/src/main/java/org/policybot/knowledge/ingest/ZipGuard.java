package org.policybot.knowledge.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.policybot.knowledge.RejectedFileException;

/**
 * Inflates a ZIP container (DOCX is one) into a small buffer, counting, before any detector or parser opens it:
 * a zip bomb (a tiny file whose entries inflate to gigabytes) is refused after at most {@value #MAX_TOTAL_BYTES}
 * bytes of work and no retained memory. Also refuses archives that are damaged.
 */
final class ZipGuard {
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    /** Inflated size may exceed this multiple of the file size only for small archives. */
    static final int MAX_RATIO = 100;
    private static final long RATIO_FLOOR = 16L * 1024 * 1024;
    private static final int MAX_ENTRIES = 10_000;

    private ZipGuard() {
    }

    /** Whether {@code bytes} open with a ZIP local-file header. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0x50 && bytes[1] == 0x4B && bytes[2] == 0x03 && bytes[3] == 0x04;
    }

    /**
     * Refuses a zip bomb or a damaged archive; returns whether it holds a Word document body
     * ({@code word/document.xml}).
     */
    static boolean check(String fileName, byte[] bytes) {
        long ratioLimit = Math.max(RATIO_FLOOR, (long) MAX_RATIO * bytes.length);
        long limit = Math.min(MAX_TOTAL_BYTES, ratioLimit);
        boolean hasDocument = false;
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ENTRIES) {
                    throw new RejectedFileException(fileName, "holds more than " + MAX_ENTRIES + " archive entries");
                }
                hasDocument |= entry.getName().equals("word/document.xml");
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > limit) {
                        String bound = limit == ratioLimit ? MAX_RATIO + " times its size (" + Sizes.megabytes(limit)
                                + ")" : Sizes.megabytes(limit);
                        throw new RejectedFileException(fileName, "expands to more than " + bound
                                + " when unzipped; refusing a possible zip bomb");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // ZipInputStream reports an entry name that is not valid UTF-8 as an IllegalArgumentException
            throw new RejectedFileException(fileName, "is a damaged ZIP archive ("
                    + e.getMessage() + ")", e);
        }
        return hasDocument;
    }
}
