package org.policybot.knowledge.model;

import java.util.regex.Pattern;

/**
 * Whose documents: the shared ones (added by the operator from the command line, and the shipped
 * ones; every server reads them) or one Discord server's (added by its moderators). Reading in a
 * server's scope sees the shared documents plus that server's; a change in a scope changes only that
 * scope's documents. Direct messages read in the shared scope.
 *
 * @param serverId the Discord server (guild) id, or null for the shared documents
 */
public record Scope(String serverId) {
    public static final Scope SHARED = new Scope(null);
    /** Separates the server id from the document id in an index id ({@code 123:rules}); no document id holds it. */
    public static final char SEPARATOR = ':';
    /** A Discord id (snowflake): decimal digits, at most 20 of them (2^64 has 20). */
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    public Scope {
        if (serverId != null && !SNOWFLAKE.matcher(serverId).matches()) {
            throw new IllegalArgumentException("a server id is a Discord id (digits only), was \"" + serverId + "\"");
        }
    }

    /** One server's scope; null means the shared scope. */
    public static Scope server(String serverId) {
        return serverId == null ? SHARED : new Scope(serverId);
    }

    public static boolean isServerId(String s) {
        return s != null && SNOWFLAKE.matcher(s).matches();
    }

    public boolean shared() {
        return serverId == null;
    }

    /**
     * The id a document of this scope has inside the index, in passage ids and in citations: the
     * document id itself for a shared document, {@code <server>:<doc>} for a server's, so that two
     * servers' {@code rules} (and a shared {@code rules}) never meet in one search.
     */
    public String indexId(String docId) {
        return shared() ? docId : serverId + SEPARATOR + docId;
    }

    /** The document id inside this scope for an index id made by {@link #indexId}. */
    public String docId(String indexId) {
        String prefix = serverId + SEPARATOR;
        return !shared() && indexId.startsWith(prefix) ? indexId.substring(prefix.length()) : indexId;
    }

    @Override
    public String toString() {
        return shared() ? "shared" : "server " + serverId;
    }
}
