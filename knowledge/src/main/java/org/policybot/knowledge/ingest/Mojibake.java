package org.policybot.knowledge.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes UTF-8 text that was decoded as Latin-1 or CP1252 ("communityâ€™s", "DALLÂ·E"). First the exact
 * reverse, sequence by sequence, wherever the characters re-encode to valid UTF-8; then, for the lossy form
 * where a scraper dropped the C1 bytes ("communityâs", "mechanismsânot"), rules by context. The lossy rules
 * for a lone "â" run only when the text shows other signs of mojibake, so French "pâte" is left alone.
 */
final class Mojibake {
    private static final Map<Character, Integer> CP1252 = Map.ofEntries(
            Map.entry('€', 0x80), Map.entry('‚', 0x82), Map.entry('ƒ', 0x83), Map.entry('„', 0x84),
            Map.entry('…', 0x85), Map.entry('†', 0x86), Map.entry('‡', 0x87), Map.entry('ˆ', 0x88),
            Map.entry('‰', 0x89), Map.entry('Š', 0x8A), Map.entry('‹', 0x8B), Map.entry('Œ', 0x8C),
            Map.entry('Ž', 0x8E), Map.entry('‘', 0x91), Map.entry('’', 0x92), Map.entry('“', 0x93),
            Map.entry('”', 0x94), Map.entry('•', 0x95), Map.entry('–', 0x96), Map.entry('—', 0x97),
            Map.entry('˜', 0x98), Map.entry('™', 0x99), Map.entry('š', 0x9A), Map.entry('›', 0x9B),
            Map.entry('œ', 0x9C), Map.entry('ž', 0x9E), Map.entry('Ÿ', 0x9F));

    /** "Â" (a lost C2 lead byte) before anything that is not a letter or digit. */
    private static final Pattern STRAY_A_CIRCUMFLEX = Pattern.compile("Â(?=[^\\p{L}\\p{N}]|$)");
    /** Several lost three-byte characters in a row between digits: a range dash, possibly spaced. */
    private static final Pattern DIGIT_RUN = Pattern.compile("(?<=\\d)\\s?â{2,}\\s?(?=\\d)");
    private static final Pattern RUN = Pattern.compile("â{2,}");
    /** A lost right single quote in a contraction or possessive: "Weâre", "AIâs", "donât". */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})â(?=(?:s|t|re|ve|ll|d|m)(?!\\p{L}))");
    /** A lost dash between two words: "impactâif", "mechanismsânot", "word â word". */
    private static final Pattern DASH = Pattern.compile("(?<=\\p{L}{2})â(?=\\p{L}{2})|(?<=\\S) â (?=\\S)");
    /**
     * "â€" whose third byte was dropped or undecodable (0x9D is unassigned in CP1252, so decoders drop it or
     * give U+FFFD): that byte was almost always the closing double quote ”.
     */
    private static final Pattern LOST_QUOTE = Pattern.compile("â€(?:\\x{FFFD}|(?![\\x{80}-\\x{BF}€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]))");

    private Mojibake() {
    }

    static String repair(String text) {
        if (!hasSuspects(text)) {
            return text;
        }
        int[] exactFixes = new int[1];
        String s = reverseSequences(text, exactFixes);
        boolean evidence = exactFixes[0] > 0 || STRAY_A_CIRCUMFLEX.matcher(s).find() || RUN.matcher(s).find()
                || count(APOSTROPHE, s) >= 2;
        s = LOST_QUOTE.matcher(s).replaceAll("”");
        s = STRAY_A_CIRCUMFLEX.matcher(s).replaceAll("");
        s = DIGIT_RUN.matcher(s).replaceAll("–");
        s = RUN.matcher(s).replaceAll("—");
        if (evidence) {
            s = APOSTROPHE.matcher(s).replaceAll("’");
            s = DASH.matcher(s).replaceAll(m -> m.group().startsWith(" ") ? " — " : "—");
        }
        return s;
    }

    private static boolean hasSuspects(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'Â' && c <= 'ô') {
                return true;
            }
        }
        return false;
    }

    /** Replaces every run of characters that re-encodes (Latin-1 or CP1252) to one valid UTF-8 character. */
    private static String reverseSequences(String text, int[] fixes) {
        StringBuilder out = new StringBuilder(text.length());
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int need = c >= 'Â' && c <= 'ß' ? 1 : c >= 'à' && c <= 'ï' ? 2 : c >= 'ð' && c <= 'ô' ? 3 : 0;
            if (need > 0 && i + need < text.length()) {
                String decoded = decode(text, i, need, utf8);
                if (decoded != null) {
                    out.append(decoded);
                    fixes[0]++;
                    i += need + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String decode(String text, int lead, int need, CharsetDecoder utf8) {
        byte[] bytes = new byte[need + 1];
        bytes[0] = (byte) text.charAt(lead);
        for (int k = 1; k <= need; k++) {
            int b = continuationByte(text.charAt(lead + k));
            if (b < 0) {
                return null;
            }
            bytes[k] = (byte) b;
        }
        try {
            String s = utf8.decode(ByteBuffer.wrap(bytes)).toString();
            return s.codePointCount(0, s.length()) == 1 && s.codePointAt(0) >= 0x80 ? s : null;
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static int continuationByte(char c) {
        if (c >= 0x80 && c <= 0xBF) {
            return c;
        }
        Integer b = CP1252.get(c);
        return b == null ? -1 : b;
    }

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
