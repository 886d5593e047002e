package org.policybot.knowledge;

import java.util.List;
import org.apache.lucene.document.Document;
import org.policybot.knowledge.index.ManifestEntry;

/** A document ready to commit: its manifest entry, source bytes and encoded passages. */
record PreparedDocument(ManifestEntry entry, byte[] content, List<Document> documents) {
}
