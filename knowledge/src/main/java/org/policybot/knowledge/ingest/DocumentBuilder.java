package org.policybot.knowledge.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.text.ListMarkers;

/**
 * What every parser fills in as it reads: metadata, then headings, paragraphs and tables in reading order. Keeps
 * the heading stack, so each paragraph gets its section path. Levels nest headings, and clause numbers overrule
 * them: a numbered heading's parent is the nearest heading whose number is a prefix of its own ("6.1" never sits
 * under "5"), and a paragraph opening with a dotted clause number ("3.2. ...") leaves a sibling clause's section.
 * A "lead" is a sub-section named by a bold lead sentence or an FAQ's question; it sits one level below the current
 * heading and ends at the next lead or heading, or where the parser says ({@link #endLead}). Paragraphs are folded
 * onto one line; a table keeps one row per line.
 */
final class DocumentBuilder {
    private record Heading(int level, String text, boolean lead, List<Integer> number) {
    }

    /**
     * A picture's caption or credit line: a picture word, perhaps "by" or "credit", a colon, then the rest
     * ("Photo: Tom Isaacson", "Images by: Jane Doe", "Illustration credit: Studio North").
     */
    private static final Pattern CAPTION = Pattern.compile("""
            (?i) (?:photo|image|illustration|video|credit|photograph|picture)s?  # the picture word
            (?:\\s by|\\s credit)? \\s* : \\s*                                   # "by" or "credit", the colon
            (.*)                                                             # what it credits
            """, Pattern.COMMENTS);
    /** A paragraph that ends a sentence or a clause, which text after a code block does not go on. */
    private static final Pattern FINISHED = Pattern.compile("(?s).*[.!?:;][)\"”’]*");
    /** Most words of a code line that stands inside a sentence (a tag, a command), not a listing. */
    private static final int MAX_INLINE_CODE_WORDS = 12;
    /** A caption is short; a longer line opening "Image:" is text. */
    private static final int MAX_CAPTION_WORDS = 12;

    private final Deque<Heading> headings = new ArrayDeque<>();
    private final List<Block> blocks = new ArrayList<>();
    /** The index of the block {@link #code} added, while it is the last block; else -1. */
    private int lastCode = -1;
    /** Whether the last thing read is an FAQ's labelled question, so the next paragraph may open "A:". */
    private boolean faqAsked;
    private final List<String> tags = new ArrayList<>();
    private final List<String> credits = new ArrayList<>();
    private String title = "";
    private String url = "";
    private String published = "";
    private String author = "";

    /**
     * A pilcrow ending a heading: the permalink sign of a documentation generator (Sphinx's "¶"), kept as text when the
     * page was printed or converted; the HTML reader drops it as a link, this drops what reaches a heading as text.
     */
    private static final Pattern PERMALINK_END = Pattern.compile("\\s*\u00B6\\s*$");

    void heading(int level, String text) {
        String clean = PERMALINK_END.matcher(TextRepair.paragraph(text)).replaceFirst("");
        if (clean.isEmpty()) {
            return;
        }
        if (HeadingRules.isProse(clean)) {
            paragraph(clean);
            return;
        }
        List<Integer> number = ClauseNumbers.of(clean);
        while (!headings.isEmpty() && !isParent(headings.peekLast(), level, number)) {
            headings.removeLast();
        }
        headings.addLast(new Heading(level, clean, false, number));
        faqAsked = false;
    }

    /** A numbered heading is the parent of a numbered one only by prefix; otherwise a lower level is a parent. */
    private static boolean isParent(Heading h, int level, List<Integer> number) {
        if (h.lead()) {
            return false;
        }
        if (!h.number().isEmpty() && !number.isEmpty()) {
            return ClauseNumbers.isParentOf(h.number(), number);
        }
        return h.level() < level;
    }

    void lead(String text) {
        endLead();
        subLead(text);
    }

    /**
     * A lead inside the lead before it, which stays open: a question of an FAQ topic that is itself folded away
     * ({@code <details>} inside {@code <details>}).
     */
    void subLead(String text) {
        int level = headings.isEmpty() ? 1 : headings.peekLast().level() + 1;
        String question = FaqLines.question(text).map(FaqLines.Asked::question).orElse(text).strip();
        headings.addLast(new Heading(level, TextRepair.paragraph(question), true, List.of()));
        faqAsked = question.endsWith("?") || !question.equals(text.strip()); // an "A:" may open its answer
    }

    /** Ends every open section: what follows (an aside read after the main text) belongs to none of them. */
    void endSections() {
        headings.clear();
        faqAsked = false;
    }

    /** Ends the section a {@link #lead} opened: what follows belongs to the heading above it again. */
    void endLead() {
        if (!headings.isEmpty() && headings.peekLast().lead()) {
            headings.removeLast();
        }
    }

    /**
     * One paragraph, folded onto a line; one that opens with a dotted clause number leaves sibling clauses. A
     * picture's credit ("Photo: Tom Isaacson") is the page's metadata, not its text.
     */
    void paragraph(String text) {
        add(text, false);
    }

    /**
     * A line of code or a command shown on its own ({@code <pre>}, a fenced block): kept as a paragraph, and joined
     * to the sentence it stands in when the text goes on around it.
     */
    void code(String text) {
        add(text, true);
    }

    private void add(String text, boolean code) {
        String clean = text == null ? "" : TextRepair.paragraph(text);
        if (clean.isEmpty()) {
            return;
        }
        if (isCredit(clean)) {
            credit(clean);
            return;
        }
        if (!code) {
            Optional<FaqLines.Asked> asked = FaqLines.question(clean);
            if (asked.isPresent()) {
                // "Q: Can I bring a friend?": the heading of its answer, as an HTML FAQ's <summary> is
                lead(asked.get().question());
                faqAsked = asked.get().answer().isEmpty();
                clean = TextRepair.paragraph(asked.get().answer());
                if (clean.isEmpty()) {
                    return;
                }
            } else if (faqAsked) {
                clean = TextRepair.paragraph(FaqLines.answer(clean).orElse(clean));
            }
            faqAsked = false;
        }
        List<Integer> number = ClauseNumbers.ofParagraph(clean);
        if (number.size() >= 2) {
            leaveSiblingClauses(number);
        }
        if (!code && resumesAroundCode(clean)) {
            // "add the tag" / "Cc: stable@vger.kernel.org" / "in the sign-off area.": one sentence around its code
            Block shown = blocks.remove(blocks.size() - 1);
            Block before = blocks.remove(blocks.size() - 1);
            blocks.add(new Block(before.sectionPath(), before.text() + " " + shown.text() + " " + clean));
        } else {
            blocks.add(new Block(sectionPath(), clean));
        }
        lastCode = code ? blocks.size() - 1 : -1;
    }

    /**
     * Whether {@code text} goes on the sentence that a one-line code block cut: it opens in lower case, the block
     * before it is that code, and the paragraph before the code stops unfinished, in the same section.
     */
    private boolean resumesAroundCode(String text) {
        int n = blocks.size();
        if (lastCode != n - 1 || n < 2 || !Character.isLowerCase(text.codePointAt(0))
                || ListMarkers.bodyStart(text, 0, text.length()) != 0) {
            return false;
        }
        Block shown = blocks.get(n - 1);
        Block before = blocks.get(n - 2);
        return shown.text().indexOf('\n') < 0 && HeadingRules.words(shown.text()) <= MAX_INLINE_CODE_WORDS
                && before.sectionPath().equals(sectionPath()) && shown.sectionPath().equals(sectionPath())
                && !FINISHED.matcher(before.text()).matches() && before.text().indexOf('\n') < 0;
    }

    /**
     * A paragraph that a parser knows to be a numbered clause of the outline, not an item of a list: "6. The
     * Committee is..." after the heading "5. Project Leader" leaves section 5 even though its number has no dot.
     */
    void clause(String text) {
        String clean = text == null ? "" : TextRepair.paragraph(text);
        if (!clean.isEmpty()) {
            leaveSiblingClauses(ClauseNumbers.of(clean));
            blocks.add(new Block(sectionPath(), clean));
        }
    }

    /**
     * A table as readable rows, one per line ({@link TableText}); the rows stay apart so each is a sentence of its
     * own.
     */
    void table(List<String> rows) {
        List<String> clean = rows.stream().map(TextRepair::paragraph).filter(r -> !r.isEmpty()).toList();
        if (!clean.isEmpty()) {
            blocks.add(new Block(sectionPath(), String.join("\n", clean)));
            faqAsked = false;
        }
    }

    /**
     * "3.2. Open calls..." after the heading "3.1. Eligibility" belongs to "3.", not to 3.1: numbered headings
     * whose number is not a prefix of the paragraph's are closed. In {@link #paragraph} only dotted numbers count:
     * "2." at a paragraph's start is as often an item of a list as a clause.
     */
    private void leaveSiblingClauses(List<Integer> number) {
        if (number.isEmpty()) {
            return;
        }
        while (!headings.isEmpty() && (headings.peekLast().lead() || !headings.peekLast().number().isEmpty())
                && !ClauseNumbers.isParentOf(headings.peekLast().number(), number)) {
            headings.removeLast();
        }
    }

    List<String> sectionPath() {
        return headings.stream().map(Heading::text).toList();
    }

    boolean hasParagraphs() {
        return !blocks.isEmpty();
    }

    boolean hasHeadings() {
        return !headings.isEmpty();
    }

    String title() {
        return title;
    }

    void title(String value) {
        title = value == null ? "" : value.strip();
    }

    void url(String value) {
        url = value == null ? "" : value.strip();
    }

    String published() {
        return published;
    }

    void published(String value) {
        published = value == null ? "" : value.strip();
    }

    void author(String value) {
        author = value == null ? "" : value.strip();
    }

    void tag(String value) {
        if (value != null && !value.isBlank() && !tags.contains(value.strip())) {
            tags.add(value.strip());
        }
    }

    /** A picture's credit line, once however often the page repeats it; a caption that names no one is dropped. */
    void credit(String value) {
        String clean = TextRepair.paragraph(value);
        if (isCredit(clean) && !credits.contains(clean)) {
            credits.add(clean);
        }
    }

    /** A short line that captions a picture ("Photo: …"); it is never a sentence of the text. */
    static boolean isCaption(String text) {
        return CAPTION.matcher(text).matches() && HeadingRules.words(text) <= MAX_CAPTION_WORDS;
    }

    /**
     * A caption that credits someone: what follows the colon is written as a name ("Tom Isaacson"), not as a
     * sentence ("Video: CCTV footage is kept for 30 days" is a line of a retention table).
     */
    static boolean isCredit(String text) {
        Matcher m = CAPTION.matcher(text);
        if (!m.matches() || HeadingRules.words(text) > MAX_CAPTION_WORDS) {
            return false;
        }
        String named = m.group(1).strip().replaceAll("\\.$", "");
        return !named.isEmpty() && HeadingRules.titleCase(named);
    }

    ParsedDocument build() {
        return new ParsedDocument(title, url, published, author, tags, credits, blocks);
    }
}
