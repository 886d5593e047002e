package org.policybot.knowledge.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.KnowledgeException;

/**
 * Document ids: short, stable, URL- and file-safe names ({@code [a-z0-9][a-z0-9._-]{0,79}}) that moderators
 * type in commands, derived from the file name unless given.
 */
public final class DocIds {
    public static final int MAX_LENGTH = 80;
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_ID = Pattern.compile("[^a-z0-9._-]+");
    private static final Pattern DASHES = Pattern.compile("-{2,}");
    /** A server's id and the separator before a server's document id inside the index. */
    private static final Pattern SERVER_PREFIX = Pattern.compile("[0-9]{1,20}:");

    private DocIds() {
    }

    /**
     * "Insights from Global Conversations.md" → "insights-from-global-conversations", "MPL-2.0" → "mpl-2.0" (an
     * extension starts with a letter, so a version number stays); never invalid.
     */
    public static String fromFileName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        if (dot > 0 && dot + 1 < name.length() && Character.isLetter(name.charAt(dot + 1))) {
            name = name.substring(0, dot);
        }
        String ascii = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        String id = NOT_ID.matcher(ascii.toLowerCase(Locale.ROOT).replace('_', '-')).replaceAll("-");
        id = DASHES.matcher(id).replaceAll("-");
        id = stripEdges(id);
        if (id.length() > MAX_LENGTH) {
            id = stripEdges(id.substring(0, MAX_LENGTH));
        }
        return id.isEmpty() ? "document" : id;
    }

    /** Returns {@code id} when it is a valid document id; otherwise says what is wrong with it. */
    public static String validate(String id) {
        if (id == null || id.isBlank()) {
            throw new KnowledgeException("document id is empty");
        }
        if (id.length() > MAX_LENGTH) {
            throw new KnowledgeException("document id is " + id.length() + " characters long; the limit is "
                    + MAX_LENGTH);
        }
        if (!VALID.matcher(id).matches()) {
            throw new KnowledgeException("document id \"" + id + "\" is not valid: use lower-case letters, digits,"
                    + " '.', '_' and '-', starting with a letter or digit");
        }
        return id;
    }

    /**
     * Returns {@code indexId} when it is a valid id inside the index: a document id, or a server's
     * document id behind its server id ({@code 123:rules}, see {@code Scope#indexId}).
     */
    public static String validateIndexId(String indexId) {
        if (indexId != null) {
            Matcher m = SERVER_PREFIX.matcher(indexId);
            if (m.lookingAt()) {
                validate(indexId.substring(m.end()));
                return indexId;
            }
        }
        return validate(indexId);
    }

    private static String stripEdges(String id) {
        int start = 0;
        int end = id.length();
        while (start < end && !Character.isLetterOrDigit(id.charAt(start))) {
            start++;
        }
        while (end > start && (id.charAt(end - 1) == '-' || id.charAt(end - 1) == '.')) {
            end--;
        }
        return id.substring(start, end);
    }
}
