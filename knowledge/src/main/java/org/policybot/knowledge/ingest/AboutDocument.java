package org.policybot.knowledge.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.policybot.knowledge.model.ParsedDocument;

/**
 * The document's own facts (title, author, publication date, address, topics, picture credits), written out
 * from its metadata as a last passage, so "when was this published?", "who wrote it?" or "who took the
 * photos?" is answered from the source like any other question, with a citation.
 */
final class AboutDocument {
    static final String SECTION = "About this document";
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

    private AboutDocument() {
    }

    /** The passage text, or "" when the document carries neither an author, a date nor a credit. */
    static String text(ParsedDocument doc) {
        boolean hasAuthor = !doc.author().isBlank();
        boolean hasDate = !doc.published().isBlank();
        if (!hasAuthor && !hasDate && doc.credits().isEmpty()) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        StringBuilder first = new StringBuilder("“").append(doc.title()).append("” was ")
                .append(hasAuthor ? "written and published" : "published");
        if (hasAuthor) {
            first.append(" by ").append(doc.author());
        }
        if (hasDate) {
            first.append(" on ").append(readable(doc.published()));
        }
        sentences.add(first.append('.').toString());
        if (hasAuthor) {
            // members ask for "the author" as often as for who wrote or published it
            sentences.add("Its author is " + doc.author() + ".");
        }
        if (!doc.url().isBlank()) {
            sentences.add("It is available at " + doc.url() + ".");
        }
        if (!doc.tags().isEmpty()) {
            sentences.add("Its topics are " + String.join(", ", doc.tags()) + ".");
        }
        for (String credit : doc.credits()) {
            sentences.add("The page credits its pictures: " + credit + (credit.endsWith(".") ? "" : "."));
        }
        return String.join(" ", sentences);
    }

    private static String readable(String published) {
        try {
            return LocalDate.parse(published).format(LONG) + " (" + published + ")";
        } catch (DateTimeParseException e) {
            return published;
        }
    }
}
