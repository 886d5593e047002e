package org.policybot.knowledge.ingest;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts for people: "25.3 MB", "20 MB" (1 MB = 1,048,576 bytes). */
final class Sizes {
    private static final double MB = 1024.0 * 1024.0;

    private Sizes() {
    }

    static String megabytes(long bytes) {
        BigDecimal mb = BigDecimal.valueOf(bytes / MB).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return mb.toPlainString() + " MB";
    }
}
