package org.policybot.knowledge.ingest;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.index.ModelWords;

/**
 * Repairs extracted text by general rules, for every format: mojibake (UTF-8 read as Latin-1/CP1252, exact and
 * lossy), Unicode NFC (NFKC only for ligatures), invisible and odd whitespace, words hyphenated at line
 * breaks, and sentences glued together by scraping ("applications.We"). {@link #text} keeps line structure
 * for the parsers; {@link #paragraph} also folds a block onto one line.
 */
public final class TextRepair {
    /** Prefixes whose hyphen is kept when a compound is broken at a line end ("non-\nexclusive"). */
    private static final Set<String> HYPHENATED_PREFIXES = Set.of(
            "non", "self", "cross", "well", "anti", "multi", "semi", "third", "high", "long", "low", "co", "ex",
            "pre", "post", "sub", "inter", "open", "user", "e");
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("(\\p{L}+)-[ \\t]*\\n[ \\t]*(\\p{Ll}+)");
    /** Tab stops of plain-text files, in columns (the terminal and printer convention). */
    private static final int TAB_STOP = 8;
    private static final Pattern LIGATURES = Pattern.compile("[\\x{FB00}-\\x{FB06}]");
    private static final Pattern INVISIBLE = Pattern.compile("[\\x{00AD}\\x{200B}-\\x{200D}\\x{2060}\\x{FEFF}]");
    private static final Pattern ODD_SPACE = Pattern.compile("[\\t\\x{000B}\\x{000C}\\x{00A0}\\x{1680}\\x{2000}-\\x{200A}"
            + "\\x{202F}\\x{205F}\\x{3000}]");
    private static final Pattern CONTROL = Pattern.compile("[\\x{0000}-\\x{0008}\\x{000E}-\\x{001F}\\x{007F}-\\x{009F}]");
    private static final Pattern LINE_SEPARATOR = Pattern.compile("\\r\\n?|[\\x{2028}\\x{2029}\\x{0085}]");
    private static final Pattern SPACES = Pattern.compile("(?<=\\S) {2,}");
    private static final Pattern TRAILING_SPACE = Pattern.compile("(?m)[ ]+$");
    /**
     * A sentence end (two lower-case letters or a closing bracket/quote, then . ! ? or :) glued to a
     * capitalised word. Two letters keep "e.g.", "U.S." and initials out; digits keep decimals out.
     */
    private static final Pattern GLUED_SENTENCE = Pattern.compile(
            "(?<=\\p{Ll}{2}[.!?]|\\p{Ll}{2}[.!?][)\"”’]|\\p{Ll}{2}:)(?=\\p{Lu}\\p{Ll})");

    private TextRepair() {
    }

    /** Repairs a whole extracted text, keeping its line breaks (parsers still need them). */
    public static String text(String raw) {
        return SPACES.matcher(layout(raw)).replaceAll(" ");
    }

    /**
     * Repairs a plain-text file and keeps its layout: line breaks, indentation and runs of spaces (aligned
     * columns), with tabs expanded to stops every {@value #TAB_STOP} columns, as terminals show them.
     */
    static String layout(String raw) {
        String s = LINE_SEPARATOR.matcher(raw).replaceAll("\n");
        s = expandTabs(s);
        s = Mojibake.repair(s);
        s = unicode(s);
        s = INVISIBLE.matcher(s).replaceAll("");
        s = ODD_SPACE.matcher(s).replaceAll(" ");
        s = CONTROL.matcher(s).replaceAll("");
        s = joinHyphenated(s);
        return TRAILING_SPACE.matcher(s).replaceAll("");
    }

    private static String expandTabs(String s) {
        if (s.indexOf('\t') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 64);
        int column = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t') {
                int spaces = TAB_STOP - column % TAB_STOP;
                out.append(" ".repeat(spaces));
                column += spaces;
            } else {
                out.append(c);
                column = c == '\n' ? 0 : column + 1;
            }
        }
        return out.toString();
    }

    /** Repairs one block of text and folds it onto a single line with single spaces. */
    public static String paragraph(String raw) {
        String s = text(raw);
        s = s.replace('\n', ' ');
        s = unglue(s);
        return SPACES.matcher(s.strip()).replaceAll(" ");
    }

    /** NFC everywhere; compatibility decomposition only for the Latin ligatures, where it is lossless. */
    static String unicode(String s) {
        String nfc = Normalizer.isNormalized(s, Normalizer.Form.NFC) ? s : Normalizer.normalize(s, Normalizer.Form.NFC);
        return LIGATURES.matcher(nfc).replaceAll(m -> Normalizer.normalize(m.group(), Normalizer.Form.NFKC));
    }

    /**
     * "gover-\nnance" becomes "governance": a word broken at a line end is joined where the joined word is an
     * English word ({@link ModelWords#isWord}) or the text writes it elsewhere. Otherwise the hyphen is the
     * compound's own and stays ("part-\ntime", "decision-\nmaking", "non-\nexclusive"): word processors and
     * HTML printers do not hyphenate, so a hyphen at a line end is most often a real one.
     */
    static String joinHyphenated(String s) {
        if (s.indexOf('-') < 0) {
            return s;
        }
        Matcher m = LINE_BREAK_HYPHEN.matcher(s);
        StringBuilder out = new StringBuilder(s.length());
        String lower = null;
        while (m.find()) {
            String left = m.group(1);
            String joined = (left + m.group(2)).toLowerCase(Locale.ROOT);
            boolean broken = false;
            if (!HYPHENATED_PREFIXES.contains(left.toLowerCase(Locale.ROOT))) {
                lower = lower != null ? lower : s.toLowerCase(Locale.ROOT);
                broken = ModelWords.isWord(joined) || writes(lower, joined);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(left + (broken ? "" : "-") + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Whether {@code text} (lower case) holds {@code word} as a whole word. */
    private static boolean writes(String text, String word) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
                return true;
            }
        }
        return false;
    }

    /** Inserts the missing space in "applications.We", but not inside URLs, e-mail addresses or file names. */
    static String unglue(String s) {
        Matcher m = GLUED_SENTENCE.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int last = 0;
        while (m.find()) {
            int at = m.start();
            if (insideAddress(s, at)) {
                continue;
            }
            out.append(s, last, at).append(' ');
            last = at;
        }
        return last == 0 ? s : out.append(s, last, s.length()).toString();
    }

    private static boolean insideAddress(String s, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(s.charAt(start - 1))) {
            start--;
        }
        int end = at;
        while (end < s.length() && !Character.isWhitespace(s.charAt(end))) {
            end++;
        }
        String token = s.substring(start, end);
        return token.contains("/") || token.contains("@") || token.regionMatches(true, 0, "www.", 0, 4);
    }
}
