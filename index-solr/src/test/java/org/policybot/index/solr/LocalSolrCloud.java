package org.policybot.index.solr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.solr.cloud.MiniSolrCloudCluster;

/**
 * A SolrCloud on this machine for measuring the bot against (README, "SolrCloud backend"): embedded
 * ZooKeeper and 2 Solr nodes, as the tests use. Writes the nodes' URLs (the {@code index.solrUrls}
 * setting) to the file given, then runs until the process is stopped. Not a test and not for production.
 *
 * <pre>
 * java -cp "$(cat cp.txt)" -Dsolr.log.dir=/tmp/solr-logs org.policybot.index.solr.LocalSolrCloud /tmp/solr-urls.txt
 * </pre>
 */
public final class LocalSolrCloud {
    private LocalSolrCloud() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: LocalSolrCloud URLS-FILE");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("policybot-solr-local");
        MiniSolrCloudCluster cluster = new MiniSolrCloudCluster.Builder(2, work.resolve("cluster"))
                .withTraceIdGenerationDisabled().build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                cluster.shutdown();
            } catch (Exception e) {
                System.err.println("shutting the cluster down failed: " + e);
            }
            SolrTestCluster.delete(work);
        }, "local-solr-stop"));
        String urls = cluster.getJettySolrRunners().stream().map(j -> j.getBaseUrl().toString())
                .collect(Collectors.joining(","));
        Files.writeString(Path.of(args[0]), urls);
        System.out.println("SolrCloud running: " + urls);
        Thread.currentThread().join();
    }
}
