package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Span;
import org.policybot.knowledge.text.ListMarkers;
import org.policybot.knowledge.text.Sentences;

/**
 * Cuts a parsed document into passages along its structure: one paragraph, or a few sentences of a long one
 * (about {@value #MIN_WORDS}-{@value #MAX_WORDS} words). Long paragraphs split at sentence boundaries into
 * even parts; very short paragraphs merge with their neighbours of the same section; nothing crosses a heading.
 */
public final class Splitter {
    static final int MIN_WORDS = 40;
    static final int MAX_WORDS = 120;
    /** A single sentence longer than this is cut at word boundaries. */
    static final int MAX_SENTENCE_WORDS = 200;
    /** A one-sentence paragraph this short joins the paragraph after it rather than the one before. */
    static final int MAX_LEAD_WORDS = 20;
    private static final String PARAGRAPH_BREAK = "\n\n";

    /**
     * A chunk of a block; {@code lead} marks a one-sentence paragraph that introduces what follows (a numbered
     * clause or list item is a peer of the ones after it, not their introduction); {@code single} marks a piece of
     * one sentence; {@code announced} marks pieces joined to a sentence that announces them with a colon, which the
     * next piece may still be one of.
     */
    private record Piece(List<String> section, String text, int words, boolean lead, boolean single,
                         boolean announced) {
    }

    public List<Passage> split(String docId, ParsedDocument doc) {
        DocIds.validateIndexId(docId);
        List<Piece> pieces = new ArrayList<>();
        java.util.Set<List<String>> opened = new java.util.HashSet<>();
        for (Block block : doc.blocks()) {
            String text = block.text();
            if (opened.add(block.sectionPath())
                    && (isSentence(leaf(block.sectionPath())) || continuesHeading(text))) {
                text = leaf(block.sectionPath()) + " " + text;
            }
            List<String> chunks = chunks(text);
            for (String chunk : chunks) {
                int words = words(chunk);
                List<Span> sentences = Sentences.split(chunk);
                boolean lead = chunks.size() == 1 && words <= MAX_LEAD_WORDS && sentences.size() == 1
                        && !sentences.get(0).hasMarker();
                pieces.add(new Piece(block.sectionPath(), chunk, words, lead, sentences.size() == 1, false));
            }
        }
        List<Passage> passages = new ArrayList<>();
        PassageIds ids = new PassageIds(docId);
        for (Piece p : merge(pieces)) {
            passages.add(new Passage(ids.next(p.section()), docId, doc.title(), p.section(), doc.url(),
                    passages.size(), p.text(), Sentences.split(p.text())));
        }
        String about = AboutDocument.text(doc);
        if (!about.isEmpty() && !passages.isEmpty()) {
            List<String> section = List.of(AboutDocument.SECTION);
            passages.add(new Passage(ids.next(section), docId, doc.title(), section, doc.url(), passages.size(),
                    about, Sentences.split(about)));
        }
        return passages;
    }

    /**
     * A paragraph of at most {@value #MAX_WORDS} words, or its sentences grouped into even parts; the text
     * between sentences is kept as it was (a table's rows stay one per line).
     */
    static List<String> chunks(String text) {
        int total = words(text);
        if (total <= MAX_WORDS) {
            return List.of(text);
        }
        List<String> sentences = new ArrayList<>();
        List<String> gaps = new ArrayList<>();
        int end = 0;
        for (Span s : Sentences.split(text)) {
            List<String> cut = cutLong(s.of(text));
            for (int i = 0; i < cut.size(); i++) {
                gaps.add(i == 0 ? text.substring(end, s.start()) : " ");
                sentences.add(cut.get(i));
            }
            end = s.end();
        }
        int parts = (total + 99) / 100;
        int target = (total + parts - 1) / parts;
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentWords = 0;
        for (int i = 0; i < sentences.size(); i++) {
            String s = sentences.get(i);
            int w = words(s);
            if (currentWords > 0 && (currentWords + w > MAX_WORDS || currentWords >= target)) {
                out.add(current.toString());
                current.setLength(0);
                currentWords = 0;
            }
            if (current.length() > 0) {
                current.append(gaps.get(i).contains("\n") ? "\n" : " ");
            }
            current.append(s);
            currentWords += w;
        }
        if (currentWords > 0) {
            out.add(current.toString());
        }
        return out;
    }

    private static List<String> cutLong(String sentence) {
        String[] words = sentence.split("\\s+");
        if (words.length <= MAX_SENTENCE_WORDS) {
            return List.of(sentence);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.length; i += MAX_WORDS) {
            out.add(String.join(" ", java.util.Arrays.copyOfRange(words, i, Math.min(words.length, i + MAX_WORDS))));
        }
        return out;
    }

    /**
     * Joins short pieces with the next (or, at a section's end, the previous) piece of the same section. A short
     * one-sentence paragraph followed by more text of its section starts a passage instead, so a lead sentence
     * stays with the paragraph it introduces; a run of such short paragraphs is a list, whose items join as usual.
     * A piece that ends with a colon announces what follows ("...with a subject like:"), which joins it, and so do the
     * one-sentence pieces after that, items of what it announces, while they fit one passage and none is a lead.
     */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean endsSection = i == pieces.size() - 1 || !pieces.get(i + 1).section().equals(p.section());
            boolean inRun = i > 0 && pieces.get(i - 1).lead() && pieces.get(i - 1).section().equals(p.section())
                    || !endsSection && pieces.get(i + 1).lead();
            boolean leadsOn = p.lead() && !inRun && !endsSection && p.words() + pieces.get(i + 1).words() <= MAX_WORDS;
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            // what a colon announces may be several one-sentence paragraphs, each too long to be a lead ("The authors
            // of the licence are:" over a sentence naming and placing each organisation)
            boolean announced = last != null && (last.text().strip().endsWith(":")
                    || last.announced() && !p.lead() && p.single());
            if (last != null && (!leadsOn || announced) && last.section().equals(p.section())
                    && last.words() + p.words() <= MAX_WORDS
                    && (last.words() < MIN_WORDS || p.words() < MIN_WORDS && endsSection || announced)) {
                out.set(out.size() - 1, new Piece(p.section(), last.text() + PARAGRAPH_BREAK + p.text(),
                        last.words() + p.words(), false, false, announced));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String leaf(List<String> section) {
        return section.isEmpty() ? "" : section.get(section.size() - 1).strip();
    }

    /**
     * A heading written as a sentence ("People want to know more about our core values.") is a bold lead
     * sentence of the text, not only a label: it opens its section's first passage so it can be quoted.
     */
    static boolean isSentence(String heading) {
        return heading.length() > 1 && ".!?".indexOf(heading.charAt(heading.length() - 1)) >= 0
                && heading.split("\\s+").length >= 3;
    }

    /**
     * A section whose text starts in lower case continues its heading's sentence: a definition written as
     * "1.1. "Contributor"" above "means each individual...". The heading then opens the text, so the passage says
     * what it defines. (A lettered item, "a) The work must...", starts in lower case too but is no continuation.)
     */
    static boolean continuesHeading(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0))
                && ListMarkers.bodyStart(text, 0, text.length()) == 0;
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
