package org.policybot.knowledge;

import java.util.List;
import org.apache.lucene.document.Document;
import org.policybot.knowledge.index.ManifestEntry;
import org.policybot.knowledge.model.Passage;

/** A document ready to commit: its manifest entry, source bytes, passages and their encoded form. */
record PreparedDocument(ManifestEntry entry, byte[] content, List<Passage> passages, List<Document> documents) {
}
