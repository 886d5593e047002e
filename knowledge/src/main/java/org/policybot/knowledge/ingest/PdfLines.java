package org.policybot.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.policybot.knowledge.text.ListMarkers;

/**
 * The text lines of a PDF in PDFBox's reading order, each with the type it is set in: what a reader sees of a
 * heading (a line of its own, larger or bold) that the text alone loses. Paragraph breaks are PDFBox's own (the
 * same Tika gives); a page ends a paragraph. Stops at a character limit, so a huge file cannot fill memory.
 */
final class PdfLines extends PDFTextStripper {
    /** A type: its size in points (to the nearest {@value #SIZE_STEP}) and whether it is bold. */
    record Style(double size, boolean bold) {
    }

    /** A word of a segment and the ends of its ink. */
    record Word(String text, float left, float right) {
    }

    /**
     * A part of a line between gaps wider than {@value #COLUMN_GAP_EMS} em: its text, the ends of its ink and its
     * words (two cells a narrow gap parts, as a narrow column's cell and the next, are one segment whose words tell
     * where the second starts).
     */
    record Segment(String text, float left, float right, List<Word> words) {
        Segment(List<Word> words) {
            this(String.join(" ", words.stream().map(Word::text).toList()), words.get(0).left(),
                    words.get(words.size() - 1).right(), List.copyOf(words));
        }
    }

    /**
     * One line. {@code style} is the type of its letters and digits, null when they are set in more than one (a
     * bold lead-in word, an inline code font); {@code segments} its parts between gaps wider than
     * {@value #COLUMN_GAP_EMS} em (one when there is none). Where it stands: its page (from 1), the left and right
     * ends of its ink, the right end of its first word, its em (the size of its first glyph), how far below the
     * page's top its first glyph stands and the page's height, all in points.
     */
    record Line(String text, boolean paragraphStart, Style style, int page, float left, float right,
                float firstWordRight, float em, float baseline, List<Segment> segments, float pageHeight) {

        /** Whether a wide gap parts the line into columns, as in a table row. */
        boolean columns() {
            return segments.size() > 1;
        }

        /** The same line, opening a paragraph or not. */
        Line withParagraphStart(boolean start) {
            return new Line(text, start, style, page, left, right, firstWordRight, em, baseline, segments, pageHeight);
        }
    }

    /** Thrown out of the parse when the text passes the limit. */
    static final class LimitReachedException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LimitReachedException(int limit) {
            super("text limit of " + limit + " characters reached", null, false, false);
        }
    }

    /** Font sizes closer than this (points) are one size: renderers scale fonts with rounding noise. */
    static final double SIZE_STEP = 0.5;
    /**
     * A gap between two glyphs of a line this many ems wide parts columns. Word spaces are about 0.25-0.35 em and
     * justified text rarely stretches them past 1 em; on the tuning PDFs word gaps measured at most 0.2 em and table
     * columns at least 2.8 em.
     */
    static final double COLUMN_GAP_EMS = 1.5;
    /**
     * Weight names that make a font bold when a part of its PostScript name holds one ("Arial,Bold",
     * "DejaVuSans-BoldOblique", "Lato-Black"), from {@code bold-weight-names.txt}.
     */
    private static final List<String> BOLD_WEIGHT_NAMES = words("bold-weight-names.txt");
    /** The weight from which a font is bold (CSS and OpenType: 600 is semi-bold). */
    private static final float BOLD_WEIGHT = 600;

    private final int maxChars;
    private final List<Line> lines = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new HashMap<>();
    private final StringBuilder text = new StringBuilder();
    private final Map<Style, Integer> lineStyles = new LinkedHashMap<>();
    private float lastEnd = Float.NaN;
    private float left = Float.NaN;
    private float firstWordRight = Float.NaN;
    private boolean firstWordDone;
    private float em;
    private float baseline;
    private boolean paragraphStart = true;
    private float pageHeight;
    private int chars;
    private final List<Segment> segments = new ArrayList<>();
    /** The current word's text, from the glyphs themselves (PDFBox's string may be reordered or normalised). */
    private final StringBuilder wordText = new StringBuilder();
    private float wordLeft = Float.NaN;
    /** The current segment's words so far. */
    private final List<Word> segmentWords = new ArrayList<>();

    private PdfLines(int maxChars) {
        this.maxChars = maxChars;
    }

    /**
     * The lines of {@code doc}.
     *
     * @throws LimitReachedException past {@code maxChars} characters of text
     */
    static List<Line> read(PDDocument doc, int maxChars) throws IOException {
        PdfLines stripper = new PdfLines(maxChars);
        stripper.writeText(doc, Writer.nullWriter());
        stripper.endLine();
        return joinMarkers(stripper.lines);
    }

    /**
     * How far apart (in ems of the item's line) a list marker and its item's text may stand on one baseline and
     * still be one line: a hanging marker ends about a quarter em before its text (0.24 em measured on a list
     * printed from HTML); two ems leave room for wide markers and indents without reaching another column.
     */
    static final float MARKER_GAP_EMS = 2f;
    /** Baselines closer than this share of an em are one baseline (renderers place glyphs with rounding noise). */
    static final float SAME_BASELINE_EMS = 0.25f;

    /**
     * The lines with each list marker drawn apart from its item put back at the item's start: a page printed from
     * HTML draws an ordered list's numbers after the text ("9." comes after the page's last line in the stream),
     * so they read as lines of their own and the items lose their numbers. A marker line joins the line on the same
     * page and baseline that starts just to its right. Dashes are left alone, and so is a line of several segments
     * (a table row: a lone "-" or "●" there is a cell). Lines come page by page, so each marker looks only at its
     * page's lines.
     */
    static List<Line> joinMarkers(List<Line> lines) {
        List<Line> out = new ArrayList<>(lines);
        boolean[] joined = new boolean[out.size()];
        int pageStart = 0;
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).page() != out.get(pageStart).page()) {
                pageStart = i;
            }
            Line marker = out.get(i);
            String m = marker.text().strip();
            if (marker.segments().size() != 1 || !ListMarkers.isMarker(m) || m.matches("[-\\u2013\\u2014]")) {
                continue;
            }
            int item = -1;
            for (int j = pageStart; j < out.size() && out.get(j).page() == marker.page(); j++) {
                Line l = out.get(j);
                if (j != i && !joined[j] && l.segments().size() == 1 && !ListMarkers.isMarker(l.text())
                        && Math.abs(l.baseline() - marker.baseline()) <= SAME_BASELINE_EMS * l.em()
                        && l.left() >= marker.right() && l.left() - marker.right() <= MARKER_GAP_EMS * l.em()
                        && (item < 0 || l.left() < out.get(item).left())) {
                    item = j;
                }
            }
            if (item >= 0) {
                Line l = out.get(item);
                List<Word> words = new ArrayList<>(marker.segments().get(0).words());
                words.addAll(l.segments().get(0).words());
                out.set(item, new Line(m + " " + l.text(), l.paragraphStart(), l.style(), l.page(), marker.left(),
                        l.right(), marker.right(), l.em(), l.baseline(), List.of(new Segment(words)), l.pageHeight()));
                joined[i] = true;
            }
        }
        List<Line> kept = new ArrayList<>();
        for (int i = 0; i < out.size(); i++) {
            if (!joined[i]) {
                kept.add(out.get(i));
            }
        }
        return List.copyOf(kept);
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        chars += string.length();
        if (chars > maxChars) {
            throw new LimitReachedException(maxChars);
        }
        text.append(string);
        for (TextPosition p : positions) {
            String unicode = p.getUnicode();
            if (unicode == null || unicode.isBlank()) {
                firstWordDone |= !Float.isNaN(left);
                endWord();
                continue;
            }
            float size = p.getFontSizeInPt();
            if (!Float.isNaN(lastEnd) && size > 0 && (p.getXDirAdj() - lastEnd) / size > COLUMN_GAP_EMS) {
                endSegment();
            }
            if (Float.isNaN(wordLeft)) {
                wordLeft = p.getXDirAdj();
            }
            wordText.append(unicode);
            lastEnd = p.getXDirAdj() + p.getWidthDirAdj();
            if (Float.isNaN(left)) {
                left = p.getXDirAdj();
                em = size;
                baseline = p.getYDirAdj();
            }
            if (!firstWordDone) {
                firstWordRight = lastEnd;
            }
            if (unicode.codePoints().anyMatch(Character::isLetterOrDigit)) {
                Style style = new Style(Math.round(size / SIZE_STEP) * SIZE_STEP, bold(p.getFont()));
                lineStyles.merge(style, unicode.length(), Integer::sum);
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
        endWord();
        firstWordDone |= !Float.isNaN(left);
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    @Override
    protected void writeParagraphStart() {
        endLine();
        paragraphStart = true;
    }

    @Override
    protected void writeParagraphEnd() {
        endLine();
        paragraphStart = true;
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageHeight = page.getCropBox().getHeight();
        super.startPage(page);
    }

    @Override
    protected void endPage(PDPage page) throws IOException {
        endLine();
        paragraphStart = true;
        super.endPage(page);
    }

    /** Ends the current word at the last glyph drawn. */
    private void endWord() {
        String t = compatible(wordText.toString()).replaceAll("\\s+", " ").strip();
        if (!Float.isNaN(wordLeft) && !t.isEmpty()) {
            segmentWords.add(new Word(t, wordLeft, lastEnd));
        }
        wordText.setLength(0);
        wordLeft = Float.NaN;
    }

    /** Ends the current segment at the last glyph drawn. */
    private void endSegment() {
        endWord();
        if (!segmentWords.isEmpty()) {
            segments.add(new Segment(segmentWords));
        }
        segmentWords.clear();
    }

    /**
     * Ligatures ("ﬁ") and Arabic presentation forms as their letters, as PDFBox normalises its own text (Unicode's
     * compatibility decomposition of the Alphabetic and Arabic Presentation Forms blocks only).
     */
    private static String compatible(String glyphs) {
        StringBuilder out = new StringBuilder(glyphs.length());
        glyphs.codePoints().forEach(c -> {
            boolean presentation = c >= 0xFB00 && c <= 0xFDFF || c >= 0xFE70 && c <= 0xFEFF;
            out.append(presentation ? Normalizer.normalize(Character.toString(c), Normalizer.Form.NFKC)
                    : Character.toString(c));
        });
        return out.toString();
    }

    private void endLine() {
        endSegment();
        String t = text.toString();
        text.setLength(0);
        if (!t.isBlank()) {
            Style style = lineStyles.size() == 1 ? lineStyles.keySet().iterator().next() : null;
            lines.add(new Line(t, paragraphStart, style, getCurrentPageNo(), left, lastEnd, firstWordRight,
                    em, baseline, List.copyOf(segments), pageHeight));
            paragraphStart = false;
        }
        segments.clear();
        left = Float.NaN;
        firstWordRight = Float.NaN;
        firstWordDone = false;
        lineStyles.clear();
        lastEnd = Float.NaN;
    }

    /** Bold by the font's declared weight or flag, or by its name ("Helvetica-Bold", "Arial,BoldItalic"). */
    private boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            PDFontDescriptor d = f.getFontDescriptor();
            if (d != null && (d.isForceBold() || d.getFontWeight() >= BOLD_WEIGHT)) {
                return true;
            }
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            for (String part : name.split("[^a-z]+")) {
                if (BOLD_WEIGHT_NAMES.stream().anyMatch(part::contains)) {
                    return true;
                }
            }
            return false;
        });
    }

    /** One entry a line, "#" comments, from a resource beside this class. */
    private static List<String> words(String file) {
        try (InputStream in = PdfLines.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
