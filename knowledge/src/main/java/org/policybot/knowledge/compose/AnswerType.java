package org.policybot.knowledge.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.Terms;

/**
 * Checks that the chosen sentences hold the kind of thing the question asks for: "how many cities"
 * needs a figure counting cities ("25 cities"), "how long" a duration, "when" a date, "who" a person
 * or body the question does not already name, "what is the name of" a name. A knowledge base that
 * talks about the topic but never gives that figure or name has no answer ("How many employees
 * does OpenAI have?", "What's the name of the grocery chain?").
 */
final class AnswerType {
    /** The asked-for kind is present. */
    static final int PRESENT = 1;
    /** The question asks for no particular kind. */
    static final int NONE = 0;
    /** A loosely asked-for kind (a date, a person, a place) is missing. */
    static final int MISSING = -1;
    /** A figure or a name, asked for outright, is missing: no answer. */
    static final int ABSENT = -2;

    private static final Pattern HOW_MANY = Pattern.compile("\\bhow (?:many|much)\\s+([^?.!,;]*)", Pattern.CASE_INSENSITIVE);
    /** "How do I apply…", "how can we delete…", "how to report…": a procedure, named by its verb. */
    private static final Pattern HOW_TO = Pattern.compile(
            "\\bhow (?:do|can|could|should|would|may) (?:i|we|you|one)\\s+(\\p{L}+)|\\bhow to\\s+(\\p{L}+)",
            Pattern.CASE_INSENSITIVE);
    /** "Who is the president…", "who were the hosts…", "who else…": an identity, which only a name answers. */
    private static final Pattern WHO_IS = Pattern.compile(
            "\\bwho (?:is|are|was|were) (?:the|their|its|his|her)\\b|\\bwho else\\b", Pattern.CASE_INSENSITIVE);
    /** "When may moderators ping…", "when is it ok to…": conditions, not a time. */
    private static final Pattern CONDITIONS = Pattern.compile(
            "\\bwhen (?:may|can|could|should|must|might|shall|would)\\b|\\bwhen is it (?:ok|okay|allowed|appropriate|fine)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A price, cost or amount asked for: only a figure answers it. */
    private static final Pattern AMOUNT = Pattern.compile(
            "\\b(?:price|prices|cost|costs|fee|fees|salary|salaries|revenue|budget|amount|funding|how much money)\\b"
                    + "|\\bhow much\\s*(?:[$€£¥]|is|are|was|were|does|do|did|will)\\b|[$€£¥]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONEY = Pattern.compile("[$€£¥]\\s?\\d|\\b\\d[\\d,.]*\\s?(?:%|percent|dollars|euros|usd|eur)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HOW_LONG = Pattern.compile("\\bhow long\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "\\bnames? of\\b|\\bcalled\\b|\\bwhat(?:'s| is) (?:its|their) name\\b|\\bwhich (?:[\\p{L}\\d]+\\s+){0,2}(?:company|companies|"
                    + "organi[sz]ations?|firms?|brands?|stores?|chains?|people|persons?|agenc(?:y|ies)|departments?|ministr(?:y|ies)|"
                    + "products?|tools?|apps?|schools?|universit(?:y|ies)|vendors?|suppliers?|partners?|hosts?|heads|leaders|"
                    + "officials|politicians|ministers|presidents|languages?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACES = Pattern.compile(
            "\\b(?:which|list(?: all| the| all the)?|name(?: all| the| all the)?) (?:\\d+\\s+)?(?:cities|city|countries|"
                    + "country|places?|regions?|continents?)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PLACE_NAME = Pattern.compile(
            "\\b(?:in|to|from|at|across|visited|including)\\s+(?!(?:January|February|March|April|May|June|July|August|"
                    + "September|October|November|December)\\b)(\\p{Lu}[\\p{L}-]+(?:\\s+\\p{Lu}[\\p{L}-]+)*)");
    private static final Pattern DURATION = Pattern.compile(
            "\\b(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|few)\\s+(?:\\w+\\s+)?"
                    + "(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\\b"
                    + "|\\b(?:indefinitely|permanently|until|for as long as)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITALISED = Pattern.compile("(?<=\\s)\\p{Lu}[\\p{L}\\p{N}·’'-]*(?:\\s+\\p{Lu}[\\p{L}\\p{N}·’'-]*)*");
    private static final Pattern ROLE = Pattern.compile(
            "\\b(?:CEO|CTO|founder|president|director|team|board|committee|council|government|policymakers|leaders|"
                    + "officials|minister|staff|company|partners|hosts|students|developers|users|servants)\\b",
            Pattern.CASE_INSENSITIVE);

    private AnswerType() {
    }

    /**
     * @param sameMeaning whether a sentence word stands in for a question word ("politicians" for "policymakers")
     * @param known       names the question may take for granted (the documents' authors)
     */
    static int check(String question, QuestionType type, List<String> sentences, WordPair sameMeaning,
                     Set<String> known) {
        Set<String> asked = Terms.distinct(question);
        Matcher many = HOW_MANY.matcher(question);
        if (many.find()) {
            String counted = headNoun(many.group(1));
            if (counted == null) {
                return NONE;
            }
            for (String s : sentences) {
                if (countsNear(s, counted, sameMeaning)) {
                    return PRESENT;
                }
            }
            return ABSENT;
        }
        Matcher howTo = HOW_TO.matcher(question);
        if (howTo.find()) {
            String verb = (howTo.group(1) != null ? howTo.group(1) : howTo.group(2)).toLowerCase(Locale.ROOT);
            List<String> verbStems = Terms.of(verb).isEmpty() ? List.of(verb) : Terms.of(verb);
            for (String s : sentences) {
                for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                    if (!w.isEmpty() && (w.equals(verb) || Terms.of(w).stream().anyMatch(verbStems::contains)
                            || sameMeaning.same(verb, w))) {
                        return PRESENT;
                    }
                }
            }
            return ABSENT;
        }
        if (AMOUNT.matcher(question).find() && type != QuestionType.YES_NO) {
            return sentences.stream().anyMatch(s -> MONEY.matcher(s).find()) ? PRESENT : ABSENT;
        }
        if (HOW_LONG.matcher(question).find()) {
            return sentences.stream().anyMatch(s -> DURATION.matcher(s).find()) ? PRESENT : ABSENT;
        }
        if (type == QuestionType.WHERE || PLACES.matcher(question).find()) {
            boolean found = false;
            for (String s : sentences) {
                Matcher place = PLACE_NAME.matcher(s);
                while (place.find()) {
                    found |= !asked.containsAll(Terms.distinct(place.group(1)));
                }
            }
            return found ? PRESENT : type == QuestionType.WHERE ? MISSING : ABSENT;
        }
        if (NAME.matcher(question).find()) {
            return sentences.stream().anyMatch(s -> !newNames(s, asked, known).isEmpty()) ? PRESENT : ABSENT;
        }
        if (type == QuestionType.WHO && WHO_IS.matcher(question).find()) {
            boolean named = sentences.stream().flatMap(s -> newNames(s, asked, known).stream())
                    .anyMatch(n -> n.trim().split("\\s+").length >= 2);
            return named ? PRESENT : ABSENT;
        }
        if (type == QuestionType.WHO) {
            boolean found = sentences.stream().anyMatch(s -> !newNames(s, asked, known).isEmpty()
                    || newRole(s, asked));
            return found ? PRESENT : MISSING;
        }
        if (type == QuestionType.WHEN && CONDITIONS.matcher(question).find()) {
            return NONE;
        }
        if (Cues.hasCue(type)) {
            // a "when" that no sentence dates cannot be answered; a person or place may be described otherwise
            return sentences.stream().anyMatch(s -> Cues.match(type, s) > 0) ? PRESENT
                    : type == QuestionType.WHEN ? ABSENT : MISSING;
        }
        return NONE;
    }

    /** A word comparison by meaning, supplied by the caller (word embeddings). */
    interface WordPair {
        boolean same(String questionWord, String sentenceWord);
    }

    /**
     * The last content word of the phrase after "how many", up to the first function word: "high school
     * students in nigeria" gives "students", "nigerian students were using" gives "students".
     */
    private static String headNoun(String phrase) {
        String head = null;
        for (String w : phrase.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Terms.isStopWord(w) || Terms.of(w).isEmpty() || COUNT_BREAK.contains(w)) {
                break;
            }
            head = w;
        }
        return head;
    }

    /** Words that end the counted phrase though they are not stop words (verbs right after it). */
    private static final Set<String> COUNT_BREAK = Set.of("use", "used", "using", "visit", "visited", "attend",
            "attended", "work", "worked", "live", "exist", "get", "got", "take", "took");

    /** A number within four words before the counted noun or a word of the same meaning. */
    private static boolean countsNear(String sentence, String counted, WordPair sameMeaning) {
        String[] words = sentence.split("[\\s,;:()]+");
        List<String> countedStems = Terms.of(counted);
        for (int i = 0; i < words.length; i++) {
            if (!Cues.NUMBER.matcher(words[i]).matches()) {
                continue;
            }
            for (int j = i + 1; j < Math.min(words.length, i + 5); j++) {
                String w = words[j].toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
                if (w.isEmpty()) {
                    continue;
                }
                if (Terms.of(w).stream().anyMatch(countedStems::contains) || sameMeaning.same(counted, w)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Capitalised names in a sentence (not its first word) that the question does not already hold. */
    static List<String> newNames(String sentence, Set<String> asked, Set<String> known) {
        List<String> out = new ArrayList<>();
        Matcher m = CAPITALISED.matcher(" " + sentence.strip());
        while (m.find()) {
            if (m.start() <= 1) {
                continue;
            }
            List<String> kept = new ArrayList<>();
            for (String token : m.group().trim().split("\\s+")) {
                boolean acronym = token.length() <= 3 && token.equals(token.toUpperCase(Locale.ROOT));
                if (acronym || token.contains("-") || Terms.distinct(token).stream().anyMatch(asked::contains)
                        || sharesPrefix(token, asked)) {
                    continue;
                }
                kept.add(token);
            }
            String name = String.join(" ", kept);
            if (name.isEmpty() || Terms.distinct(name).isEmpty()
                    || known.stream().anyMatch(k -> k.equalsIgnoreCase(name))) {
                continue;
            }
            out.add(name);
        }
        return out;
    }

    /** "Nigeria" in a sentence is the question's "nigerian": a shared five-letter start counts as the same name. */
    private static boolean sharesPrefix(String token, Set<String> asked) {
        String t = token.toLowerCase(Locale.ROOT);
        return t.length() >= 5 && asked.stream().anyMatch(a -> a.length() >= 5 && a.regionMatches(0, t, 0, 5));
    }

    private static boolean newRole(String sentence, Set<String> asked) {
        Matcher m = ROLE.matcher(sentence);
        while (m.find()) {
            if (!asked.containsAll(Terms.distinct(m.group()))) {
                return true;
            }
        }
        return false;
    }
}
