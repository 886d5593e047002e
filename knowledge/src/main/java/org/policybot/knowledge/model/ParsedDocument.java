package org.policybot.knowledge.model;

import java.util.List;

/**
 * A document after parsing and text repair, before it is split into passages.
 *
 * @param title     the document title (never blank)
 * @param url       the canonical URL, or "" when unknown
 * @param published publication date as written in the source (ISO yyyy-MM-dd when known), or ""
 * @param author    author or organisation, or ""
 * @param tags      topic tags, possibly empty
 * @param credits   credit lines of the page's pictures as written ("Photo: Tom Isaacson"), possibly empty
 * @param blocks    the body in reading order: each block is one paragraph under its heading path
 */
public record ParsedDocument(String title, String url, String published, String author,
                             List<String> tags, List<String> credits, List<Block> blocks) {
    public ParsedDocument {
        tags = List.copyOf(tags);
        credits = List.copyOf(credits);
        blocks = List.copyOf(blocks);
    }
}
