package org.policybot.index.solr;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.apache.solr.client.solrj.SolrServerException;
import org.apache.solr.client.solrj.impl.CloudHttp2SolrClient;
import org.apache.solr.client.solrj.impl.CloudSolrClient;
import org.apache.solr.client.solrj.request.CollectionAdminRequest;
import org.apache.solr.client.solrj.request.ConfigSetAdminRequest;
import org.apache.solr.common.SolrException;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.index.PassageBackend;
import org.policybot.knowledge.index.PassageStore;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.model.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every scope's passages in one SolrCloud collection, made on first use (configset upload and
 * collection creation) when it is absent. Each scope's documents are routed to one shard by the
 * compositeId router ({@code key!id}), so whatever a snapshot reads of one scope sits on one shard.
 * Local files (source copies, audit log, word vectors) stay in the scope's folder as with the embedded
 * index; the word vectors there are a cache.
 *
 * <p>One client serves every store of the backend; {@link #close} closes it (the JVM's exit does it
 * for a bot that never closes its backend).
 */
public final class SolrBackend implements PassageBackend, Closeable {
    private static final Logger LOG = LoggerFactory.getLogger(SolrBackend.class);
    /** The key of the shared documents' scope; a server's is its Discord id (digits, so never this). */
    static final String SHARED_KEY = "shared";

    private final SolrSettings settings;
    private final CloudSolrClient client;
    private volatile boolean collectionReady;
    /** Term statistics by snapshot versions ({@link SolrSnapshot#viewKey}): a few recent ones are worth keeping. */
    private final Map<String, ViewStats> stats = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ViewStats> eldest) {
            return size() > STATS_KEPT;
        }
    };
    /** Views whose statistics are kept: the shared scope and the servers answered lately. */
    private static final int STATS_KEPT = 64;
    /** How long a new collection may take to come up (the spike measured 3 to 5 s for 2 x 2 replicas). */
    private static final java.time.Duration CREATE_WAIT = java.time.Duration.ofSeconds(60);

    /**
     * Clients by cluster and collection, shared by the backends of one process (several knowledge bases
     * in one collection under namespaces, as the tests open them): each client holds an HTTP client and
     * threads. Counted, so that the last backend to close closes it.
     */
    private static final Map<String, SharedClient> CLIENTS = new HashMap<>();
    private final String clientKey;
    private final AtomicBoolean closed = new AtomicBoolean();

    private static final class SharedClient {
        final CloudSolrClient client;
        int users;

        SharedClient(CloudSolrClient client) {
            this.client = client;
        }
    }

    SolrBackend(SolrSettings settings) {
        this.settings = settings;
        this.clientKey = settings.zkHosts() + "|" + settings.zkChroot() + "|" + settings.solrUrls() + "|"
                + settings.collection();
        synchronized (CLIENTS) {
            SharedClient shared = CLIENTS.computeIfAbsent(clientKey, k -> {
                CloudHttp2SolrClient.Builder builder = settings.zkHosts().isEmpty()
                        ? new CloudHttp2SolrClient.Builder(settings.solrUrls())
                        : new CloudHttp2SolrClient.Builder(settings.zkHosts(), Optional.ofNullable(settings.zkChroot()));
                return new SharedClient(builder.withDefaultCollection(settings.collection()).build());
            });
            shared.users++;
            this.client = shared.client;
        }
    }

    SolrSettings settings() {
        return settings;
    }

    CloudSolrClient client() {
        return client;
    }

    /** The routing key of {@code scope}'s documents. */
    String key(Scope scope) {
        String key = scope.shared() ? SHARED_KEY : scope.serverId();
        return settings.namespace().isEmpty() ? key : settings.namespace() + "." + key;
    }

    @Override
    public PassageStore open(Scope scope, Path dir, int dimensions) throws IOException {
        ensureCollection(dimensions);
        Files.createDirectories(dir);
        return new SolrPassageStore(this, key(scope), dir, dimensions);
    }

    /** True when the scope has a pointer (a commit) in the collection, whatever the local folder holds. */
    @Override
    public boolean exists(Scope scope, Path dir) {
        try {
            return collectionExists() && client.getById(settings.collection(), PassageDocs.pointerId(key(scope))) != null;
        } catch (SolrServerException | IOException | SolrException e) {
            throw new KnowledgeException("cannot reach the SolrCloud collection " + settings.collection() + ": "
                    + SolrPassageStore.reason(e), e);
        }
    }

    @Override
    public Snapshot union(Snapshot shared, Snapshot server) {
        if (shared instanceof SolrSnapshot a && server instanceof SolrSnapshot b) {
            return SolrSnapshot.union(a, b);
        }
        shared.close();
        server.close();
        throw new IllegalArgumentException("both snapshots must be SolrCloud's");
    }

    private boolean collectionExists() throws SolrServerException, IOException {
        if (collectionReady) {
            return true;
        }
        List<String> collections = CollectionAdminRequest.listCollections(client);
        collectionReady = collections.contains(settings.collection());
        return collectionReady;
    }

    /**
     * Creates the collection (with the configset, if that is absent too) unless it exists. Two
     * processes may race here: the loser's create fails, and finding the collection afterwards is
     * success.
     */
    private synchronized void ensureCollection(int dimensions) throws IOException {
        try {
            if (collectionExists()) {
                return;
            }
            long start = System.nanoTime();
            List<String> configSets = new ConfigSetAdminRequest.List().process(client).getConfigSets();
            if (!configSets.contains(PassageConfigSet.NAME)) {
                PassageConfigSet.upload(client, dimensions);
            }
            try {
                CollectionAdminRequest.Create create = CollectionAdminRequest.createCollection(settings.collection(),
                        PassageConfigSet.NAME, settings.shards(), settings.replicas());
                create.setRouterName("compositeId");
                create.process(client);
            } catch (SolrException | SolrServerException e) {
                if (!CollectionAdminRequest.listCollections(client).contains(settings.collection())) {
                    throw e;
                }
            }
            awaitSearchable();
            collectionReady = true;
            LOG.info("Created the SolrCloud collection {} ({} shards x {} replicas) in {} ms", settings.collection(),
                    settings.shards(), settings.replicas(), (System.nanoTime() - start) / 1_000_000);
        } catch (SolrServerException | SolrException e) {
            throw new KnowledgeException("cannot create or find the SolrCloud collection " + settings.collection()
                    + ": " + SolrPassageStore.reason(e), e);
        }
    }

    /** Waits until every shard answers a search (a new collection's replicas come up one by one). */
    private void awaitSearchable() throws IOException {
        long deadline = System.nanoTime() + CREATE_WAIT.toNanos();
        while (true) {
            try {
                client.query(settings.collection(), new org.apache.solr.client.solrj.SolrQuery("*:*").setRows(0));
                return;
            } catch (SolrServerException | SolrException e) {
                if (System.nanoTime() > deadline) {
                    throw new KnowledgeException("the new SolrCloud collection " + settings.collection()
                            + " did not become searchable within " + CREATE_WAIT.toSeconds() + " s: "
                            + SolrPassageStore.reason(e), e);
                }
                try {
                    Thread.sleep(200);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    throw new KnowledgeException("interrupted while waiting for the collection", ie);
                }
            }
        }
    }

    ViewStats stats(String viewKey, Supplier<ViewStats> load) {
        synchronized (stats) {
            ViewStats s = stats.get(viewKey);
            if (s != null) {
                return s;
            }
        }
        ViewStats loaded = load.get();
        synchronized (stats) {
            return stats.computeIfAbsent(viewKey, k -> loaded);
        }
    }

    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return; // a second close must not take another backend's use of the shared client away
        }
        synchronized (CLIENTS) {
            SharedClient shared = CLIENTS.get(clientKey);
            if (shared != null && --shared.users == 0) {
                CLIENTS.remove(clientKey);
                shared.client.close();
            }
        }
    }
}
