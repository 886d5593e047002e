package org.policybot.knowledge.write;

import java.util.List;
import org.policybot.knowledge.model.Citation;

/**
 * A composed answer before it is wrapped into an {@link org.policybot.knowledge.model.Answer}:
 * text carrying {@code [n]} markers and the citations they name, numbered 1.. by first use.
 */
public record Composition(String text, List<Citation> citations) {
    public Composition {
        citations = List.copyOf(citations);
    }
}
