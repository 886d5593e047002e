package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Span;
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
    private static final String PARAGRAPH_BREAK = "\n\n";

    private record Piece(List<String> section, String text, int words) {
    }

    public List<Passage> split(String docId, ParsedDocument doc) {
        DocIds.validate(docId);
        List<Piece> pieces = new ArrayList<>();
        for (Block block : doc.blocks()) {
            for (String chunk : chunks(block.text())) {
                pieces.add(new Piece(block.sectionPath(), chunk, words(chunk)));
            }
        }
        List<Passage> passages = new ArrayList<>();
        PassageIds ids = new PassageIds(docId);
        for (Piece p : merge(pieces)) {
            passages.add(new Passage(ids.next(p.section()), docId, doc.title(), p.section(), doc.url(),
                    passages.size(), p.text(), Sentences.split(p.text())));
        }
        return passages;
    }

    /** A paragraph of at most {@value #MAX_WORDS} words, or its sentences grouped into even parts. */
    static List<String> chunks(String text) {
        int total = words(text);
        if (total <= MAX_WORDS) {
            return List.of(text);
        }
        List<String> sentences = new ArrayList<>();
        for (Span s : Sentences.split(text)) {
            sentences.addAll(cutLong(s.of(text)));
        }
        int parts = (total + 99) / 100;
        int target = (total + parts - 1) / parts;
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int currentWords = 0;
        for (String s : sentences) {
            int w = words(s);
            if (currentWords > 0 && (currentWords + w > MAX_WORDS || currentWords >= target)) {
                out.add(current.toString());
                current.setLength(0);
                currentWords = 0;
            }
            if (current.length() > 0) {
                current.append(' ');
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

    /** Joins short pieces with the next (or, at a section's end, the previous) piece of the same section. */
    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean endsSection = i == pieces.size() - 1 || !pieces.get(i + 1).section().equals(p.section());
            Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.section().equals(p.section()) && last.words() + p.words() <= MAX_WORDS
                    && (last.words() < MIN_WORDS || p.words() < MIN_WORDS && endsSection)) {
                out.set(out.size() - 1, new Piece(p.section(), last.text() + PARAGRAPH_BREAK + p.text(),
                        last.words() + p.words()));
            } else {
                out.add(p);
            }
        }
        return out;
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }
}
