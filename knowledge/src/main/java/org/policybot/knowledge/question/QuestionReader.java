package org.policybot.knowledge.question;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.text.Figures;
import org.policybot.knowledge.text.PresentTime;
import org.policybot.knowledge.text.Terms;

/**
 * Reads a question once into a {@link ReadQuestion}: cleans it, tells a question from a greeting
 * or a writing request, reads its type, its figures and its polarity, and turns its words into
 * content terms weighed by their rarity in the knowledge base. Chat abbreviations are expanded,
 * misspelt function words recognised, and likely typos replaced by the nearest word the knowledge
 * base holds; a real word the knowledge base lacks stays an unknown term, which is evidence that
 * the question is out of scope. Thread-safe.
 */
public final class QuestionReader {
    /** Questions longer than this many distinct content terms are cut (keeps queries bounded). */
    static final int MAX_TERMS = 48;
    /**
     * Weight kept by a word about the asking ("what does the document SAY"), by a figure the question
     * states (it is checked against the text's figures, not looked up as a word: "is it 30 days?" is
     * answered by "14 days") and by a document author's name (what every "we" of the document
     * means): the answer need not contain them. Set by hand: a fifth keeps them able to break ties and
     * never able to decide.
     */
    static final float ASKING_WEIGHT = 0.2f;
    /** Words of one focus phrase at most ("the conduct committee chair"). */
    static final int MAX_FOCUS_RUN = 3;
    /** Punctuation ends a phrase. */
    private static final Pattern PHRASE_BREAK = Pattern.compile("[,.;:?!/()\\[\\]\"]");
    /** Shorter words ending in "s" are seldom plurals ("bus", "gas", "this"). */
    public static final int PLURAL_MIN = 3;
    /** A follow-up is short: at most this many words, or this many with a follow-up cue. */
    static final int SHORT_FOLLOW_UP = 6;
    static final int CUED_FOLLOW_UP = 12;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*");
    /**
     * A form of "do" or a modal before a negation, after which a verb follows ("don't lock", "does not appear", "can't
     * attend"), as against a form of "be" ("isn't happy", "am not sure").
     */
    private static final Pattern DOES = Pattern.compile("""
            (?: do | does | did | can | could | will | would | should | shall | may | might | must | wo | ca )
            (?: n't )?
            """, Pattern.COMMENTS);
    /**
     * A word written in capitals, as initials are ("SAR", "ICO"): at least two letters, all upper case, in a question
     * otherwise written mostly in lower case.
     */
    private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}");
    /** A figure right before a word ("10 min", "10-min", "ten mins"): the word is its unit. */
    private static final Pattern FIGURE_BEFORE = Pattern.compile("""
            (?: \\d+ (?: [.,] \\d+ )? | \\b %s )   # digits, or a number word
            [\\s-]* $                                # then only spaces or a hyphen before the word
            """.formatted(Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Words joined by a full stop with no space ("Node.js", "2.0", "e.g"): one word to the index's tokenizer
     * (Unicode word boundaries), so one word here when the documents hold it.
     */
    private static final Pattern DOTTED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*(?:\\.[\\p{L}\\p{N}][\\p{L}\\p{N}'’]*)+");
    /** A figure with thousands separators ("5,000", "1,250,000"): one word to the index's tokenizer. */
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?!,?\\d)");
    /** A figure in thousands as chat writes it ("2k", "10K"). */
    private static final Pattern THOUSANDS = Pattern.compile("(\\d{1,6})k");
    /** Digits of a whole figure, at least four (fewer need no separator). */
    private static final Pattern LONG_FIGURE = Pattern.compile("\\d{4,15}");
    /**
     * An age as chat writes it, after its figure: "14yo", "14 yo", "14 y/o", "16 yr old", "17 yrs old", "12-year-old",
     * and for several ("14yos", "16 yr olds"). Read as "14 year old" (or "olds"), as a question spelling it out is
     * read, so that "yr" is no "your" and "yo" no unknown word weighing as much as the rarest word; the words stay, as
     * documents write "16 and 17 year olds".
     */
    private static final Pattern CHAT_AGE = Pattern.compile("""
            \\b (\\d{1,3}) \\s* -? \\s*
            (?: y/o | yo (s?) | (?: yrs? | years? ) \\s* -? \\s* old (s?) )   # the age's words, one or several
            \\b (?! [/'’-] \\p{L} )                                         # not "yo-yos", "yo's", "yo/yes"
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Phrases that frame a question without naming its topic ("how long", "take place", "find out"), among them the
     * present markers of several words ("at the moment", "these days"), whose single words ("now") are stop words.
     */
    private static final Pattern FRAMING = Pattern.compile("""
            \\bhow\\ (?: long | many | much | often | frequently | regularly | far | soon | quickly | fast | old )\\b
            | \\bthe\\ (?: longest | shortest )\\b                                    # "what's the longest ban"
            | \\b(?: take | takes | took | taken | taking )\\ place\\b | \\b(?: come | comes | came | coming )\\ up\\b
            | \\b(?: count | counts | counted | counting )\\ as\\b (?! \\s+ of\\b )   # "counts as harassment", not "as of"
            | \\b(?: find | found )\\ out\\b | \\bgo(?:es)?\\ on\\b | \\b(?: in | of )\\ (?: general | particular )\\b
            | \\bat\\ all\\b | \\bin\\ the\\ first\\ place\\b | \\bin\\ total\\b
            | \\basking\\ for\\ a\\ (?: friend | mate )\\b                     # "…? asking for a friend lol"
            | \\b (?: is | would | will | does ) \\s+ (?: it | that | this ) \\s+ (?: be \\s+ )? alright\\b  # "is it
                                                          # alright if…", as "is it ok": not "the Alright Club"
            | ^ \\s* alright \\b (?= \\s* [,.!] )              # "Alright, how many guests…"
            | \\b in (?: \\s+ | - )? charge\\b (?= \\s+ of\\b )   # "who's in charge of the bar", "incharge of"
            | \\b (?: take | takes | took | taken | taking ) \\s+ charge\\b   # "who takes charge (of the bar / when
                                                          # the captain is away)": who runs it, not a price ("take a
                                                          # charge" keeps its article)
            | (?<! \\bup\\ ) \\b PRESENT_PHRASE \\b        # "right now", "at the moment", not "up to date"
            | (?<! \\b (?: the | a | an ) \\s ) \\b STORY_TIME \\b   # the asker's story: "tripped last night", not "the last night"
            | \\b(?: an? | one | (?: a\\ )? (?: few | couple\\ of ) | \\d+ | NUMBER ) \\s+ UNIT \\s+ ago\\b  # "an hour ago"
            | \\baccording\\ to\\ (?: the | this | that | your | their )\\ SOURCE\\b     # "according to the post"
            | \\b(?: the | this | that )\\ SOURCE\\ (?: says? | said | mentions? | mentioned | states? | stated )\\b
            | \\b(?: this | that )\\ SOURCE\\b                                        # "when was this post published"
            | \\b(?: mentioned | said | stated | described | discussed | named | listed )
              \\ in\\ (?: the | this | that )\\ SOURCE\\b                                  # "mentioned in the post"
            | (?<! \\b DETERMINER \\s ) \\b (?: is\\ that\\ | am\\ i\\ )? TAG \\s* [?!.]* \\s* $    # "…30 days, right?"
            """.replace("SOURCE", Lexicon.alternation(Lexicon.SOURCE_NOUNS))
            .replace("DETERMINER", Lexicon.alternation(Lexicon.DETERMINERS))
            .replace("NUMBER", Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet()))
            .replace("UNIT", Lexicon.alternation(Lexicon.TIME_UNITS.keySet()))
            .replace("TAG", Lexicon.alternation(Lexicon.TAG_WORDS))
            .replace("STORY_TIME", Lexicon.alternation(Lexicon.STORY_TIMES))
            .replace("PRESENT_PHRASE", Lexicon.alternation(Lexicon.PRESENT_MARKERS.stream().filter(w -> w.contains(" "))
                    .collect(Collectors.toSet()))), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * An occasion asked about as dated: its next or upcoming one, or this year's ("when is the next AGM", "when's next
     * open day", "what date is this year's dinner"); not a span counted from now ("next month", "the next 14 days",
     * "the next few days": lexicon/time-units.txt), a step ("the next stage"), "next of kin", nor "the next one",
     * which points back to something named before.
     */
    private static final Pattern DATED_OCCASION = Pattern.compile("""
            \\b next \\b (?! [\\s-]+ (?: \\d+ | NUMBER | UNIT | one | few | couple | several | working | business
                                      | times? | steps? | stages? | of [\\s-]+ kin ) \\b )
            | \\b upcoming \\b | \\b this \\s+ (?: year | season ) (?: s | ['’]s )? \\b
            """.replace("NUMBER", Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet()))
            .replace("UNIT", Lexicon.alternation(Lexicon.TIME_UNITS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * The words of {@link #DATED_OCCASION} that date an occasion rather than name it ("next", "upcoming", "this
     * year"), in the forms a question's terms take.
     */
    private static final Pattern OCCASION_MARKER = Pattern.compile("next|upcoming|this|years?|seasons?",
            Pattern.CASE_INSENSITIVE);
    /**
     * The last year or season, named as the time of what is asked ("who won last year", "last season's turnout"):
     * what happened then is a record, which a policy's rules do not hold. Not "the last year of a tenancy", a time
     * a rule speaks of; nor "the previous year's accounts", which rules name.
     */
    private static final Pattern PAST_OCCASION = Pattern.compile("""
            \\b last \\s+ (?: year | season ) (?: s | ['’]s )? \\b (?! \\s+ of \\b )
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A condition before a time gone by: "what happens if a member didn't renew last year?" asks a rule. */
    private static final Pattern CONDITION = Pattern.compile("\\b(?:if|unless)\\b", Pattern.CASE_INSENSITIVE);
    /**
     * A year named as the time of what is asked about ("the 2027 tickets", "who won in 2018"): a number from 1900 to
     * 2099 standing alone, not a sum ("£2000", "2000 pounds", "2000 kr": UNIT, lexicon/money-units.txt and
     * currency-codes.txt), a clock time ("until 2030", "2030 hrs"), a share ("2000 %") nor a part of another figure
     * ("2025-26", "2030.50").
     */
    private static final Pattern NAMED_YEAR = Pattern.compile("""
            (?<! [£$€\\d.,:/-] ) (?<! \\b (?: until | till | by | before | after | at | from ) \\s )
            \\b (?: 19 | 20 ) \\d\\d \\b
            (?! [.,:/-]? \\d ) (?! \\s* (?: hrs? | h | UNIT ) \\b )
            (?! \\s* % )                   # apart from the words: no word boundary follows "%"
            """.replace("UNIT", Lexicon.alternation(Lexicon.MONEY_UNITS)), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** Where one clause of a question ends: the years of a clause in the asker's own words are their story's. */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;.!?]+");
    /** Text that ends in a word pointing at one known thing: "the", "this", "that" (then a space). */
    private static final Pattern DEFINITE_END = Pattern.compile("""
            \\b (?: the | this | that ) \\s+ $
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** Characters before a word within which {@link #DEFINITE_END} is looked for ("that " and some spaces). */
    private static final int DEFINITE_REACH = 8;
    /**
     * What "how many" or "number of" counts: the words after it, up to punctuation. "how much (advance)
     * notice" counts nothing: it asks for a length of time (DURATION_NOUN: lexicon/duration-nouns.txt).
     */
    private static final Pattern COUNTED = Pattern.compile("""
            \\b(?: how\\ many | how\\ much (?! \\s+ (?: of \\s+ \\p{L}+ \\s+ )? (?: \\p{L}+\\s+ )? DURATION_NOUN\\b )
                 | number\\ of )
            \\s+ ( [^?.!,;]* )
            """.replace("DURATION_NOUN", Lexicon.alternation(Lexicon.DURATION_NOUNS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A question that asks for a name in words: "what's the name of the person who…", "what's the treasurer's name",
     * "what's their name", "what are the names of the trustees", "names pls", "who are the admins by name", "can you
     * tell me her name". A name only mentioned is not asked ("who can use the club's name?", "who needs to put their
     * name on the list?"). What answers it is someone's name, not a body or a thing a determiner introduces ("the
     * Conduct Committee", "the Sprout Patch": decide/Evidence).
     */
    private static final Pattern NAME_ASKED = Pattern.compile("""
            \\bwhat (?: ['’]?s | \\s+ (?: is | are | was | were ) )? \\s+  # "what's", "what is", "whats" read "what"
                (?: the | their | his | her | its | your | ur | our ) \\s+
                (?: [\\p{L}-]+ \\s+ ){0,3}? (?: [\\p{L}-]+ ['’]s? \\s+ )? names?\\b  # "the treasurer's name"
            | \\bnames? \\s* (?: pls | plz | please ) \\b                    # "who are the mods? names pls"
            | \\bby\\ name\\b                                               # "who are the list admins by name"
            | \\b(?: tell | give | send ) \\s+ (?: me | us ) \\s+ (?: the | their | his | her ) \\s+ names?\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * What a name is asked of: the words after "name of" and its determiner ("the name of the sqlite founder", "name of
     * Colin's deputy in the darkroom"; group "phrase", up to four words, read up to its first function word by {@link
     * #named}), or the possessor before "'s name" ("the treasurer's name"; group "owner").
     */
    private static final Pattern NAMED = Pattern.compile("""
            \\bnames?\\ of \\s+ (?: DETERMINER \\s+ )? (?<phrase> [\\p{L}'’-]+ (?: \\s+ [\\p{L}'’-]+ ){0,3} )
            | \\b (?<owner> [\\p{L}-]+ ) ['’] s? \\s+ names?\\b
            """.replace("DETERMINER", Lexicon.alternation(Lexicon.DETERMINERS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A question after an identity: who someone is, what something is called, or which one of a kind
     * known by name ("which city", "what two companies", "which Singapore government agency").
     */
    private static final Pattern IDENTITY = Pattern.compile("""
            \\bwho (?: \\ (?: is | are | was | were ) | ['’]s | s )   # "who is", "who's", "whos"
                \\ (?: the | a | an | our | their | its | your | currently )\\b
            | \\bnames?\\ of\\b | \\bcalled\\?
            | \\bwhat(?:['’]?s|\\ is|\\ are)?\\ (?: the | their | its | his | her | our | your )  # "whats" reads "what"
                \\ (?: [\\p{L}-]+ \\ ){0,3}? (?: [\\p{L}-]+ ['’]s? \\ )? names?\\b    # "what's the treasurer's name"
            """ + "| \\b(?:which|what)\\s+(?:" + Lexicon.notBefore(Lexicon.AUXILIARIES, Lexicon.DETERMINERS)
            + "[\\p{L}\\p{N}'’-]+\\s+){0,2}" // up to two modifiers of the noun, not a verb ("what does the company")
            + Lexicon.alternation(Lexicon.NAMED_KINDS) + "\\b", Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * The parts of a token of letters and digits run together ("gplv3", "mpl2", "2fa"), read as its
     * parts when unknown: letters (before a "v" that numbers a version), digits.
     */
    private static final Pattern LETTERS_DIGITS = Pattern.compile("""
            \\p{L}{2,}?(?=v\\p{N}) | \\p{L}{2,} | \\p{N}+
            """, Pattern.COMMENTS);

    /** A message that continues the conversation: opens with "and", "what about"…, or points back with a pronoun. */
    private static final Pattern FOLLOW_UP = Pattern.compile("""
            ^(?: and | also | what\\ about | how\\ about | what\\ of | same\\ for | and\\ what\\ about | but )\\b
            | \\b(?: it | they | them | that | those | this | these | he | she )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A part of a question that points back to the part before it: a follow-up's cue, or a pronoun that names someone
     * or something of the part before ("who is the safeguarding lead and whats her number").
     */
    private static final Pattern POINTS_BACK = Pattern.compile(FOLLOW_UP.pattern() + """
            | \\b(?: its | their | him | his | her )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /**
     * Where one sentence of a question ends and the next begins: after ".", "!" or "?" and a space ("3.5" and "e.g."
     * without one end nothing).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

    /** The words that ask for a gist and their parts ("tl", "dr"). */
    private static final Set<String> OVERVIEW_CUES = Lexicon.withParts(Lexicon.OVERVIEW_WORDS);

    /** A word that opens a question: a question word or an auxiliary, as a regex alternation. */
    private static final String OPENER = "(?:" + Lexicon.alternation(Lexicon.QUESTION_WORDS) + "|"
            + Lexicon.alternation(Lexicon.AUXILIARIES) + ")";

    /**
     * Where a question asks a second thing: after a question mark, or at "and", "also" or "plus" before a question
     * word or an auxiliary ("how long do you take to answer and who do I go to?", "how much is a ticket? and is
     * there a booking fee?"). The part after the break asks only when it opens so, or ends with a question mark
     * ("is it fine? asking for a friend" asks one thing).
     */
    private static final Pattern PART_BREAK = Pattern.compile("""
            (?<= \\? ) \\s+ (?: (?: and | also | plus | or | but ) \\s+ )?     # a new sentence after a question mark
            | ,? \\s+ (?: and | also | plus ) \\s+ (?= OPENER \\b )             # "... and who decides"
            """.replace("OPENER", OPENER), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A part that asks: it opens with a question word or an auxiliary, or it ends with a question mark. */
    private static final Pattern ASKING_PART = Pattern.compile("""
            ^ \\s* OPENER \\b | \\? \\s* $
            """.replace("OPENER", OPENER), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A clause before a comma, then a clause that opens as a question ("my dog is 5 now, can she still join"): the
     * first may only set the scene ({@link #asking}).
     */
    private static final Pattern SCENE = Pattern.compile("""
            ^ ( [^,?]+ ) , \\s* (?= OPENER \\b )
            """.replace("OPENER", OPENER), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Fewest words, present markers aside, of a clause that tells a situation without the asker's own words: a
     * subject, a verb and what they are about ("something is happening at the meeting"); a noun phrase ("the club
     * captain") has fewer (set by hand).
     */
    static final int SCENE_WORDS = 4;
    /**
     * An amount said vaguely, as chat says "some": "a bit" ("a bit late", "a bit of help") and "a couple of" ("a
     * couple of other fixes"); not "a couple" alone, which names two people ("can a couple share a membership?"), nor
     * "a couple of" before a unit of time, a length the rules may bound ("can I book a couple of weeks ahead?" against
     * "up to 7 days in advance"; the asker's "a couple of days ago" is framing already).
     */
    private static final Pattern VAGUE_AMOUNT = Pattern.compile("""
            \\b a \\s+ (?: (bit) (?: \\s+ of\\b )? | (couple) \\s+ of\\b (?! \\s+ UNIT \\b ) )
            """.replace("UNIT", Lexicon.alternation(Lexicon.TIME_UNITS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Where a person of the asker's own life is named ({@link #ownPerson}): after "my" or "our", maybe past one word
     * ("my best mate", "our eldest son"), or before "of mine" ("a friend of mine").
     */
    private static final Pattern OWN_BEFORE = Pattern.compile("""
            \\b (?: my | our ) \\s+ (?: \\p{L}+ \\s+ )? $
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** "of mine" after a person of the asker's own life ({@link #OWN_BEFORE}). */
    private static final Pattern OWN_AFTER = Pattern.compile("""
            ^ \\s+ of \\s+ (?: mine | ours ) \\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** The most parts a question is read as; more are read as one with the last. */
    private static final int MAX_PARTS = 3;

    /** Reads {@code question} against {@code vocabulary}; throws {@code InvalidQuestionException} when there is none. */
    public ReadQuestion read(Question question, Vocabulary vocabulary) {
        ReadQuestion whole = readWhole(question, vocabulary);
        List<ReadQuestion> parts = new ArrayList<>();
        // a part that points back is read as a follow-up of the part before it, as a message is of the one before:
        // "who is the safeguarding lead and whats her number" asks the lead's number
        List<String> before = new ArrayList<>();
        for (String part : parts(QuestionText.clean(question.text()))) {
            List<String> context = POINTS_BACK.matcher(part).find() ? before : List.of();
            ReadQuestion read = readWhole(new Question(part, context, question.scope()), vocabulary);
            if (!read.terms().isEmpty()) {
                parts.add(read);
                before.add(part);
            }
        }
        return parts.size() < 2 ? whole : whole.withParts(parts);
    }

    /**
     * The parts of {@code text} that each ask something ({@link #PART_BREAK}), or one part: a part that does not ask
     * stays with the one before it, and a question of one part has none.
     */
    static List<String> parts(String text) {
        List<int[]> breaks = new ArrayList<>();
        Matcher m = PART_BREAK.matcher(text);
        while (m.find()) {
            breaks.add(new int[] {m.start(), m.end()});
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < breaks.size() && out.size() + 1 < MAX_PARTS; i++) {
            int end = i + 1 < breaks.size() ? breaks.get(i + 1)[0] : text.length();
            if (ASKING_PART.matcher(text.substring(breaks.get(i)[1], end)).find()) {
                out.add(text.substring(from, breaks.get(i)[0]).strip());
                from = breaks.get(i)[1];
            }
        }
        out.add(text.substring(from).strip());
        out.removeIf(String::isEmpty);
        return out.size() < 2 ? List.of() : List.copyOf(out);
    }

    /** Reads {@code question} as one, without looking for parts. */
    private ReadQuestion readWhole(Question question, Vocabulary vocabulary) {
        String text = PhrasalVerbs.plain(ages(QuestionText.clean(question.text())), vocabulary);
        String asked = QuestionText.neutralise(question.text().strip());
        Intent intent = Intent.of(text);
        StringBuilder corrected = new StringBuilder();
        StringBuilder typed = new StringBuilder();
        // a gist request that names no document is asked as a question: its cue words ask, they are not the topic
        Set<String> asking = intent == Intent.OVERVIEW ? OVERVIEW_CUES : Set.of();
        List<QueryTerm> terms = terms(text, vocabulary, corrected, typed, new HashSet<>(), asking);
        List<QueryTerm> context = List.of();
        String searchText = corrected.toString();
        if (isFollowUp(text, question.context())) {
            String previous = question.context().get(question.context().size() - 1);
            Set<String> seen = new HashSet<>();
            terms.forEach(t -> seen.add(t.stem()));
            context = terms(PhrasalVerbs.plain(ages(QuestionText.clean(previous)), vocabulary), vocabulary,
                    new StringBuilder(), new StringBuilder(), seen, Set.of());
            searchText = previous + " " + searchText;
        }
        String fixed = corrected.toString();
        // the asker's words give the type; where they give none, the documents' may ("whats the CRN" read as
        // "company registration number")
        QuestionType type = QuestionType.of(typed.toString());
        type = type == QuestionType.OTHER ? QuestionType.of(fixed) : type;
        String asks = asking(fixed); // the sentences that ask, read once for both
        boolean nameAsked = NAME_ASKED.matcher(fixed).find(); // "names pls" after the question mark too
        // "who is on the security team? names pls" asks who they are as "who is the chair" does
        boolean identity = IDENTITY.matcher(fixed).find() || type == QuestionType.WHO && nameAsked;
        // the dimension from the words that gave the type: the asker's, else the documents'
        String measure = type != QuestionType.MEASURE ? null
                : Objects.requireNonNullElseGet(QuestionType.measure(typed.toString()), () -> QuestionType.measure(fixed));
        return new ReadQuestion(asked, text, fixed, intent, type, terms, context,
                Figures.in(fixed),
                isNegated(text), asserts(fixed), counted(fixed), identity, nameAsked, named(fixed),
                asksNow(asks, type), years(asks), asksPast(asks), asksPayment(asks), measure,
                VAGUE_AMOUNT.matcher(text).find(), searchText, List.of());
    }

    /**
     * Whether the asking part of a question asks how things stand now: a present marker ("who is the chair right
     * now?"); or, asking a date, the dated occasion its first words name ("when is the next open day?", "when is the
     * AGM this year?", {@link QuestionType#OCCASION_WORDS}), whose date only a sentence that states it answers, not
     * the rule that sets it ("the AGM is held within six months…"). A date asked with "now" or "current" ("when does
     * my current membership end?") asks a rule.
     */
    private static boolean asksNow(String asking, QuestionType type) {
        if (type == QuestionType.WHEN || type == QuestionType.OCCASION) {
            // read in the whole text, so that "the next stage" is seen whole, but opening within the first words
            Matcher words = WORD.matcher(asking);
            int reach = asking.length();
            for (int n = 0; words.find(); n++) {
                if (n == QuestionType.OCCASION_WORDS) {
                    reach = words.start();
                    break;
                }
            }
            Matcher dated = DATED_OCCASION.matcher(asking);
            return dated.find() && dated.start() < reach;
        }
        return PresentTime.asked(asking);
    }

    /**
     * The years the asking part names as the time of what it asks about ({@link #NAMED_YEAR}), outside any clause in
     * the asker's own words (lexicon/first-person-words.txt): "I joined in 2023" tells their story.
     */
    static List<String> years(String asking) {
        List<String> out = new ArrayList<>();
        for (String clause : CLAUSE_END.split(asking)) {
            boolean own = inOwnWords(clause);
            Matcher year = NAMED_YEAR.matcher(clause);
            while (!own && year.find()) {
                out.add(year.group());
            }
        }
        return List.copyOf(out);
    }

    /** The characters of {@code text} that {@link #FRAMING} phrases cover. */
    private static BitSet framing(String text) {
        BitSet out = new BitSet();
        Matcher f = FRAMING.matcher(text);
        while (f.find()) {
            out.set(f.start(), f.end());
        }
        return out;
    }

    /**
     * {@link #framing} of {@code text}, and the vague amounts of chat ({@link #VAGUE_AMOUNT}: "i might be a bit late",
     * "a couple of other small fixes") where the documents never use the amount's noun in any form: where they do
     * ("a bit depth of 24", "drill bits", "couples' membership") it may well be what is asked.
     */
    private static BitSet framing(String text, Vocabulary vocabulary) {
        BitSet out = framing(text);
        Matcher f = VAGUE_AMOUNT.matcher(text);
        while (f.find()) {
            String noun = (f.group(1) != null ? f.group(1) : f.group(2)).toLowerCase(Locale.ROOT);
            if (!vocabulary.hasWord(noun) && !vocabulary.holdsForm(noun)) {
                out.set(f.start(), f.end());
            }
        }
        return out;
    }

    /**
     * Whether the asking part asks whether money changes hands: a word of paying (lexicon/payment-words.txt: "do
     * directors get paid?", "is there a fee for a copy of my data?", "does npm charge anything…?"), not "in charge"
     * nor another framing phrase ("can an assistant coach take charge of a session?", {@link #FRAMING}),
     * not a means of paying ("pay by card": lexicon/payment-means.txt), not the asker's own thing ("charge my e-bike",
     * lexicon/first-person-words.txt), and not a word that qualifies the noun after it ("the bounty program", "a
     * payment plan": a word neither a stop word nor one of paying follows).
     */
    static boolean asksPayment(String asking) {
        String lower = asking.toLowerCase(Locale.ROOT);
        BitSet framing = framing(lower);
        List<String> words = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher word = WORD.matcher(lower);
        while (word.find()) {
            words.add(word.group());
            starts.add(word.start());
        }
        for (int i = 0; i < words.size(); i++) {
            // a word of paying within a frame is none: "can a coach take charge of a session?" asks who may run it
            if (!Lexicon.PAYMENT_WORDS.contains(words.get(i)) || framing.get(starts.get(i))) {
                continue;
            }
            String before = i > 0 ? words.get(i - 1) : "";
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            boolean qualifies = !after.isEmpty() && !Lexicon.STOP_WORDS.contains(after)
                    && !Lexicon.PAYMENT_WORDS.contains(after);
            if (!before.equals("in") && !Lexicon.PAYMENT_MEANS.contains(after)
                    && !Lexicon.FIRST_PERSON_WORDS.contains(after) && !qualifies) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a clause of the asking part that opens as a question ({@link #asserts} false: "who won…", "how many…",
     * "is there…") names the last year or season as the time of what it asks about ({@link #PAST_OCCASION}: "who won
     * the rose bowl last year?", "how many reports did the committee handle last year"), not after a condition
     * ({@link #CONDITION}), outside any clause in the asker's own words ("I won it last year, when does it go back?")
     * or one telling a story ("applied last year but didnt go ahead, how long…").
     */
    static boolean asksPast(String asking) {
        for (String clause : CLAUSE_END.split(asking)) {
            Matcher past = PAST_OCCASION.matcher(clause);
            if (past.find() && !inOwnWords(clause) && !asserts(clause)
                    && !CONDITION.matcher(clause.substring(0, past.start())).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code word} dates an occasion asked about rather than naming it ("next", "upcoming", "year"). */
    public static boolean marksOccasion(String word) {
        return OCCASION_MARKER.matcher(word).matches();
    }

    /**
     * The sentences of {@code text} that ask (end with "?"), or the whole text where none does: "im at the meeting rn.
     * who do i tell?" asks who is told, not who is there now; the sentence before it only sets the scene. A clause
     * in which the asker states their own situation, before a comma and a clause that opens as a question, sets the
     * scene too: "im purple belt now, how many sessions do i need" asks a rule, not how things stand ({@link #asserts},
     * lexicon/first-person-words.txt); "right now, who is the lead?" and "who is the chair now, and…" still ask it.
     */
    static String asking(String text) {
        String asking = SENTENCE_END.splitAsStream(text).filter(s -> s.strip().endsWith("?"))
                .collect(Collectors.joining(" "));
        asking = asking.isEmpty() ? text : asking;
        Matcher scene = SCENE.matcher(asking);
        return scene.lookingAt() && asserts(scene.group(1)) && tellsASituation(scene.group(1))
                ? asking.substring(scene.end()) : asking;
    }

    /**
     * Whether {@code clause} tells a situation: the asker's own (a word by which they speak of themselves: "im",
     * "my", "we"), or one told in {@value #SCENE_WORDS} words or more besides its present markers ("something
     * sketchy is happening at the meeting right now"); not a time phrase alone ("right now", "at the moment") nor a
     * bare noun phrase ("the club captain now").
     */
    private static boolean tellsASituation(String clause) {
        if (inOwnWords(clause)) {
            return true;
        }
        Matcher m = WORD.matcher(PresentTime.withoutMarkers(clause));
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words >= SCENE_WORDS;
    }

    /** Whether {@code clause} holds a word by which the asker speaks of themselves (lexicon/first-person-words.txt). */
    private static boolean inOwnWords(String clause) {
        Matcher m = WORD.matcher(clause);
        while (m.find()) {
            if (Lexicon.FIRST_PERSON_WORDS.contains(m.group().toLowerCase(Locale.ROOT).replace('’', '\''))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The knowledge-base word a likely typo stands for, or null. A word the documents hold in another form
     * ({@code held}: "weld" for "Welding") is read as that form ("says" as their "say"), never as another word ("well");
     * nor is it read by its meaning.
     */
    private static String typo(String word, boolean held, Vocabulary vocabulary) {
        String typo = vocabulary.correction(word);
        return held && typo != null && !Terms.of(typo).equals(Terms.of(word)) ? null : typo;
    }

    /**
     * The general noun the documents use for a family word ({@code kin-words.txt}), or null: none when the documents
     * use the word itself in any form ("daughters" for "daughter").
     */
    private static String kin(String word, Vocabulary vocabulary) {
        List<String> general = Lexicon.KIN_WORDS.getOrDefault(word, List.of());
        if (general.isEmpty() || vocabulary.holdsForm(word)) {
            return null;
        }
        return general.stream().filter(vocabulary::hasWord).findFirst().orElse(null);
    }

    /**
     * Whether {@code word}, at {@code start}..{@code end} of {@code text}, names a person of the asker's own life: a
     * word of lexicon/story-people.txt or a family word (lexicon/kin-words.txt) after "my" or "our", or before "of
     * mine" ({@link #OWN_BEFORE}, {@link #OWN_AFTER}).
     */
    private static boolean ownPerson(String word, String text, int start, int end) {
        return (Lexicon.STORY_PEOPLE.contains(word) || Lexicon.KIN_WORDS.containsKey(word))
                && (OWN_BEFORE.matcher(text).region(0, start).find()
                || OWN_AFTER.matcher(text).region(end, text.length()).find());
    }

    /** {@code text} with each age written as chat writes it ({@link #CHAT_AGE}) as "N year old". */
    static String ages(String text) {
        return CHAT_AGE.matcher(text).replaceAll(m -> m.group(1) + " year old" + (several(m.group(2))
                || several(m.group(3)) ? "s" : ""));
    }

    /** Whether a plural ending of {@link #CHAT_AGE} was matched. */
    private static boolean several(String ending) {
        return ending != null && !ending.isEmpty();
    }

    /**
     * The noun whose name a question asks for ({@link ReadQuestion#named}): the last word before a function word
     * after "name of" ("founder" in "the name of the sqlite founder", "deputy" in "the name of Colin's deputy in the
     * darkroom"), or the possessor of "'s name"; null when it asks none or "their name".
     */
    static String named(String text) {
        Matcher m = NAMED.matcher(text);
        if (!m.find()) {
            return null;
        }
        if (m.group("owner") != null) {
            String owner = m.group("owner").toLowerCase(Locale.ROOT);
            return Lexicon.THING_DETERMINERS.contains(owner) ? null : owner;
        }
        String head = null;
        for (String word : m.group("phrase").split("\\s+")) {
            String bare = word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", "");
            if (Terms.isStopWord(bare)) {
                break; // "the newsletter for parents", "the person who runs the club"
            }
            head = bare;
        }
        return head;
    }

    /**
     * The stem of the noun "how many" counts, among the content words right after it: the first plural
     * ("how many board members sit…" → "member"), else the first ("how much rent…" → "rent"); null when
     * no content word follows ("how much does it cost").
     */
    static String counted(String text) {
        Matcher m = COUNTED.matcher(text);
        if (!m.find()) {
            return null;
        }
        String first = null;
        for (String w : m.group(1).toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            List<String> stems = Terms.of(w);
            if (stems.isEmpty() || Lexicon.ASKING_WORDS.contains(w)) {
                break;
            }
            if (w.length() > PLURAL_MIN && w.endsWith("s")) {
                return stems.get(0);
            }
            first = first == null ? stems.get(0) : first;
        }
        return first;
    }

    /**
     * True when the text states what it asks about: neither an auxiliary opens it nor a question word
     * (after greetings and fillers; a question word also after at most {@link #LEADING_FUNCTION_WORDS}
     * function words, so "at what point is it accepted?" and "for how long…" ask, while "you can post
     * links, right?" states), or "why" does, which takes its clause for granted ("why does it train on
     * customer data?" says it does).
     */
    static boolean asserts(String text) {
        Matcher m = WORD.matcher(QuestionType.withoutFiller(text));
        for (int skipped = 0; m.find(); skipped++) {
            String word = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (word.equals("why")) {
                return true;
            }
            if (Lexicon.QUESTION_WORDS.contains(word) || skipped == 0 && Lexicon.AUXILIARIES.contains(word)) {
                return false;
            }
            if (skipped >= LEADING_FUNCTION_WORDS || !Lexicon.STOP_WORDS.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Function words ("at", "for", "and so") read past before deciding whether a question asks or
     * states (set by hand: a preposition and a conjunction open a question at most).
     */
    static final int LEADING_FUNCTION_WORDS = 2;

    static boolean isFollowUp(String text, List<String> context) {
        if (context.isEmpty()) {
            return false;
        }
        int words = text.split("\\s+").length;
        return words <= SHORT_FOLLOW_UP || words <= CUED_FOLLOW_UP && FOLLOW_UP.matcher(text).find();
    }

    /**
     * True when a word of the text negates it ("not", "never", "can't"); "not only" adds rather than denies, and a
     * negation that opens a clause about the noun before it ("a commit that is not signed off", "members who have
     * not paid cannot vote", "members who cannot attend") qualifies that noun: it is read past, and the rest of the
     * text still counts. Such a clause follows its noun straight on: a pronoun that opens the text ("That is not
     * permitted", "Who can't vote?"), follows a comma ("Dogs, which are not allowed inside") or a function word
     * ("so that is not allowed?") opens no such clause, nor does "that" straight before the negation ("note that
     * not all members vote").
     */
    public static boolean isNegated(String text) {
        Matcher m = WORD.matcher(text);
        boolean pending = false;
        // the words before this one, and whether a relative clause about a noun opened at the last one or the one
        // before it (an auxiliary between: "who have not")
        String last = "";
        int lastEnd = -1;
        boolean opened = false;
        boolean openedBefore = false;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (pending && !w.equals("only")) {
                return true;
            }
            pending = false;
            boolean negation = w.equals("not") || Lexicon.NEGATIONS.contains(w) || w.endsWith("n't");
            boolean describing = opened && !(w.equals("not") && last.equals("that"))
                    || openedBefore && Lexicon.AUXILIARIES.contains(last);
            if (negation && describing) {
                // the clause describes the noun before it
            } else if (w.equals("not")) {
                pending = true;
            } else if (negation) {
                return true;
            }
            openedBefore = opened;
            opened = Lexicon.RELATIVE_PRONOUNS.contains(w) && lastEnd >= 0
                    && text.substring(lastEnd, m.start()).isBlank() && !Lexicon.STOP_WORDS.contains(last);
            last = w;
            lastEnd = m.end();
        }
        return pending;
    }

    /**
     * A chat abbreviation's expansion ("temp" → "temporary"), unless the documents use the abbreviation
     * and not the expansion (a document that says "repo" is searched for "repo"), in any form.
     */
    static String expand(String lower, Vocabulary vocabulary) {
        return expand(lower, vocabulary, true);
    }

    /**
     * As {@link #expand(String, Vocabulary)}; a unit's abbreviation with no figure before it ({@code afterFigure}
     * false) is read as its other word: "min contract" asks for a minimum, "10 min" for minutes.
     */
    static String expand(String lower, Vocabulary vocabulary, boolean afterFigure) {
        String bare = afterFigure ? null : Lexicon.BARE_UNIT_ABBREVIATIONS.get(lower);
        String expansion = bare != null ? bare : Lexicon.CHAT_ABBREVIATIONS.get(lower);
        if (expansion == null) {
            return lower;
        }
        List<String> readings = Arrays.stream(expansion.split("\\|")).map(String::strip).toList();
        if (vocabulary.hasWord(lower) && readings.stream().noneMatch(vocabulary::hasWord)) {
            return lower; // "repo" where the documents write "repo", not "repository"
        }
        // "phone" where the documents write only "phones", and no form of "telephone": their word, in another form
        if (vocabulary.holdsForm(lower) && readings.stream().noneMatch(r -> Terms.words(r).stream()
                .filter(w -> !Terms.isStopWord(w)).allMatch(vocabulary::holdsForm))) {
            return lower;
        }
        // "PR" is the documents' "merge request" where they write that and not "pull request"
        for (String reading : readings) {
            if (Terms.words(reading).stream().filter(w -> !Terms.isStopWord(w)).allMatch(vocabulary::hasWord)) {
                return reading;
            }
        }
        return readings.get(0);
    }

    /** The other names of a currency: its code for its name ("euros": "eur"), its names for its code. */
    private static Stream<String> currency(String word) {
        String code = Lexicon.CURRENCY_CODES.get(word);
        return code != null ? Stream.of(code) : Lexicon.CURRENCY_CODES.entrySet().stream()
                .filter(e -> e.getValue().equals(word)).map(Map.Entry::getKey);
    }

    /**
     * A figure as the documents write it, where they write it otherwise: "5000" as their "5,000", "5,000" as their
     * "5000", and chat's "2k" as "2,000" or "2000". Anything else, or a figure they hold or write no way, as asked.
     */
    static String heldFigure(String word, Vocabulary vocabulary) {
        if (vocabulary.hasWord(word)) {
            return word;
        }
        Matcher k = THOUSANDS.matcher(word);
        String digits = k.matches() ? k.group(1) + "000" : word.replace(",", "");
        if (!LONG_FIGURE.matcher(digits).matches() || digits.startsWith("0")) { // "0900", "0800": no amount
            return word;
        }
        String withSeparators = String.format(Locale.ROOT, "%,d", Long.parseLong(digits));
        for (String form : List.of(withSeparators, digits)) {
            if (vocabulary.hasWord(form)) {
                return form;
            }
        }
        return word;
    }

    /** The stems of a word; an unknown run of letters and digits ("gplv3") by its parts ("gpl", "3"). */
    private static List<String> stems(String word, Vocabulary vocabulary) {
        List<String> whole = Terms.of(word);
        if (vocabulary.hasWord(word) || word.chars().noneMatch(Character::isDigit)
                || word.chars().noneMatch(Character::isLetter)) {
            return whole;
        }
        List<String> parts = new ArrayList<>();
        Matcher m = LETTERS_DIGITS.matcher(word);
        while (m.find()) {
            parts.addAll(Terms.of(m.group()));
        }
        return parts.isEmpty() ? whole : parts;
    }

    /**
     * Whether {@code word}, after {@code previous}, negates a state the next word names ("not happy", "isn't fair",
     * "never paid"), not an action ("don't lock", "does not appear", whose prefixed forms reverse it: "unlock").
     */
    private static boolean negatesState(String previous, String word) {
        String w = spelt(word);
        if (w.equals("not") || w.equals("never")) {
            return !DOES.matcher(spelt(previous)).matches();
        }
        return w.endsWith("n't") && !DOES.matcher(w).matches();
    }

    /** A word in lower case with a straight apostrophe, a chat spelling written out ("isnt" → "isn't"). */
    private static String spelt(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return Lexicon.CHAT_ABBREVIATIONS.getOrDefault(w, w);
    }

    /**
     * "the pics in the post", "who wrote this artcle": a noun for a text ("post", "article") after "the", "this" or
     * "that", where no document uses it, names the document being asked about, not a topic. Where the documents
     * use it, or after "a" ("can I edit a post"), it is a word like any other.
     */
    private static boolean namesTheSource(String word, String text, int at, Vocabulary vocabulary) {
        return Lexicon.SOURCE_NOUNS.contains(word) && !vocabulary.hasWord(word)
                && DEFINITE_END.matcher(text).region(Math.max(0, at - DEFINITE_REACH), at).useTransparentBounds(true)
                .find();
    }

    /**
     * The content terms of {@code text} not in {@code seen} (which grows); the corrected text goes to {@code corrected},
     * and to {@code typed} the same text with the asker's own word wherever a correction only changed its form
     * ("deadline" where the documents write "deadlines") or spelt out an initialism ("CASC"): the question's type is
     * read from the asker's frame ("what's the deadline", "can u recommend"), the search from the documents' words.
     * Words of {@code asking}, like the asking words, weigh {@link #ASKING_WEIGHT}.
     */
    private static List<QueryTerm> terms(String text, Vocabulary vocabulary, StringBuilder corrected,
                                         StringBuilder typed, Set<String> seen, Set<String> asking) {
        List<QueryTerm> out = new ArrayList<>();
        BitSet framing = framing(text, vocabulary);
        int passages = Math.max(1, vocabulary.passages());
        Set<String> authors = vocabulary.authorStems();
        Matcher m = WORD.matcher(text);
        int last = 0;
        int run = -1;
        int first = out.size();
        Matcher dotted = DOTTED.matcher(text);
        Matcher grouped = GROUPED.matcher(text);
        // in a question typed in capitals ("CAN I BRING MY CAT?") a word in capitals says nothing of initials
        boolean shouted = text.codePoints().filter(Character::isUpperCase).count()
                > text.codePoints().filter(Character::isLowerCase).count();
        boolean afterNegation = false;
        String previous = "";
        while (m.find()) {
            boolean broken = PHRASE_BREAK.matcher(text.substring(last, m.start())).find();
            boolean negated = afterNegation && !broken; // "No, paid members only?" negates nothing
            afterNegation = negatesState(previous, m.group());
            previous = m.group();
            if (broken) {
                run = -1;
            }
            int start = m.start();
            int end = m.end();
            corrected.append(text, last, start);
            typed.append(text, last, start);
            if (dotted.region(start, text.length()).lookingAt()
                    && vocabulary.hasWord(dotted.group().toLowerCase(Locale.ROOT))) {
                end = dotted.end();
                m.region(end, text.length()); // the next word starts after the joined one
            } else if (grouped.region(start, text.length()).lookingAt() && (vocabulary.hasWord(grouped.group())
                    || vocabulary.hasWord(grouped.group().replace(",", "")))) {
                // "5,000" as one figure where the documents hold it so or as "5000"; "101,102" stays two rules
                end = grouped.end();
                m.region(end, text.length());
            }
            last = end;
            String asked = text.substring(start, end);
            boolean capital = start > 0 && Character.isUpperCase(asked.codePointAt(0));
            String lower = Terms.words(asked).stream().findFirst().orElse(asked.toLowerCase(Locale.ROOT));
            // only a word with a bare reading ("min") needs to know whether a figure stands before it
            boolean afterFigure = !Lexicon.BARE_UNIT_ABBREVIATIONS.containsKey(lower)
                    || FIGURE_BEFORE.matcher(text).region(0, start).find();
            String expanded = heldFigure(expand(lower, vocabulary, afterFigure), vocabulary);
            // "PR" in capitals is a pull request, no name; a capitalised "Max" may be one still
            boolean name = capital && (expanded.equals(lower) || !CAPITALS.matcher(asked).matches());
            // a word the documents hold ("working") is no typo of a function word ("wording")
            // nor is a real word ("three", "staff") a typo of one ("there", "stuff")
            String word = !expanded.equals(lower) || vocabulary.hasWord(expanded) ? expanded
                    : StopWordTypos.fix(expanded, vocabulary.isEnglishWord(expanded));
            // "dm" read as "message" where the documents write both: a sentence saying "DM" holds it too
            List<String> abbreviation = word.equals(lower) || !vocabulary.hasWord(lower) ? List.of() : Terms.of(lower);
            boolean fixed = false;
            boolean place = false;
            boolean meaning = false;
            // an expansion of several words is the lexicon's, no typo or initialism ("pull request")
            // "not happy" where the documents say "unhappy": their word holds it, so it is no typo to correct
            String opposite = negated && word.equals(lower) ? vocabulary.negatedForm(word) : null;
            boolean unknown = !word.contains(" ") && !Terms.isStopWord(word) && !vocabulary.hasWord(word)
                    && opposite == null;
            String initialism = unknown ? vocabulary.initialism(word, !shouted && CAPITALS.matcher(asked).matches())
                    : null;
            if (initialism != null) {
                // "epl" where the documents only say "Eclipse Public License" in a title
                word = initialism;
                fixed = true;
            } else if (unknown) {
                // "French" where the documents say "France": the place, not an unknown name (the text keeps "French")
                String same = Lexicon.DEMONYMS.getOrDefault(word, List.of()).stream().filter(vocabulary::hasWord)
                        .findFirst().orElse(null);
                place = same != null;
                // "licence" where the documents say "license": their spelling of the same word; "euros" their "EUR"
                String spelt = place ? null : Stream.concat(Lexicon.spellingVariants(word).stream(), currency(word))
                        .filter(v -> !Terms.isStopWord(v) && vocabulary.hasWord(v)).findFirst().orElse(null);
                // "son" where the documents say "child": the noun the family word falls under (a real word, no typo;
                // the text keeps the asker's word, as it keeps a place's); "my Mum" is no name
                String kin = place || spelt != null ? null : kin(word, vocabulary);
                meaning = kin != null;
                name &= kin == null;
                boolean held = vocabulary.holdsForm(word);
                String suggestion = place ? same : spelt != null ? spelt : kin != null ? kin : typo(word, held, vocabulary);
                if (suggestion == null && !held && (!name || shouted) && !framing.get(start)) {
                    // "kids" where the documents say "children": their word for the same thing (never a name's, but
                    // any word of a question in capitals); the text keeps the asker's word, as it keeps a place's
                    suggestion = vocabulary.sameMeaning(word);
                    meaning = suggestion != null;
                }
                if (suggestion != null) {
                    word = suggestion;
                    fixed = true;
                }
            }
            String read = word.equals(lower) || place || meaning ? asked : word;
            corrected.append(read);
            // the type reads the asker's initialism too: "whats the club's CASC registration number" asks for a number
            // whatever words the documents spell it out in
            typed.append(fixed && (initialism != null || Terms.of(word).equals(Terms.of(lower))) ? asked : read);
            boolean opener = Lexicon.DETERMINERS.contains(word) || Lexicon.PHRASE_OPENERS.contains(word);
            boolean focus = !opener && run >= 0 && run < MAX_FOCUS_RUN && !Terms.isStopWord(word);
            run = opener || asked.endsWith("'s") || asked.endsWith("’s") ? 0 : focus ? run + 1 : -1;
            if (framing.get(start) || namesTheSource(word, text, start, vocabulary)) {
                continue;
            }
            boolean asks = Lexicon.ASKING_WORDS.contains(word) || asking.contains(word);
            List<String> stems = stems(word, vocabulary);
            String alias = stems.size() == 1 && abbreviation.size() == 1 && !abbreviation.equals(stems)
                    ? abbreviation.get(0) : null;
            if (opposite != null && stems.size() == 1) {
                alias = opposite;
            }
            for (String stem : stems) {
                if (out.size() >= MAX_TERMS || !seen.add(stem)) {
                    continue;
                }
                int held = vocabulary.docFreq(stem);
                // a word the documents only hold in its negated form ("unhappy") is as rare as that form
                int df = Math.min(held == 0 && alias != null ? vocabulary.docFreq(alias) : held, passages);
                float idf = (float) Math.log(1 + (passages - df + 0.5) / (df + 0.5));
                boolean figure = Figures.isFigure(stem) || Figures.isFigure(word); // "10pm": "10" and "pm"
                // "my mate" where the documents never speak of friends: who the story is about, not what is asked
                boolean story = df == 0 && ownPerson(lower, text, start, end);
                float discount = asks || figure || story || authors.contains(stem) ? ASKING_WEIGHT : 1f;
                out.add(new QueryTerm(word, lower, stem, idf, discount, df > 0, fixed, name, focus, alias, meaning,
                        story));
            }
        }
        corrected.append(text, last, text.length());
        typed.append(text, last, text.length());
        if (out.subList(first, out.size()).stream().noneMatch(QueryTerm::focus)) {
            out.replaceAll(t -> new QueryTerm(t.word(), t.asked(), t.stem(), t.idf(), t.discount(), t.known(),
                    t.corrected(), t.name(), true, t.alias(), t.meaning(), t.story()));
        }
        return out;
    }
}
