package org.policybot.knowledge.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a web page scraped into one line, where element boundaries left no space ("contentSite NavigationResearch",
 * "forward.Photo: Tom IsaacsonJune 29, 2023"). Cuts the line at those glue points into fragments, then drops
 * page chrome by general rules: runs of three or more fragments that are not sentences (menus, link lists,
 * footers), fragments repeated on the page, the repeated title, photo captions (kept as the page's credits),
 * copyright lines and the date line (kept as the publication date). A short fragment between sentences becomes
 * a heading; the rest of the structure is flat.
 */
final class ScrapedPage {
    private static final int MIN_LINE = 1500;
    private static final int MIN_GLUES = 5;
    private static final int MIN_SENTENCE_GLUES = 3;
    private static final int MIN_CHROME_RUN = 3;
    private static final int MAX_HEADING_WORDS = 10;
    private static final Pattern GLUE = Pattern.compile(
            "(?<=\\p{Ll}{2}[.!?][)\"”’]?|\\p{Ll}{2}:)(?=\\p{Lu})|(?<=[\\p{Ll}\\d])(?=\\p{Lu}\\p{Ll})");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:][)\"”’]*$");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i).*(©|\\(c\\) \\d{4}|\\bcopyright\\b|all rights reserved).*");

    private enum Kind { SENTENCE, SHORT, CHROME }

    private ScrapedPage() {
    }

    /**
     * A line of page text long enough and glued often enough that it cannot be plain prose. Brand names
     * ("YouTube", "GitHub") glue letters too, so some glues must follow a sentence end ("forward.Photo").
     */
    static boolean looksScraped(String line) {
        if (line.length() < MIN_LINE) {
            return false;
        }
        Matcher m = GLUE.matcher(line);
        int glues = 0;
        int afterSentence = 0;
        while (m.find()) {
            glues++;
            if (m.start() > 0 && !Character.isLetterOrDigit(line.charAt(m.start() - 1))) {
                afterSentence++;
            }
        }
        return glues >= MIN_GLUES && afterSentence >= MIN_SENTENCE_GLUES && glues * 1000 >= line.length();
    }

    static void read(String line, DocumentBuilder doc) {
        List<String> fragments = fragments(line);
        Kind[] kinds = classify(fragments, doc);
        Set<String> seenSentences = new HashSet<>();
        for (int i = 0; i < fragments.size(); i++) {
            String f = fragments.get(i);
            if (kinds[i] == Kind.SENTENCE && seenSentences.add(normal(f))) {
                doc.paragraph(f);
            } else if (kinds[i] == Kind.SHORT && isHeading(fragments, kinds, i)) {
                doc.heading(1, f);
            }
        }
    }

    static List<String> fragments(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = GLUE.matcher(line);
        int last = 0;
        while (m.find()) {
            add(out, line.substring(last, m.start()));
            last = m.start();
        }
        add(out, line.substring(last));
        return out;
    }

    private static void add(List<String> out, String fragment) {
        String f = fragment.strip();
        if (!f.isEmpty()) {
            out.add(f);
        }
    }

    private static Kind[] classify(List<String> fragments, DocumentBuilder doc) {
        Map<String, Integer> counts = new HashMap<>();
        fragments.forEach(f -> counts.merge(normal(f), 1, Integer::sum));
        String title = normal(doc.title());
        Kind[] kinds = new Kind[fragments.size()];
        for (int i = 0; i < kinds.length; i++) {
            String f = fragments.get(i);
            boolean sentence = SENTENCE_END.matcher(f).matches() && HeadingRules.words(f) >= 4;
            var date = Dates.parse(f);
            if (date.isPresent() && doc.published().isEmpty()) {
                doc.published(date.get());
            }
            boolean caption = DocumentBuilder.isCaption(f);
            if (caption) {
                doc.credit(f);
            }
            boolean chrome = date.isPresent() || caption
                    || COPYRIGHT.matcher(f).matches() && HeadingRules.words(f) <= 20
                    || !sentence && (counts.get(normal(f)) > 1 || !title.isEmpty() && normal(f).contains(title));
            kinds[i] = chrome ? Kind.CHROME : sentence ? Kind.SENTENCE : Kind.SHORT;
        }
        markChromeRuns(kinds);
        return kinds;
    }

    /** Runs of three or more fragments that are not sentences are menus, link lists or footers. */
    private static void markChromeRuns(Kind[] kinds) {
        int i = 0;
        while (i < kinds.length) {
            if (kinds[i] == Kind.SENTENCE) {
                i++;
                continue;
            }
            int end = i;
            while (end < kinds.length && kinds[end] != Kind.SENTENCE) {
                end++;
            }
            if (end - i >= MIN_CHROME_RUN) {
                for (int k = i; k < end; k++) {
                    kinds[k] = Kind.CHROME;
                }
            }
            i = end;
        }
    }

    /** A short fragment with sentences on both sides (chrome aside) names the section that follows. */
    private static boolean isHeading(List<String> fragments, Kind[] kinds, int i) {
        String f = fragments.get(i);
        if (HeadingRules.words(f) > MAX_HEADING_WORDS || f.contains(",") || !Character.isUpperCase(f.charAt(0))) {
            return false;
        }
        int next = i + 1;
        while (next < kinds.length && kinds[next] == Kind.CHROME) {
            next++;
        }
        return next < kinds.length && kinds[next] == Kind.SENTENCE;
    }

    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }
}
