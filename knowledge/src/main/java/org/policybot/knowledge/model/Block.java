package org.policybot.knowledge.model;

import java.util.List;

/**
 * One paragraph of body text under its heading path (outermost first), e.g.
 * {@code ["What we learned", "People want to know more about our core values."]}.
 * An empty path means the text precedes every heading.
 */
public record Block(List<String> sectionPath, String text) {
    public Block {
        sectionPath = List.copyOf(sectionPath);
    }
}
