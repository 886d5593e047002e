package org.policybot.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;

/**
 * The labels Word shows before a DOCX file's numbered paragraphs ("1.", "4.2", "(b)"), counted from the file's own
 * list definitions. Tika writes its own count before each list paragraph, and it goes wrong on the lists pandoc and
 * other converters write (every list a numbering instance of its own that restarts each level): a constitution's
 * clauses came out as "0.", "1.", "2." whatever their place, so quotes and clause references named the wrong
 * clause. The body's paragraphs, those in table cells included, are counted in order with Word's rules: each
 * numbering instance keeps a count per level, starting at the level's start (or the instance's start override), a
 * paragraph adds one at its level and restarts the deeper levels (those whose restart level allows it), and the level's
 * text ("%1.%2") is filled with the counts in each level's format (all in decimal for a legal-style level).
 * Instances that share a list definition and override nothing carry on one count, as Word continues them.
 * Bullets keep Tika's mark, and paragraphs in tables Tika's label (tables are read apart). Numbering set on a
 * paragraph's style (Word's outline-numbered headings, its "List Number" style) counts as well: Tika writes no label
 * for it at all, so such a paragraph gets one put before its text.
 */
final class DocxNumbering {
    /** The formats that number nothing; other formats not read by {@link #number} count in decimal. */
    private static final String BULLET = "bullet";
    private static final String NONE = "none";
    /** The numbering instance that turns a style's numbering off for one paragraph. */
    private static final BigInteger NO_NUMBERING = BigInteger.ZERO;
    /** How many styles a paragraph's style may be based on in turn before the chain is taken for a loop. */
    private static final int STYLE_DEPTH = 16;
    /** Levels a Word list has (ilvl 0-8). */
    private static final int LEVELS = 9;
    /** A level's count before its first paragraph. */
    private static final int UNSTARTED = Integer.MIN_VALUE;
    /** A level placeholder in a level's text: "%1" is the count of level 0. */
    private static final Pattern PLACEHOLDER = Pattern.compile("%([1-9])");
    /**
     * The label Tika wrote before a list paragraph's text: a number, letter or roman number ending in a stop or a
     * bracket ("0.", "1.2.", "a)", "(iv)"), then whitespace. A first word without them ("See", "3") is no label.
     */
    private static final Pattern TIKA_LABEL = Pattern.compile("""
            \\(? [\\p{Alnum}]{1,6} (?: \\. [\\p{Alnum}]{1,6} )* [.)]   # 0.  1.2.  a)  (iv)
            \\s+
            """, Pattern.COMMENTS);
    /**
     * How many numbered paragraphs ahead Tika's paragraph is looked for: some never match (POI's text of a paragraph
     * with a footnote holds the note, Tika's does not), and the search must not stall behind them.
     */
    private static final int LOOK_AHEAD = 20;

    /**
     * A numbered paragraph of the body: its text without the label, the label Word shows, whether its numbering
     * comes from its style (Tika wrote no label before it), and how many body paragraphs before it have the same
     * text (so that an unnumbered "Membership" in an introduction is not taken for the heading "Membership").
     */
    record Label(String text, String label, boolean styled, int occurrence) {
    }

    private DocxNumbering() {
    }

    /**
     * The numbered (not bulleted) paragraphs of the body, in order, with their labels; empty when the file has no
     * list definitions or cannot be read again (Tika has read it already, so its own count then stands).
     */
    static List<Label> labels(InputStream docx) throws IOException {
        List<Label> out = new ArrayList<>();
        try (XWPFDocument doc = new XWPFDocument(docx)) {
            XWPFNumbering numbering = doc.getNumbering();
            if (numbering == null) {
                return out;
            }
            Lists lists = new Lists(numbering, doc.getStyles());
            Map<String, Integer> seen = new HashMap<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    String label = lists.count(p);
                    String text = normalise(p.getText());
                    int occurrence = seen.merge(text, 1, Integer::sum) - 1;
                    if (label != null) {
                        out.add(new Label(text, label, p.getNumID() == null, occurrence));
                    }
                } else if (e instanceof XWPFTable t) {
                    countCells(t, lists);
                }
            }
        }
        return out;
    }

    /** Word counts a list's paragraphs in table cells too (nested tables included); their labels stay Tika's. */
    private static void countCells(XWPFTable table, Lists lists) {
        for (XWPFTableRow row : table.getRows()) {
            for (XWPFTableCell cell : row.getTableCells()) {
                for (IBodyElement e : cell.getBodyElements()) {
                    if (e instanceof XWPFParagraph p) {
                        lists.count(p);
                    } else if (e instanceof XWPFTable inner) {
                        countCells(inner, lists);
                    }
                }
            }
        }
    }

    /** One numbering instance's levels as read once: definitions, starts, and the key its count goes under. */
    private record Instance(CTLvl[] levels, int[] starts, String key) {
    }

    /** Where a paragraph sits in a list: its numbering instance and level. */
    private record Place(BigInteger numId, int level) {
    }

    /** The file's list definitions, each instance read once, and the counts so far. */
    private static final class Lists {
        private final XWPFStyles styles;
        private final Map<BigInteger, XWPFNum> nums = new HashMap<>();
        private final Map<BigInteger, XWPFAbstractNum> definitions = new HashMap<>();
        private final Map<BigInteger, Instance> instances = new HashMap<>();
        private final Map<String, int[]> counts = new HashMap<>();

        Lists(XWPFNumbering numbering, XWPFStyles styles) {
            this.styles = styles;
            for (XWPFNum n : numbering.getNums()) {
                if (n.getCTNum() != null && n.getCTNum().getNumId() != null) {
                    nums.putIfAbsent(n.getCTNum().getNumId(), n);
                }
            }
            for (XWPFAbstractNum a : numbering.getAbstractNums()) {
                if (a.getCTAbstractNum() != null && a.getCTAbstractNum().getAbstractNumId() != null) {
                    definitions.putIfAbsent(a.getCTAbstractNum().getAbstractNumId(), a);
                }
            }
        }

        /** Counts {@code p} if it is numbered; its label, or null for a bullet or an unnumbered paragraph. */
        String count(XWPFParagraph p) {
            Place place = place(p);
            if (place == null) {
                return null;
            }
            int level = place.level();
            Instance in = instances.computeIfAbsent(place.numId(), this::instance);
            if (in == null || level < 0 || level >= LEVELS) {
                return null;
            }
            CTLvl[] lvls = in.levels();
            int[] count = counts.computeIfAbsent(in.key(), k -> unstarted());
            count[level] = count[level] == UNSTARTED ? in.starts()[level] : count[level] + 1;
            for (int i = level + 1; i < LEVELS; i++) {
                if (restarts(lvls[i], level)) {
                    count[i] = UNSTARTED;
                }
            }
            String format = format(lvls[level]);
            if (lvls[level] == null || format.equals(BULLET) || format.equals(NONE) || !lvls[level].isSetLvlText()
                    || lvls[level].getLvlText().getVal() == null) {
                return null;
            }
            boolean legal = lvls[level].isSetIsLgl();
            Matcher m = PLACEHOLDER.matcher(lvls[level].getLvlText().getVal());
            StringBuilder label = new StringBuilder();
            while (m.find()) {
                int i = m.group(1).charAt(0) - '1';
                int n = count[i] == UNSTARTED ? in.starts()[i] : count[i];
                m.appendReplacement(label, Matcher.quoteReplacement(number(n, legal ? "decimal" : format(lvls[i]))));
            }
            m.appendTail(label);
            String out = label.toString().strip();
            return out.isEmpty() ? null : out;
        }

        /**
         * The paragraph's own list place, else its style's (or a style it is based on): a style names its instance
         * and perhaps its level; without a level, the level linked to the style (its pStyle) or the first. Null when
         * the paragraph is not numbered, or turns its style's numbering off (instance 0).
         */
        private Place place(XWPFParagraph p) {
            BigInteger own = p.getNumID();
            if (NO_NUMBERING.equals(own)) {
                return null;
            }
            // the level set nearest the paragraph wins, the list may come from further up ("ilvl 1" on a paragraph
            // of a numbered style)
            Integer level = p.getNumIlvl() == null ? null : p.getNumIlvl().intValue();
            if (own != null) {
                return new Place(own, level == null ? 0 : level);
            }
            String styleId = p.getStyleID();
            for (int depth = 0; styles != null && styleId != null && depth < STYLE_DEPTH; depth++) {
                XWPFStyle style = styles.getStyle(styleId);
                if (style == null || style.getCTStyle() == null) {
                    return null;
                }
                CTPPrGeneral ppr = style.getCTStyle().getPPr();
                CTNumPr numPr = ppr == null ? null : ppr.getNumPr();
                if (numPr != null && level == null && numPr.getIlvl() != null && numPr.getIlvl().getVal() != null) {
                    level = numPr.getIlvl().getVal().intValue();
                }
                if (numPr != null && numPr.getNumId() != null && numPr.getNumId().getVal() != null) {
                    BigInteger numId = numPr.getNumId().getVal();
                    if (NO_NUMBERING.equals(numId)) {
                        return null;
                    }
                    return new Place(numId, level != null ? level : linkedLevel(numId, styleId));
                }
                styleId = style.getCTStyle().getBasedOn() == null ? null : style.getCTStyle().getBasedOn().getVal();
            }
            return null;
        }

        /** The level of instance {@code numId} that names {@code styleId} as its style, or the first. */
        private int linkedLevel(BigInteger numId, String styleId) {
            Instance in = instances.computeIfAbsent(numId, this::instance);
            if (in != null) {
                for (int i = 0; i < LEVELS; i++) {
                    CTLvl l = in.levels()[i];
                    if (l != null && l.isSetPStyle() && styleId.equals(l.getPStyle().getVal())) {
                        return i;
                    }
                }
            }
            return 0;
        }

        private Instance instance(BigInteger numId) {
            XWPFNum num = nums.get(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return null;
            }
            BigInteger abstractId = num.getCTNum().getAbstractNumId().getVal();
            XWPFAbstractNum definition = abstractId == null ? null : definitions.get(abstractId);
            if (definition == null) {
                return null;
            }
            CTLvl[] lvls = new CTLvl[LEVELS];
            for (CTLvl l : definition.getCTAbstractNum().getLvlArray()) {
                int i = l.getIlvl() == null ? 0 : l.getIlvl().intValue();
                if (i >= 0 && i < LEVELS) {
                    lvls[i] = l;
                }
            }
            int[] starts = new int[LEVELS];
            for (int i = 0; i < LEVELS; i++) {
                starts[i] = lvls[i] != null && lvls[i].isSetStart() ? lvls[i].getStart().getVal().intValue() : 1;
            }
            CTNumLvl[] overrides = num.getCTNum().getLvlOverrideArray();
            for (CTNumLvl o : overrides) {
                int i = o.getIlvl() == null ? 0 : o.getIlvl().intValue();
                if (i >= 0 && i < LEVELS && o.isSetStartOverride()) {
                    starts[i] = o.getStartOverride().getVal().intValue();
                }
            }
            return new Instance(lvls, starts, overrides.length > 0 ? "num " + numId : "list " + abstractId);
        }
    }

    /**
     * Whether a paragraph at {@code level} restarts the deeper level {@code lvl}: always, unless the level names the
     * last level after which it restarts (Word's restart level, counted from 1; 0 never restarts).
     */
    private static boolean restarts(CTLvl lvl, int level) {
        if (lvl == null || !lvl.isSetLvlRestart() || lvl.getLvlRestart().getVal() == null) {
            return true;
        }
        return level < lvl.getLvlRestart().getVal().intValue();
    }

    private static int[] unstarted() {
        int[] count = new int[LEVELS];
        Arrays.fill(count, UNSTARTED);
        return count;
    }

    private static String format(CTLvl lvl) {
        return lvl == null || !lvl.isSetNumFmt() ? "decimal" : lvl.getNumFmt().getVal().toString();
    }

    /** {@code n} in Word's number format {@code format}. */
    static String number(int n, String format) {
        return switch (format) {
            case "lowerLetter" -> letters(n).toLowerCase(Locale.ROOT);
            case "upperLetter" -> letters(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "upperRoman" -> roman(n);
            case "decimalZero" -> n < 10 && n >= 0 ? "0" + n : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's letters: a-z, then aa-zz, and so on (the letter repeated). */
    private static String letters(int n) {
        if (n < 1) {
            return Integer.toString(n);
        }
        char c = (char) ('A' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n < 1 || n > 3999) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(symbols[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    /**
     * Tika's paragraphs with Word's labels in place of Tika's before each numbered paragraph, and before each paragraph
     * numbered by its style (where Tika wrote none). A paragraph is matched by its text (Tika's label left out) with
     * one of the next {@value #LOOK_AHEAD} numbered paragraphs, a style-numbered one also by how many paragraphs of
     * the same text came before; those passed over keep Tika's label, or none.
     */
    static List<BlockHandler.Item> relabel(List<BlockHandler.Item> items, List<Label> labels) {
        if (labels.isEmpty()) {
            return items;
        }
        List<BlockHandler.Item> out = new ArrayList<>(items.size());
        Map<String, Integer> seen = new HashMap<>();
        int next = 0;
        for (BlockHandler.Item item : items) {
            if (item.isTable()) {
                out.add(item);
                continue;
            }
            String whole = normalise(item.text());
            Matcher m = TIKA_LABEL.matcher(item.text());
            String body = m.lookingAt() ? normalise(item.text().substring(m.end())) : null;
            // counted by their text without Tika's label, as POI reads a list paragraph's text
            int occurrence = seen.merge(body != null ? body : whole, 1, Integer::sum) - 1;
            if (next >= labels.size()) {
                out.add(item);
                continue;
            }
            int found = -1;
            for (int j = next; j < Math.min(labels.size(), next + LOOK_AHEAD); j++) {
                Label l = labels.get(j);
                if (l.text().equals(body) || l.styled() && l.occurrence() == occurrence && l.text().equals(whole)) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                out.add(item);
                continue;
            }
            String rest = labels.get(found).text().equals(body) ? item.text().substring(m.end()) : item.text().strip();
            out.add(new BlockHandler.Item(item.level(), labels.get(found).label() + " " + rest, item.cells(),
                    item.header()));
            next = found + 1;
        }
        return out;
    }

    private static String normalise(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
