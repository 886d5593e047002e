package org.policybot.knowledge.write;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.text.Sentences;
import org.policybot.knowledge.text.Terms;

/**
 * Writes the gist of a document from its own words, as an answer to "tl;dr?" or "what is the code of
 * conduct about?": its opening sentence, then one telling sentence from each part of its outline, each
 * cited, and the names of the parts left out. Or, for "what documents do you have?", each document's
 * title with its opening sentence. Nothing is generated: every sentence is quoted from a passage.
 *
 * <p>The outline is read at the deepest heading level with at most {@link #MAX_POINTS} parts, below
 * any heading every passage shares (a document's title repeated as its first heading), so a short
 * post is told by its findings and a long licence by its top-level sections.
 */
public final class OverviewWriter {
    /** Parts of a document an overview quotes (set by hand: about a screen of text in a chat client). */
    static final int MAX_POINTS = 10;
    /** Documents a catalog quotes; the rest are counted (set by hand, as {@link #MAX_POINTS}). */
    static final int MAX_DOCUMENTS = 8;
    /** Characters of quoted sentences an overview holds before it names the remaining parts instead. */
    static final int MAX_CHARS = 1500;
    /** Fewest words of a sentence that tells what a part is about; shorter ones are headings or labels. */
    static final int MIN_WORDS = 6;
    /** Most words of a telling sentence preferred (set by hand: two lines of a chat client). */
    static final int MAX_WORDS = 35;
    /** Times a part holding most of a document is opened into its own parts (set by hand: three levels). */
    private static final int MAX_SPLITS = 3;
    /** Passages of a part searched for its telling sentence. */
    private static final int PASSAGES_SEARCHED = 3;

    /**
     * A document to write about: its title, author (for rewriting "we"; may be blank), web address (may be
     * blank) and passages in order.
     */
    public record Document(String title, String author, String url, List<Passage> passages) {
        public Document {
            passages = List.copyOf(passages);
        }
    }

    private OverviewWriter() {
    }

    /** The outline of one document; empty when it holds no sentence long enough to tell anything. */
    public static Optional<Composition> document(Document d) {
        Citations citations = new Citations();
        Outline outline = Outline.of(d.passages());
        StringBuilder body = new StringBuilder();
        List<String> used = new ArrayList<>();
        Telling opening = telling(outline.opening(), used);
        if (opening != null && (opening.whole() || outline.parts().isEmpty())) { // a byline or a metadata row is no gist
            body.append(write(opening, d.author(), citations));
            used.add(opening.text());
        }
        List<String> left = new ArrayList<>();
        for (Part part : outline.parts()) {
            Telling t = telling(part.passages(), used);
            if (t == null) {
                continue;
            }
            if (left.isEmpty() && body.length() < MAX_CHARS) {
                String label = part.label();
                String sentence = write(t, d.author(), citations);
                body.append(body.length() == 0 ? "• " : "\n• ")
                        .append(label.isBlank() || repeats(t.text(), label) ? sentence : label + ": " + sentence);
                used.add(t.text());
            } else {
                left.add(part.label());
            }
        }
        if (body.length() == 0) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder("“").append(d.title()).append("” in brief:\n").append(body);
        List<String> named = left.stream().filter(h -> !h.isBlank()).toList();
        if (!named.isEmpty()) {
            text.append("\nIt also covers: ").append(String.join("; ", named)).append('.');
        }
        return Optional.of(new Composition(text.toString(), citations.list()));
    }

    /** Each document's title and opening sentence; empty when there is no document. */
    public static Optional<Composition> catalog(List<Document> documents) {
        if (documents.isEmpty()) {
            return Optional.empty();
        }
        Citations citations = new Citations();
        StringBuilder text = new StringBuilder(documents.size() == 1 ? "I answer questions from one document:"
                : "I answer questions from " + documents.size() + " documents:");
        int shown = 0;
        for (Document d : documents) {
            if (shown == MAX_DOCUMENTS) {
                text.append("\n…and ").append(documents.size() - shown).append(" more.");
                break;
            }
            Telling t = introduction(d);
            text.append("\n• “").append(d.title()).append('”');
            if (t != null) {
                text.append(": ").append(write(t, d.author(), citations));
            }
            shown++;
        }
        text.append(documents.size() == 1 ? "\nAsk me anything about it." : "\nAsk me about any of them.");
        return Optional.of(new Composition(text.toString(), citations.list()));
    }

    /**
     * Where each document can be read: its web address, cited from the sentence of its own that gives it
     * (the metadata passage "It is available at …") or else from its opening sentence. Documents added as
     * files without an address are counted; when none has one, each is said to have been added as a file.
     */
    public static Optional<Composition> links(List<Document> documents) {
        Citations citations = new Citations();
        List<String> lines = new ArrayList<>();
        for (Document d : documents) {
            if (d.url() == null || d.url().isBlank()) {
                continue;
            }
            Telling source = stating(d.passages(), d.url());
            if (source == null) {
                source = introduction(d); // a page that opens straight with headings has no opening sentence
            }
            if (source == null) {
                continue;
            }
            lines.add("“" + d.title() + "” is at " + Citations.mark(d.url() + ".", citations.use(source.passage(),
                    source.index())));
        }
        if (lines.isEmpty()) {
            return unaddressed(documents);
        }
        StringBuilder text = new StringBuilder(lines.size() == 1 ? lines.get(0) : "• " + String.join("\n• ", lines));
        int without = (int) documents.stream().filter(d -> d.url() == null || d.url().isBlank()).count();
        if (without > 0) {
            text.append("\n").append(without == 1 ? "One more document was added as a file"
                    : without + " more documents were added as files").append(", with no web address.");
        }
        return Optional.of(new Composition(text.toString(), citations.list()));
    }

    /**
     * Documents none of which has a web address: each is said to have been added as a file, with its opening
     * sentence cited so that the member sees where its text is; empty when there is no document.
     */
    private static Optional<Composition> unaddressed(List<Document> documents) {
        Citations citations = new Citations();
        List<String> lines = new ArrayList<>();
        for (Document d : documents.subList(0, Math.min(MAX_DOCUMENTS, documents.size()))) {
            Telling t = introduction(d);
            if (t != null) {
                lines.add("“" + d.title() + "” has no web address: it was added as a file. It opens: "
                        + write(t, d.author(), citations));
            }
        }
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(lines.size() == 1 ? lines.get(0) : "• " + String.join("\n• ", lines));
        if (documents.size() > lines.size()) {
            text.append("\n…and ").append(documents.size() - lines.size()).append(" more, none with a web address.");
        }
        return Optional.of(new Composition(text.toString(), citations.list()));
    }

    /**
     * The document's opening telling sentence, or its first part's whole sentence when its opening has only a
     * byline, a metadata row or nothing; or null.
     */
    private static Telling introduction(Document d) {
        Outline outline = Outline.of(d.passages());
        Telling t = telling(outline.opening(), List.of());
        if (t == null || !t.whole()) {
            Telling part = outline.parts().stream().map(p -> telling(p.passages(), List.of()))
                    .filter(x -> x != null && x.whole()).findFirst().orElse(null);
            t = part != null ? part : t;
        }
        return t;
    }

    /** The first sentence of the passages that holds {@code words}, or null. */
    private static Telling stating(List<Passage> passages, String words) {
        for (Passage p : passages) {
            for (int i = 0; i < p.sentences().size(); i++) {
                if (p.sentence(i).contains(words)) {
                    return new Telling(p, i, p.sentenceBody(i));
                }
            }
        }
        return null;
    }

    /** One sentence of a passage. */
    private record Telling(Passage passage, int index, String text, boolean whole) {
        Telling(Passage passage, int index, String text) {
            this(passage, index, text, true);
        }
    }

    /**
     * The first sentence of the passages that tells something: long enough, not a lead-in to a list
     * (ending with a colon), not already quoted, preferably of at most {@link #MAX_WORDS} words. A whole
     * sentence goes before a fragment (a byline, a list item ending with a semicolon, a table row), and both
     * before a sentence pointing back ("It also…"), which needs the one before it.
     */
    private static Telling telling(List<Passage> passages, List<String> used) {
        Telling longer = null;
        Telling fragment = null;
        Telling pointing = null;
        for (Passage p : passages.subList(0, Math.min(PASSAGES_SEARCHED, passages.size()))) {
            for (int i = 0; i < p.sentences().size(); i++) {
                String s = p.sentenceBody(i).strip();
                String[] words = s.split("\\s+");
                if (words.length < MIN_WORDS || Sentences.announces(s) || used.contains(s)) {
                    continue;
                }
                if (pointsBack(words)) {
                    pointing = pointing == null ? new Telling(p, i, s, false) : pointing; // "It also explains…" needs the one before
                } else if (".!?".indexOf(s.charAt(s.length() - 1)) < 0 || Sentences.isTableRow(s)) {
                    // a byline, a list item ending with ";", a table row ("Effective: 1 April 2025; Replaces: Issue 2.")
                    fragment = fragment == null ? new Telling(p, i, s, false) : fragment;
                } else if (words.length <= MAX_WORDS) {
                    return new Telling(p, i, s);
                } else {
                    longer = longer == null ? new Telling(p, i, s) : longer;
                }
            }
        }
        return longer != null ? longer : fragment != null ? fragment : pointing;
    }

    /**
     * Whether a sentence opens by pointing back to the one before: a pointing word (lexicon/pointing-words.txt)
     * standing alone as its subject ("It also explains…", "This is why…"), not as the determiner of a noun
     * (lexicon/determiners.txt: "This notice explains…" says what it is about).
     */
    private static boolean pointsBack(String[] words) {
        String first = words[0].toLowerCase(Locale.ROOT);
        if (!Lexicon.POINTING_WORDS.contains(first)) {
            return false;
        }
        return !Lexicon.DETERMINERS.contains(first) // "it", "they"
                || words.length > 1 && Terms.isStopWord(words[1].toLowerCase(Locale.ROOT));
    }

    private static String write(Telling t, String author, Citations citations) {
        String text = FirstPersonRewriter.rewrite(Connectives.strip(t.text()), author);
        return Citations.mark(text, citations.use(t.passage(), t.index()));
    }

    /** True when the sentence restates its part's heading (a post whose headings are its findings). */
    private static boolean repeats(String sentence, String heading) {
        String s = letters(sentence);
        String h = letters(heading);
        return !h.isEmpty() && (s.startsWith(h) || h.startsWith(s));
    }

    private static String letters(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** A part of a document's outline: its heading (blank for a document without headings) and passages. */
    record Part(String heading, List<Passage> passages) {
        /** The heading as a label before a colon: "Working to unlock AI’s benefits." loses its full stop. */
        String label() {
            return heading.strip().replaceAll("[.:;,]+$", "");
        }
    }

    /**
     * A document's passages read as an outline: those before its first part (the opening), and its
     * parts in order. A document without headings is told by its first passage and a sample of the
     * others, evenly spread.
     */
    record Outline(List<Passage> opening, List<Part> parts) {
        static Outline of(List<Passage> passages) {
            int shared = sharedDepth(passages);
            int depth = shared + 1;
            for (int d = shared + 2; d <= deepest(passages); d++) {
                if (group(passages, shared, d).size() > MAX_POINTS) {
                    break;
                }
                depth = d;
            }
            List<Passage> opening = new ArrayList<>();
            for (Passage p : passages) {
                if (p.section().size() <= shared) {
                    opening.add(p);
                }
            }
            List<Group> groups = new ArrayList<>();
            group(passages, shared, depth).forEach((path, list) -> groups.add(new Group(path, list)));
            for (int i = 0; i < MAX_SPLITS; i++) {
                if (!split(groups)) {
                    break;
                }
            }
            List<Part> parts = new ArrayList<>();
            groups.forEach(g -> parts.add(new Part(g.path().get(g.path().size() - 1), g.passages())));
            if (parts.isEmpty() && opening.size() > 1) {
                int rest = opening.size() - 1;
                int step = Math.max(1, (rest + MAX_POINTS - 1) / MAX_POINTS);
                for (int i = 1; i < opening.size(); i += step) {
                    parts.add(new Part("", List.of(opening.get(i))));
                }
                opening = List.of(opening.get(0));
            }
            return new Outline(opening, parts);
        }

        /** A run of passages under one heading path. */
        private record Group(List<String> path, List<Passage> passages) {
        }

        /**
         * Replaces a part holding more than half the passages by its own parts (a licence whose terms are
         * one heading over all its sections); false when no part does.
         */
        private static boolean split(List<Group> groups) {
            int total = groups.stream().mapToInt(g -> g.passages().size()).sum();
            for (int i = 0; i < groups.size(); i++) {
                Group g = groups.get(i);
                int depth = g.path().size();
                if (g.passages().size() * 2 <= total || g.passages().stream().noneMatch(p -> p.section().size() > depth)) {
                    continue;
                }
                List<Group> inner = new ArrayList<>();
                List<Passage> own = g.passages().stream().filter(p -> p.section().size() == depth).toList();
                if (!own.isEmpty()) {
                    inner.add(new Group(g.path(), own));
                }
                group(g.passages(), depth, depth + 1).forEach((path, list) -> inner.add(new Group(path, list)));
                groups.remove(i);
                groups.addAll(i, inner);
                return true;
            }
            return false;
        }

        /**
         * Headings every passage under a heading shares (the title repeated as a first heading, say), short
         * of the deepest: a document of one section is told by that section's passages.
         */
        private static int sharedDepth(List<Passage> passages) {
            List<String> prefix = null;
            for (Passage p : passages) {
                if (p.section().isEmpty()) {
                    continue;
                }
                if (prefix == null) {
                    prefix = new ArrayList<>(p.section());
                    continue;
                }
                int i = 0;
                while (i < prefix.size() && i < p.section().size() && prefix.get(i).equals(p.section().get(i))) {
                    i++;
                }
                prefix = new ArrayList<>(prefix.subList(0, i));
            }
            if (prefix == null) {
                return 0;
            }
            return prefix.size() < deepest(passages) ? prefix.size() : Math.max(0, prefix.size() - 1);
        }

        private static int deepest(List<Passage> passages) {
            return passages.stream().mapToInt(p -> p.section().size()).max().orElse(0);
        }

        /** Passages below {@code shared} headings, grouped by their heading path cut to {@code depth}. */
        private static Map<List<String>, List<Passage>> group(List<Passage> passages, int shared, int depth) {
            Map<List<String>, List<Passage>> out = new LinkedHashMap<>();
            for (Passage p : passages) {
                if (p.section().size() > shared) {
                    List<String> key = List.copyOf(p.section().subList(0, Math.min(depth, p.section().size())));
                    out.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                }
            }
            return out;
        }
    }
}
