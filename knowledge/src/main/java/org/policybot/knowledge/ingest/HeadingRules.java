package org.policybot.knowledge.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.Sentences;

/**
 * Recognises heading lines in text without markup (plain text, PDF, DOCX without heading styles): numbered
 * headings ("3. Grant of Patent License.", "1.2 Scope"), labelled ones ("Section 4", "Article II",
 * "APPENDIX: ..."), ALL-CAPS short lines, and short Title-Case lines (weak: only when a body follows).
 */
final class HeadingRules {
    /** A recognised heading; {@code weak} ones count only when body text follows them. */
    record Heading(int level, String text, boolean weak) {
    }

    /** A heading at the start of a paragraph's first line, and the body text after it. */
    record Inline(Heading heading, String rest) {
    }

    /**
     * A heading is a short line: at most this many characters and {@link #MAX_WORDS} words (set by hand; the
     * longest heading of the Apache, GPL and MPL texts in the test resources has 11 words and 80 characters:
     * "10.4. Distributing Source Code Form that is Incompatible With Secondary Licenses").
     */
    private static final int MAX_CHARS = 100;
    private static final int MAX_WORDS = 14;
    private static final Set<String> SMALL_WORDS = Lexicon.TITLE_SMALL_WORDS;
    /** Labels whose number belongs to the outline ("Section 4"); {@link ClauseNumbers} reads those numbers. */
    static final Set<String> OUTLINE_LABELS = Lexicon.OUTLINE_LABELS;
    private static final Set<String> APPENDIX_LABELS = Lexicon.APPENDIX_LABELS;
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3})*)(\\.?)\\s+(\\S.*)");
    private static final Pattern INLINE_NUMBERED = Pattern.compile(
            "(\\d{1,3}(?:\\.\\d{1,3})*\\.?)\\s+(\\p{Lu}[^.!?:;]{0,80}?)\\.\\s+(\\S.*)");
    /** A label, whole ("Part-time" and "Particular" hold none), then its number and a separator, then the title. */
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)(" + Lexicon.alternation(union(OUTLINE_LABELS, APPENDIX_LABELS)) + ")(?![\\p{L}\\d]|-\\p{L})"
                    + "(\\s+(?:\\d{1,3}(?:\\.\\d{1,3})*|[ivxlc]{1,7}|[a-z]))?\\s*([.:\\-–—]\\s*)?(.*)");
    private static final Pattern TERMINAL = Pattern.compile(".*[.!?,;:]$");

    private HeadingRules() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /**
     * Whether text marked as a heading (an HTML h1-h6, a Markdown "##", a Word heading style) is prose: several
     * sentences and longer than any heading line ({@link #MAX_WORDS}), as a page's deck or standfirst set in a
     * heading tag ("This is the enforcement manual followed by Django's Code of Conduct Committee. It's used when
     * we respond to an issue…"). Such text is a paragraph; a section named by it would name every citation of the
     * section with the whole paragraph. A one-sentence heading ("People want to know more about our core
     * values.") stays a heading whatever its length.
     */
    static boolean isProse(String marked) {
        return words(marked) > MAX_WORDS && Sentences.texts(marked).size() > 1;
    }

    /** The heading a whole line makes, if any. */
    static Optional<Heading> line(String raw) {
        String line = raw.strip();
        if (line.isEmpty() || line.length() > MAX_CHARS || words(line) > MAX_WORDS || line.endsWith(",")
                || line.endsWith(";")) {
            return Optional.empty();
        }
        Matcher m = NUMBERED.matcher(line);
        if (m.matches()) {
            String rest = dropFinalPeriod(m.group(3));
            return titleLike(rest) && words(rest) <= 10
                    ? Optional.of(new Heading(m.group(1).split("\\.").length + 1, m.group(1) + m.group(2) + " " + rest,
                    false))
                    : Optional.empty();
        }
        Optional<Heading> labelled = labelled(line);
        if (labelled.isPresent()) {
            return labelled;
        }
        if (allCaps(line)) {
            return Optional.of(new Heading(1, dropFinalPunctuation(line), false));
        }
        if (!TERMINAL.matcher(line).matches() && words(line) <= 10 && Character.isUpperCase(line.charAt(0))
                && titleCase(line)) {
            return Optional.of(new Heading(2, line, true));
        }
        return Optional.empty();
    }

    /** "3. Grant of Patent License. Subject to ..." gives heading "3. Grant of Patent License" and the rest. */
    static Optional<Inline> inline(String firstLine) {
        Matcher m = INLINE_NUMBERED.matcher(firstLine.strip());
        if (!m.matches() || words(m.group(2)) > 8 || !titleCase(m.group(2))) {
            return Optional.empty();
        }
        String number = m.group(1);
        int level = number.replaceAll("\\.$", "").split("\\.").length + 1;
        return Optional.of(new Inline(new Heading(level, number + " " + m.group(2).strip(), false), m.group(3)));
    }

    private static Optional<Heading> labelled(String line) {
        Matcher m = LABELLED.matcher(line);
        if (!m.matches() || !Character.isUpperCase(line.charAt(0)) && line.charAt(0) != '§') {
            return Optional.empty();
        }
        boolean numbered = m.group(2) != null;
        boolean separated = m.group(3) != null;
        String rest = m.group(4).strip();
        // a label with a number heads whatever follows ("Part 2", "Section 4: Scope", "Article 3. Members"); without
        // one, a label in capitals does ("APPENDIX: How to apply the Apache License to your work."), otherwise only a
        // title ("Schedule: Fees", not "Schedule: Tuesdays and Thursdays, 7–9 pm")
        String label = m.group(1);
        boolean heads = numbered ? rest.isEmpty() || separated || titleCase(rest)
                : separated && !rest.isEmpty() && (titleCase(rest) || label.equals(label.toUpperCase(Locale.ROOT)));
        if (!heads) {
            return Optional.empty();
        }
        String keyword = m.group(1).toLowerCase(Locale.ROOT);
        int level = keyword.equals("section") || keyword.equals("§") ? 2 : 1;
        return Optional.of(new Heading(level, dropFinalPunctuation(line), false));
    }

    static boolean allCaps(String line) {
        int letters = 0;
        int other = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            } else if (!Character.isWhitespace(c)) {
                other++;
            }
        }
        return letters >= 3 && letters >= other && words(line) <= 12;
    }

    /**
     * Most words are capitalised, as in a title written loosely ("Revised Versions of this License", "Forum IP
     * addresses"): the first word starts with a capital, digit or symbol, and at least half of the words that are
     * not small words do too. Numbered lines use this; unnumbered lines must pass {@link #titleCase}.
     */
    static boolean titleLike(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty() || Character.isLowerCase(words[0].charAt(0))) {
            return false;
        }
        int significant = 0;
        int capitalised = 0;
        for (String w : words) {
            if (!SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
                significant++;
                capitalised += Character.isLowerCase(w.charAt(0)) ? 0 : 1;
            }
        }
        return capitalised * 2 >= significant;
    }

    /** Every word that is not a small word starts with a capital, a digit or a symbol. */
    static boolean titleCase(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 0 || words[0].isEmpty()) {
            return false;
        }
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            char c = w.charAt(0);
            boolean small = SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT));
            if (Character.isLowerCase(c) && (i == 0 || !small)) {
                return false;
            }
        }
        return true;
    }

    static int words(String text) {
        String s = text.strip();
        return s.isEmpty() ? 0 : s.split("\\s+").length;
    }

    private static String dropFinalPeriod(String s) {
        String t = s.strip();
        return t.endsWith(".") && !t.endsWith("..") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static String dropFinalPunctuation(String s) {
        String t = s.strip();
        while (!t.isEmpty() && (t.endsWith(".") || t.endsWith(":"))) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }
}
