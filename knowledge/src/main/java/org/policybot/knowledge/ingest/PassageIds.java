package org.policybot.knowledge.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Stable passage ids: {@code docId#section-slug.sub-section-slug.N}, N counting passages of that section from 1.
 * The same document always gives the same ids, so citations survive re-ingestion. A long section key is cut
 * and made unique again with a short hash. One instance numbers one document.
 */
final class PassageIds {
    static final int MAX_KEY = 100;
    private static final int HASH_CHARS = 8;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’‘`]");
    private static final Pattern NON_SLUG = Pattern.compile("[^a-z0-9]+");

    private final String docId;
    private final Map<String, Integer> counters = new HashMap<>();

    PassageIds(String docId) {
        this.docId = docId;
    }

    String next(List<String> sectionPath) {
        String key = key(sectionPath);
        int n = counters.merge(key, 1, Integer::sum);
        return docId + "#" + (key.isEmpty() ? "" : key + ".") + n;
    }

    static String key(List<String> sectionPath) {
        String key = sectionPath.stream().map(PassageIds::slug).collect(Collectors.joining("."));
        if (key.length() <= MAX_KEY) {
            return key;
        }
        String cut = key.substring(0, MAX_KEY - HASH_CHARS - 1).replaceAll("[.-]+$", "");
        return cut + "-" + sha256(key).substring(0, HASH_CHARS);
    }

    /** "What’s next" → "whats-next"; "3. Grant of Patent License" → "3-grant-of-patent-license". */
    static String slug(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        s = APOSTROPHES.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
        s = NON_SLUG.matcher(s).replaceAll("-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "section" : s;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
