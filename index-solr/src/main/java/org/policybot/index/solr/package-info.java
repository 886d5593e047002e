/**
 * The passage index on SolrCloud (issue 13): a {@link org.policybot.knowledge.index.PassageBackend}
 * selected by {@code index.backend: "solrcloud"} and found through
 * {@link org.policybot.knowledge.index.PassageBackendFactory}. One collection holds every scope; a
 * scope's documents are routed to one shard ({@code scope!id}), its passages are versioned and a
 * pointer document per scope names the live versions, so a reader never sees half a change. BM25 is
 * scored with the statistics of the passages a snapshot reads (not Solr's per-shard ones), so it ranks
 * as the embedded index does. See the module's README.
 */
package org.policybot.index.solr;
