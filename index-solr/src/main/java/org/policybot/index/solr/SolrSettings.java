package org.policybot.index.solr;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The {@code index} settings of the SolrCloud backend, checked: a bad one is an
 * {@link IllegalArgumentException} whose message starts with the field's name.
 *
 * @param zkHosts   ZooKeeper {@code host:port} list (empty when {@code solrUrls} is given)
 * @param zkChroot  the ZooKeeper chroot ({@code /solr}), or null
 * @param solrUrls  node URLs (empty when {@code zkHosts} is given)
 * @param namespace prefix of every scope key, so that several knowledge bases can share one collection
 *                  (empty: none)
 * @param grace     how long a superseded version stays readable for other processes' snapshots
 */
record SolrSettings(List<String> zkHosts, String zkChroot, List<String> solrUrls, String collection, int shards,
                    int replicas, String namespace, Duration grace) {
    /** Solr's rule for collection names (letters, digits, '.', '_', '-'; not starting with '-'). */
    private static final Pattern COLLECTION = Pattern.compile("[A-Za-z0-9_.][A-Za-z0-9_.-]{0,99}");
    private static final Pattern NAMESPACE = Pattern.compile("[a-z0-9_-]{1,40}");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9_.\\[\\]:-]+:[0-9]{1,5}");
    /**
     * An answer holds its snapshot for well under a minute (model calls included); five minutes keeps
     * a superseded version readable for any other process's answer under way.
     */
    static final Duration DEFAULT_GRACE = Duration.ofMinutes(5);
    private static final String PREFIX = "index.";
    /** Every setting this backend reads; any other key is a mistake (a misspelt one must not be ignored). */
    private static final List<String> KNOWN = List.of("zkHosts", "solrUrls", "collection", "shards", "replicas",
            "namespace", "graceSeconds");

    private static boolean isUri(String u) {
        try {
            return java.net.URI.create(u).getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static SolrSettings parse(Map<String, String> s) {
        for (String key : s.keySet()) {
            if (!KNOWN.contains(key)) {
                throw new IllegalArgumentException(PREFIX + key + ": not a setting of the solrcloud backend (known: "
                        + String.join(", ", KNOWN) + ")");
            }
        }
        String zk = blankToNull(s.get("zkHosts"));
        String urls = blankToNull(s.get("solrUrls"));
        if ((zk == null) == (urls == null)) {
            throw new IllegalArgumentException(PREFIX + "zkHosts: give zkHosts (ZooKeeper host:port list) or solrUrls"
                    + " (Solr node URLs), one of them" + (zk == null ? "" : ", not both"));
        }
        List<String> zkHosts = List.of();
        String chroot = null;
        if (zk != null) {
            int slash = zk.indexOf('/');
            if (slash >= 0) {
                chroot = zk.substring(slash);
                zk = zk.substring(0, slash);
            }
            zkHosts = split(zk);
            for (String h : zkHosts) {
                if (!HOST.matcher(h).matches()) {
                    throw new IllegalArgumentException(PREFIX + "zkHosts: \"" + h + "\" is not host:port");
                }
            }
        }
        List<String> solrUrls = List.of();
        if (urls != null) {
            solrUrls = split(urls);
            for (String u : solrUrls) {
                if (!u.startsWith("http://") && !u.startsWith("https://") || !isUri(u)) {
                    throw new IllegalArgumentException(PREFIX + "solrUrls: \"" + u + "\" is not an http(s) URL");
                }
            }
        }
        String collection = blankToNull(s.get("collection"));
        if (collection == null || !COLLECTION.matcher(collection).matches()) {
            throw new IllegalArgumentException(PREFIX + "collection: " + (collection == null ? "missing"
                    : "\"" + collection + "\" is not a Solr collection name (letters, digits, '.', '_', '-')"));
        }
        String namespace = s.getOrDefault("namespace", "").strip();
        if (!namespace.isEmpty() && !NAMESPACE.matcher(namespace).matches()) {
            throw new IllegalArgumentException(PREFIX + "namespace: \"" + namespace
                    + "\" must be 1 to 40 of a-z, 0-9, '_', '-'");
        }
        return new SolrSettings(zkHosts, chroot, solrUrls, collection, positive(s, "shards", 1), positive(s, "replicas", 2),
                namespace, Duration.ofSeconds(nonNegative(s, "graceSeconds", DEFAULT_GRACE.toSeconds())));
    }

    private static int positive(Map<String, String> s, String field, int defaultValue) {
        long v = nonNegative(s, field, defaultValue);
        if (v < 1 || v > 1000) {
            throw new IllegalArgumentException(PREFIX + field + ": must be 1 to 1000, was " + v);
        }
        return (int) v;
    }

    private static long nonNegative(Map<String, String> s, String field, long defaultValue) {
        String v = blankToNull(s.get(field));
        if (v == null) {
            return defaultValue;
        }
        try {
            long n = Long.parseLong(v);
            if (n < 0) {
                throw new IllegalArgumentException(PREFIX + field + ": must not be negative, was " + n);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(PREFIX + field + ": not a whole number: \"" + v + "\"", e);
        }
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
