/**
 * A moderator's file in, a clean {@link org.policybot.knowledge.model.ParsedDocument} and its passages out: the type
 * is found from the content ({@code FileTypes}), each format has its parser (Markdown, plain text, HTML, PDF through
 * PDFBox with the type each line is set in, DOCX through Tika with its list labels counted from the file by POI),
 * text is repaired by general rules, the structure the author gave the text (headings, numbered clauses, titles,
 * lists, tables) becomes section paths and readable rows, and the {@link org.policybot.knowledge.ingest.Splitter}
 * cuts passages along it. Anything refused is refused with a
 * one-line reason, before anything changes.
 */
package org.policybot.knowledge.ingest;
