package org.policybot.bot.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.PassageChange;

/**
 * The JSON of {@code kb history --json} (one object per version: {@code {"doc", "version", "added_at",
 * "added_by", "sha256", "passages", "title", "source_file", "restored_from", "current"}}) and of {@code kb
 * diff --json} ({@code {"doc", "from", "to", "unchanged", "changed", "added", "removed", "sections":
 * [{"section", "changes": [{"kind", "before", "after"}]}]}}).
 */
final class VersionJson {
    private VersionJson() {
    }

    static ObjectNode of(DocumentVersion v) {
        ObjectNode o = AnswerJson.JSON.createObjectNode();
        o.put("doc", v.docId());
        o.put("version", v.version());
        o.put("added_at", v.addedAt().toString());
        o.put("added_by", v.addedBy());
        o.put("sha256", v.sha256());
        o.put("passages", v.passages());
        o.put("title", v.title());
        o.put("source_file", v.sourceFile());
        if (v.restoredFrom() == null) {
            o.putNull("restored_from");
        } else {
            o.put("restored_from", v.restoredFrom());
        }
        o.put("current", v.current());
        return o;
    }

    static ObjectNode of(String docId, DocumentDiff diff) {
        ObjectNode o = AnswerJson.JSON.createObjectNode();
        o.put("doc", docId);
        o.set("from", of(diff.from()));
        o.set("to", of(diff.to()));
        o.put("unchanged", diff.unchanged());
        o.put("changed", diff.count(PassageChange.Kind.CHANGED));
        o.put("added", diff.count(PassageChange.Kind.ADDED));
        o.put("removed", diff.count(PassageChange.Kind.REMOVED));
        ArrayNode sections = o.putArray("sections");
        for (DocumentDiff.SectionChanges s : diff.sections()) {
            ObjectNode n = sections.addObject();
            n.put("section", s.section());
            ArrayNode changes = n.putArray("changes");
            for (PassageChange c : s.changes()) {
                ObjectNode x = changes.addObject();
                x.put("kind", c.kind().name().toLowerCase(java.util.Locale.ROOT));
                if (c.before() == null) {
                    x.putNull("before");
                } else {
                    x.put("before", c.before());
                }
                if (c.after() == null) {
                    x.putNull("after");
                } else {
                    x.put("after", c.after());
                }
            }
        }
        return o;
    }
}
