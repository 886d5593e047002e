package org.policybot.knowledge.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * General English knowledge, each list once, read from resource files beside this class (one entry
 * a line, {@code #} comments, like Lucene's stop word files). Nothing here belongs to one document:
 * a list is named for the rule that uses it, and that rule is the only reader.
 */
public final class Lexicon {
    /** Function words, neither indexed nor searched ({@code stop-words.txt}). */
    public static final Set<String> STOP_WORDS = words("stop-words.txt");
    /** Words about the asking, weighing little in a question ({@code asking-words.txt}). */
    public static final Set<String> ASKING_WORDS = words("asking-words.txt");
    /** Chat abbreviation to its expansion ({@code chat-abbreviations.txt}). */
    public static final Map<String, String> CHAT_ABBREVIATIONS = pairs("chat-abbreviations.txt");
    /** Currencies' names and their codes ({@code currency-codes.txt}): "euros" and "EUR". */
    public static final Map<String, String> CURRENCY_CODES = pairs("currency-codes.txt");
    /** Words that ask whether money changes hands ({@code payment-words.txt}). */
    public static final Set<String> PAYMENT_WORDS = words("payment-words.txt");
    /** Words after a word of paying that say how one pays ("pay by card"; {@code payment-means.txt}). */
    public static final Set<String> PAYMENT_MEANS = words("payment-means.txt");
    /** Headings that name a table of contents, which holds no sections ({@code contents-labels.txt}). */
    public static final Set<String> CONTENTS_LABELS = words("contents-labels.txt");
    /** Words that make "how much" ask for money and label a price ({@code price-words.txt}). */
    public static final Set<String> PRICE_WORDS = words("price-words.txt");
    /** Words with which a text recommends something, for a request for a recommendation. */
    public static final Set<String> RECOMMENDING_WORDS = words("recommending-words.txt");
    /**
     * Words after a figure that make it money: those naming no one currency ({@code money-units.txt}), the names
     * of one currency and their codes ({@code currency-codes.txt}).
     */
    public static final Set<String> MONEY_UNITS = union(words("money-units.txt"),
            union(CURRENCY_CODES.keySet(), new LinkedHashSet<>(CURRENCY_CODES.values())));
    /**
     * Abbreviations of a unit read as another word when no figure stands before them: "min age" is a minimum age,
     * "10 min" ten minutes ({@code bare-unit-abbreviations.txt}).
     */
    public static final Map<String, String> BARE_UNIT_ABBREVIATIONS = pairs("bare-unit-abbreviations.txt");
    /** A plural the stemmer does not bring to its singular, to that singular ({@code irregular-plurals.txt}). */
    public static final Map<String, String> IRREGULAR_PLURALS = pairs("irregular-plurals.txt");
    /** A British ending to its American spelling ({@code spelling-variants.txt}). */
    public static final Map<String, String> SPELLING_VARIANTS = pairs("spelling-variants.txt");
    /**
     * A place or its adjective to the other words of its line: "french" to "france", "france" to
     * "french" ({@code demonyms.txt}).
     */
    public static final Map<String, List<String>> DEMONYMS = groups("demonyms.txt");
    /** A family word to the general nouns for the same person, likelier first ({@code kin-words.txt}). */
    public static final Map<String, List<String>> KIN_WORDS = multi("kin-words.txt");
    /** A number written as a word to its value ({@code number-words.txt}). */
    public static final Map<String, Double> NUMBER_WORDS = values("number-words.txt");
    /** A unit of time to its length in days ({@code time-units.txt}). */
    public static final Map<String, Double> TIME_UNITS = values("time-units.txt");
    /** Words that negate their clause ({@code negations.txt}). */
    public static final Set<String> NEGATIONS = words("negations.txt");
    /** Auxiliary and modal verbs that open a yes/no question ({@code auxiliaries.txt}). */
    public static final Set<String> AUXILIARIES = words("auxiliaries.txt");
    /** Sentence-opening links to the sentence before ({@code discourse-links.txt}), longest first. */
    public static final List<String> DISCOURSE_LINKS = longestFirst(words("discourse-links.txt"));
    /** Sentence-opening links dropped even without a comma ("And members…"), {@code bare-discourse-links.txt}. */
    public static final Set<String> BARE_DISCOURSE_LINKS = words("bare-discourse-links.txt");
    /** Words that set a claim's force, time or scope, each to the others of like meaning ({@code claim-qualifiers.txt}). */
    public static final Map<String, List<String>> CLAIM_QUALIFIERS = groups("claim-qualifiers.txt");
    /** Third-person pronouns for one person ({@code person-pronouns.txt}). */
    public static final Set<String> PERSON_PRONOUNS = words("person-pronouns.txt");
    /** Pronouns that open a clause about the noun before them ({@code relative-pronouns.txt}). */
    public static final Set<String> RELATIVE_PRONOUNS = words("relative-pronouns.txt");
    /** Words that open a sentence by pointing back ({@code pointing-words.txt}). */
    public static final Set<String> POINTING_WORDS = words("pointing-words.txt");
    /** Month names ({@code months.txt}). */
    public static final Set<String> MONTHS = words("months.txt");
    /** Weekday names ({@code weekdays.txt}). */
    public static final Set<String> WEEKDAYS = words("weekdays.txt");
    /** Month and weekday names ({@code months.txt}, {@code weekdays.txt}). */
    public static final Set<String> CALENDAR_WORDS = union(MONTHS, WEEKDAYS);
    /** The seasons of the year ({@code seasons.txt}): a date of an occasion, as a month is. */
    public static final Set<String> SEASONS = words("seasons.txt");
    /** Periods of a calendar with no fixed length: "season", "term" ({@code calendar-periods.txt}). */
    public static final Set<String> CALENDAR_PERIODS = words("calendar-periods.txt");
    /** Words naming one value of a series: months, weekdays and relative days ({@code relative-days.txt}). */
    public static final Set<String> SERIES_WORDS = union(CALENDAR_WORDS, words("relative-days.txt"));
    /** Prefixes that negate a word ({@code negative-prefixes.txt}). */
    public static final Set<String> NEGATIVE_PREFIXES = words("negative-prefixes.txt");

    /** Words for people in general, as "how many" counts them ({@code people-words.txt}). */
    public static final Set<String> PEOPLE_WORDS = words("people-words.txt");
    /** Nouns that name people by their role, age or relation ({@code person-nouns.txt}). */
    public static final Set<String> PERSON_NOUNS = words("person-nouns.txt");
    /** Nouns for bodies of people: "committee", "team" ({@code body-nouns.txt}). */
    public static final Set<String> BODY_NOUNS = words("body-nouns.txt");
    /** Nouns for people and bodies that do not end like an agent noun ({@code agent-nouns.txt}, {@link #BODY_NOUNS}). */
    public static final Set<String> AGENT_NOUNS = union(words("agent-nouns.txt"), BODY_NOUNS);
    /** Titles and role words that stand before a person's name ({@code name-titles.txt}). */
    public static final Set<String> NAME_TITLES = words("name-titles.txt");
    /** Nouns for the text asked about: "according to the post" ({@code source-nouns.txt}). */
    public static final Set<String> SOURCE_NOUNS = words("source-nouns.txt");
    /** Words that ask for the gist of a text: "what's the tl;dr" ({@code overview-words.txt}). */
    public static final Set<String> OVERVIEW_WORDS = words("overview-words.txt");
    /** Words that ask where a text can be read: "link to the post" ({@code link-words.txt}). */
    public static final Set<String> LINK_WORDS = words("link-words.txt");
    /** Nouns for things known by a proper name: "which city" wants a name ({@code named-kinds.txt}). */
    public static final Set<String> NAMED_KINDS = words("named-kinds.txt");
    /** Nouns that name an identifying number: "the VAT registration number" ({@code identifier-nouns.txt}). */
    public static final Set<String> IDENTIFIER_NOUNS = words("identifier-nouns.txt");
    /** Names of identifying numbers asked for without "number": "the sort code" ({@code identifier-names.txt}). */
    public static final Set<String> IDENTIFIER_NAMES = words("identifier-names.txt");
    /** Words by which members speak of themselves: "im", "my", "we" ({@code first-person-words.txt}). */
    public static final Set<String> FIRST_PERSON_WORDS = words("first-person-words.txt");
    /**
     * Articles, possessives and demonstratives before which a capitalised word names a thing: "the Discord server"
     * names a kind, "this Policy" a defined term ({@code thing-determiners.txt}).
     */
    public static final Set<String> THING_DETERMINERS = words("thing-determiners.txt");
    /** Determiners and possessives that open a noun phrase ({@code determiners.txt}). */
    public static final Set<String> DETERMINERS = words("determiners.txt");
    /** Nouns for an amount of time: "how much notice" ({@code duration-nouns.txt}). */
    public static final Set<String> DURATION_NOUNS = words("duration-nouns.txt");
    /** Words that open a clause as its subject ({@code clause-subjects.txt}). */
    public static final Set<String> CLAUSE_SUBJECTS = words("clause-subjects.txt");

    /**
     * Words between a figure and its unit of time that keep the unit: "5 business days", "once per calendar month"
     * ({@code unit-qualifiers.txt}).
     */
    public static final Set<String> UNIT_QUALIFIERS = words("unit-qualifiers.txt");
    /** Units of time that also name a share of a whole before "of": "three-quarters of" ({@code share-units.txt}). */
    public static final Set<String> SHARE_UNITS = words("share-units.txt");
    /** Words that tie a statement to the moment of speaking: "right now", "currently" ({@code present-markers.txt}). */
    public static final Set<String> PRESENT_MARKERS = words("present-markers.txt");
    /** Verbs by which a question asks when something ends ("what time does the bar close?"; {@code end-words.txt}). */
    public static final Set<String> END_WORDS = words("end-words.txt");
    /** Units of physical measure to what they measure: "metres" a length, "kg" a mass ({@code measure-units.txt}). */
    public static final Map<String, String> MEASURE_UNITS = pairs("measure-units.txt");
    /**
     * Adjectives by which "how" asks a physical measure, to its dimension: "how deep" a length
     * ({@code measure-adjectives.txt}).
     */
    public static final Map<String, String> MEASURE_ADJECTIVES = pairs("measure-adjectives.txt");
    /** Nouns of a physical measure asked with "what", to its dimension: "weight" a mass ({@code measure-nouns.txt}). */
    public static final Map<String, String> MEASURE_NOUNS = pairs("measure-nouns.txt");

    /** Words after "we" whose form is the same after "it": modals, irregular past tenses ({@code unchanging-verbs.txt}). */
    public static final Set<String> UNCHANGING_VERBS = words("unchanging-verbs.txt");
    /** A verb form after "we" to its form after "it": "are" to "is" ({@code third-person-forms.txt}). */
    public static final Map<String, String> THIRD_PERSON_FORMS = pairs("third-person-forms.txt");
    /** Abbreviations whose stop ends no sentence, without that stop ({@code abbreviations.txt}). */
    public static final Set<String> ABBREVIATIONS = words("abbreviations.txt");
    /** Abbreviations that end a name or a date ("Acme Ltd.", "3 Jan."): a sentence may end at them. */
    public static final Set<String> CLOSING_ABBREVIATIONS = words("closing-abbreviations.txt");
    /** Abbreviations that are also words, ending no sentence before a number ({@code number-abbreviations.txt}). */
    public static final Set<String> NUMBER_ABBREVIATIONS = words("number-abbreviations.txt");

    /**
     * A phrasal verb ("turn up") and the plain verb a policy writes for it ("attend").
     *
     * @param forms     the verb's forms ("turn", "turns", "turned", "turning"), or a noun's ("money" in "money back")
     * @param separable whether an object may stand between them and the particles ("kick me out")
     * @param particles its particle and preposition words ("up"; "in", "touch", "with")
     * @param plain     the plain verb ("attend")
     */
    public record PhrasalVerb(List<String> forms, boolean separable, List<String> particles, String plain) {
        public PhrasalVerb {
            forms = List.copyOf(forms);
            particles = List.copyOf(particles);
        }
    }

    /** Pronouns that stand as an object between a phrasal verb and its particle ({@code object-pronouns.txt}). */
    public static final Set<String> OBJECT_PRONOUNS = words("object-pronouns.txt");

    /** Phrasal verbs members write, each with the plain verb a policy writes ({@code phrasal-verbs.txt}). */
    public static final List<PhrasalVerb> PHRASAL_VERBS = phrasalVerbs("phrasal-verbs.txt");

    /** A question's "minimum" or "maximum" to the phrases that state one: "or over", "up to" ({@code bound-phrases.txt}). */
    public static final Map<String, List<String>> BOUND_PHRASES = multi("bound-phrases.txt");

    /**
     * Phrases that make a figure an age, by side: "before" ("aged", "age of"), "after" ("or over", "years old"),
     * "alone" ("under" before a figure no content word follows) and "range" ("and" in "aged 16 and 17")
     * ({@code age-phrases.txt}).
     */
    public static final Map<String, List<String>> AGE_PHRASES = multi("age-phrases.txt");

    /** Number words that say how many times: "once", "twice" ({@code multiplicatives.txt}). */
    public static final Set<String> MULTIPLICATIVES = words("multiplicatives.txt");

    /** Words that link a list item to the next: "and", "or" ({@code item-links.txt}). */
    public static final Set<String> ITEM_LINKS = words("item-links.txt");

    /** Verbs whose present form ends in "ed" ({@code verbs-ending-in-ed.txt}). */
    public static final Set<String> VERBS_ENDING_IN_ED = words("verbs-ending-in-ed.txt");

    /**
     * Whether a word is a noun for a role or a body, in the singular, the plural or the possessive, whatever its case
     * ({@link #PERSON_NOUNS}, {@link #AGENT_NOUNS}): "Treasurer", "the Company's", "Trustees", "treasurer".
     */
    public static boolean namesARole(String word) {
        return singulars(withoutPossessive(word)).stream()
                .anyMatch(w -> PERSON_NOUNS.contains(w) || AGENT_NOUNS.contains(w));
    }

    /**
     * Whether a word is a noun for a body ({@link #BODY_NOUNS}), in the singular, the plural or the possessive,
     * whatever its case: "Council", "Committees", "Authorities", "the Board's".
     */
    public static boolean namesABody(String word) {
        return singulars(withoutPossessive(word)).stream().anyMatch(BODY_NOUNS::contains);
    }

    /**
     * The spellings a lower-case noun may have in the singular, itself first: "authorities" may be "authority",
     * "boxes" "box", "people" "person" ({@link #IRREGULAR_PLURALS}). Only lists of real nouns are looked up with
     * them, so the spellings that are no word ("authoritie") match nothing.
     */
    public static List<String> singulars(String lower) {
        List<String> out = new ArrayList<>(List.of(lower));
        String irregular = IRREGULAR_PLURALS.get(lower);
        if (irregular != null) {
            out.add(irregular);
        }
        if (lower.endsWith("ies")) {
            out.add(lower.substring(0, lower.length() - 3) + "y");
        }
        if (lower.endsWith("es")) {
            out.add(lower.substring(0, lower.length() - 2));
        }
        if (lower.endsWith("s")) {
            out.add(lower.substring(0, lower.length() - 1));
        }
        return out;
    }

    /** A word in lower case without its possessive ending: "the Board's" and "Trustees'" read "board", "trustees". */
    private static String withoutPossessive(String word) {
        return word.toLowerCase(Locale.ROOT).replaceFirst("['’]s?$", "");
    }

    /**
     * The other spellings of {@code word} (lower case) by {@link #SPELLING_VARIANTS}: "licence" gives
     * "license", "color" gives "colour". Words shorter than {@link #VARIANT_MIN} have none ("four" is not "for").
     */
    public static List<String> spellingVariants(String word) {
        List<String> out = new ArrayList<>();
        if (word.length() < VARIANT_MIN) {
            return out;
        }
        SPELLING_VARIANTS.forEach((british, american) -> {
            if (word.endsWith(british)) {
                out.add(word.substring(0, word.length() - british.length()) + american);
            } else if (word.endsWith(american)) {
                out.add(word.substring(0, word.length() - american.length()) + british);
            }
        });
        return out;
    }

    /** Shortest word read in its other spelling: short words are other words ("hour", "four", "tor"). */
    static final int VARIANT_MIN = 5;

    /** Words that close a statement to ask for its confirmation ({@code tag-words.txt}). */
    public static final Set<String> TAG_WORDS = words("tag-words.txt");
    /** Times that place the asker's story: "last night", "tonight" ({@code story-times.txt}). */
    public static final Set<String> STORY_TIMES = words("story-times.txt");
    /** People of the asker's own life: "my mate", "my husband" ({@code story-people.txt}). */
    public static final Set<String> STORY_PEOPLE = words("story-people.txt");

    /** Prepositions, copulas and question words after which a question names its topic ({@code phrase-openers.txt}). */
    public static final Set<String> PHRASE_OPENERS = words("phrase-openers.txt");
    /** Words that make the figure after them a bound ({@code bound-words.txt}), longest first. */
    public static final List<String> BOUND_WORDS = longestFirst(words("bound-words.txt"));
    /** Words that open a question asking for something ({@code question-words.txt}). */
    public static final Set<String> QUESTION_WORDS = words("question-words.txt");
    /** Words a title leaves in lower case ({@code title-small-words.txt}). */
    public static final Set<String> TITLE_SMALL_WORDS = words("title-small-words.txt");
    /** Words that label a heading numbered in the outline: "Section 4.2" ({@code outline-labels.txt}). */
    public static final Set<String> OUTLINE_LABELS = words("outline-labels.txt");
    /** Words that label a heading outside the outline: "Appendix A" ({@code appendix-labels.txt}). */
    public static final Set<String> APPENDIX_LABELS = words("appendix-labels.txt");
    /**
     * Labels of an FAQ written as text, "question" and "answer" to theirs: "Q:", "A:" ({@code faq-labels.txt}).
     */
    public static final Map<String, List<String>> FAQ_LABELS = multi("faq-labels.txt");

    private Lexicon() {
    }

    /** "(?:a|b|c)" matching any of {@code words} literally, for use inside a larger pattern. */
    public static String alternation(Set<String> words) {
        return "(?:" + String.join("|", words.stream().map(java.util.regex.Pattern::quote).sorted().toList()) + ")";
    }

    /**
     * The words of {@code lists} and the parts a tokenizer splits them into ("tl;dr" also gives "tl" and "dr"),
     * so that a list's word is known however a question's words were split.
     */
    @SafeVarargs
    public static Set<String> withParts(Set<String>... lists) {
        Set<String> out = new LinkedHashSet<>();
        for (Set<String> list : lists) {
            for (String w : list) {
                out.add(w);
                for (String part : w.split("[^\\p{L}\\p{N}]+")) {
                    if (!part.isEmpty()) {
                        out.add(part);
                    }
                }
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** "(?!(?:a|b)\\b)": a lookahead that fails where a word of any of {@code lists} starts. */
    @SafeVarargs
    public static String notBefore(Set<String>... lists) {
        Set<String> all = new java.util.TreeSet<>();
        for (Set<String> list : lists) {
            all.addAll(list);
        }
        return "(?!" + alternation(all) + "\\b)";
    }

    /** Both lists as one, in their order: "units a member may convert" are the measure and money units. */
    public static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new LinkedHashSet<>(a);
        out.addAll(b);
        return Collections.unmodifiableSet(out);
    }

    private static Set<String> words(String file) {
        Set<String> out = new LinkedHashSet<>();
        for (String line : lines(file)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Collections.unmodifiableSet(out);
    }

    private static Map<String, List<String>> groups(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            List<String> words = List.of(line.toLowerCase(Locale.ROOT).split("\\s+"));
            for (String w : words) {
                out.put(w, words.stream().filter(o -> !o.equals(w)).toList());
            }
        }
        return Collections.unmodifiableMap(out);
    }

    /** Pairs "key value…" with the same key on several lines: each key to its values, in order. */
    private static Map<String, List<String>> multi(String file) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] kv = split(file, line);
            out.computeIfAbsent(kv[0].toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(kv[1]);
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    private static List<PhrasalVerb> phrasalVerbs(String file) {
        List<PhrasalVerb> out = new ArrayList<>();
        for (String line : lines(file)) {
            String[] sides = line.toLowerCase(Locale.ROOT).split("=");
            String[] verb = sides[0].split("[+/]");
            if (sides.length != 2 || verb.length != 2 || verb[0].isBlank() || verb[1].isBlank() || sides[1].isBlank()) {
                throw new IllegalStateException(file + ": expected \"forms + particles = plain verb\" or \"forms /"
                        + " particles = plain verb\" in \"" + line + "\"");
            }
            out.add(new PhrasalVerb(List.of(verb[0].strip().split("\\s+")), sides[0].contains("/"),
                    List.of(verb[1].strip().split("\\s+")), sides[1].strip()));
        }
        return List.copyOf(out);
    }

    private static Map<String, String> pairs(String file) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] kv = split(file, line);
            out.put(kv[0].toLowerCase(Locale.ROOT), kv[1]);
        }
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Double> values(String file) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (String line : lines(file)) {
            String[] kv = split(file, line);
            try {
                out.put(kv[0].toLowerCase(Locale.ROOT), Double.parseDouble(kv[1]));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(file + ": not a number in \"" + line + "\"", e);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static String[] split(String file, String line) {
        String[] kv = line.split("\\s+", 2);
        if (kv.length != 2) {
            throw new IllegalStateException(file + ": expected two fields in \"" + line + "\"");
        }
        return kv;
    }

    private static List<String> longestFirst(Set<String> phrases) {
        List<String> out = new ArrayList<>(phrases);
        out.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return List.copyOf(out);
    }

    /** The non-blank, non-comment lines of a lexicon file, stripped. */
    static List<String> lines(String file) {
        return lines(Lexicon.class, file);
    }

    /**
     * The non-blank, non-comment lines of a resource list beside {@code owner}, stripped: the one
     * reader of the project's word lists (this lexicon's, and other packages' such as the supported
     * languages).
     */
    public static List<String> lines(Class<?> owner, String file) {
        List<String> out = new ArrayList<>();
        try (InputStream in = owner.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("resource list missing from the jar: " + owner.getPackageName() + "/" + file);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    out.add(s);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading resource list " + file, e);
        }
        return out;
    }
}
