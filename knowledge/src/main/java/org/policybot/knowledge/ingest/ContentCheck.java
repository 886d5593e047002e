package org.policybot.knowledge.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.policybot.knowledge.RejectedFileException;

/**
 * Decodes textual formats. Text is UTF-8 (or
 * UTF-16 with a byte-order mark); invalid UTF-8 falls back to Windows-1252 only when the result reads like
 * text. Random bytes fail on control characters, so they are refused instead of indexed as noise.
 */
final class ContentCheck {
    /** Above this share of control or undecodable characters, the "text" is binary data. */
    private static final double MAX_CONTROL_RATIO = 0.01;
    private static final int SAMPLE = 64 * 1024;

    private ContentCheck() {
    }

    /** Decodes a textual file, refusing binary content. */
    static String decodeText(String fileName, Format format, byte[] bytes) {
        String text = decode(bytes);
        if (text == null || controlRatio(text) > MAX_CONTROL_RATIO) {
            throw new RejectedFileException(fileName, "looks like binary data, not " + format.label()
                    + " (invalid UTF-8 or control characters)");
        }
        return text.isEmpty() || text.charAt(0) != '\uFEFF' ? text : text.substring(1);
    }

    private static String decode(byte[] bytes) {
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        String utf8 = strict(bytes, StandardCharsets.UTF_8);
        return utf8 != null ? utf8 : strict(bytes, Charset.forName("windows-1252"));
    }

    private static String strict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Share of C0 control characters (other than tab, CR, LF, FF) and DEL in the first {@value #SAMPLE}
     * characters. C1 controls are not counted: they are what UTF-8 read as Latin-1 leaves, which is repairable.
     */
    static double controlRatio(String text) {
        int n = Math.min(text.length(), SAMPLE);
        if (n == 0) {
            return 0;
        }
        int bad = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 || c == 0x7F) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                bad++;
            }
        }
        return (double) bad / n;
    }

    /** A PDF header in the first kilobyte (some writers put bytes before it, which readers accept). */
    static boolean startsPdf(byte[] b) {
        int limit = Math.min(b.length - 5, 1024);
        for (int i = 0; i <= limit; i++) {
            if (b[i] == '%' && b[i + 1] == 'P' && b[i + 2] == 'D' && b[i + 3] == 'F' && b[i + 4] == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
