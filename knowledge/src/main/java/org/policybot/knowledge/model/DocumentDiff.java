package org.policybot.knowledge.model;

import java.util.List;

/**
 * What changed between two versions of a document, passage by passage, grouped by section in the
 * order the sections appear (the newer version's order, then sections only the older one had).
 *
 * @param from      the older version
 * @param to        the newer version
 * @param sections  the sections with changes, each with its added, removed and changed passages
 * @param unchanged how many passages are the same in both
 */
public record DocumentDiff(DocumentVersion from, DocumentVersion to, List<SectionChanges> sections, int unchanged) {
    public DocumentDiff {
        sections = List.copyOf(sections);
    }

    /** How many passages changed in this way, over every section. */
    public int count(PassageChange.Kind kind) {
        return (int) sections.stream().flatMap(s -> s.changes().stream()).filter(c -> c.kind() == kind).count();
    }

    public boolean isEmpty() {
        return sections.isEmpty();
    }

    /**
     * The changes in one section.
     *
     * @param section the section path joined with " › " ("" for text before any heading)
     * @param changes in document order
     */
    public record SectionChanges(String section, List<PassageChange> changes) {
        public SectionChanges {
            changes = List.copyOf(changes);
        }
    }
}
