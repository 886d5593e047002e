package org.policybot.index.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.solr.cloud.MiniSolrCloudCluster;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One real SolrCloud for the whole test JVM: embedded ZooKeeper and 2 Solr nodes (the cluster:
 * the collection the backend creates on first use has 2 shards, replication factor 2). Started when the
 * JUnit session opens (this listener is registered in META-INF/services), before any test class, so
 * that knowledge's test classes run from its test jar find it through the {@code policybot.test.index.*}
 * properties; shut down when the session closes. Solr's own JUnit 4 base classes are not needed.
 */
public final class SolrTestCluster implements LauncherSessionListener {
    private static final Logger LOG = LoggerFactory.getLogger(SolrTestCluster.class);
    static final String COLLECTION = "passages";
    private static final Map<String, Object> FIGURES = new LinkedHashMap<>();
    private static MiniSolrCloudCluster cluster;
    private static Path work;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        get();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        shutdown();
    }

    /** The running cluster, started on first use. */
    static synchronized MiniSolrCloudCluster get() {
        if (cluster == null) {
            try {
                long t = System.nanoTime();
                work = Files.createTempDirectory("policybot-solr-test");
                cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster")).withTraceIdGenerationDisabled()
                        .build();
                figure("cluster start (ZooKeeper + 2 nodes), ms", (System.nanoTime() - t) / 1_000_000);
                settings().forEach((k, v) -> System.setProperty("policybot.test.index." + k, v));
            } catch (Exception e) {
                throw new IllegalStateException("starting the test SolrCloud failed", e);
            }
        }
        return cluster;
    }

    /** The backend settings of the test collection (2 shards, RF 2; superseded versions swept at once). */
    static Map<String, String> settings() {
        Map<String, String> s = new HashMap<>();
        s.put("solrUrls", get().getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString())
                .collect(Collectors.joining(",")));
        s.put("collection", COLLECTION);
        s.put("shards", "2");
        s.put("replicas", "2");
        s.put("graceSeconds", "0");
        return s;
    }

    /** A backend on the test collection whose scope keys start with {@code namespace}. */
    static SolrBackend backend(String namespace) {
        Map<String, String> s = settings();
        s.put("namespace", namespace);
        return (SolrBackend) new SolrBackendFactory().create(s);
    }

    static synchronized void figure(String name, Object value) {
        FIGURES.put(name, value);
        LOG.info("FIGURE {}: {}", name, value);
    }

    private static synchronized void shutdown() {
        if (cluster == null) {
            return;
        }
        try {
            cluster.shutdown();
        } catch (Exception e) {
            LOG.warn("Shutting the test SolrCloud down failed: {}", e.toString());
        } finally {
            cluster = null;
            StringBuilder out = new StringBuilder();
            FIGURES.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
            try {
                Files.writeString(Path.of("target", "solr-figures.txt"), out);
            } catch (IOException e) {
                LOG.warn("Writing the figures failed: {}", e.toString());
            }
            delete(work);
        }
    }

    static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            all.forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort
        }
    }
}
