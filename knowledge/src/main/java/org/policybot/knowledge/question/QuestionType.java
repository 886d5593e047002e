package org.policybot.knowledge.question;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.text.AnswerKind;

/**
 * What kind of answer a question invites, read from how it opens (or how a coordinated part of it
 * opens: "…, and how long do they keep it?"): it decides the kind of thing the answer should hold
 * and whether the answer may lead with Yes or No.
 */
public enum QuestionType {
    YES_NO(AnswerKind.ANY),
    COUNT(AnswerKind.FIGURE),
    /** "How much" of something, not a price ("how much paid leave do I get?", "how much of the deposit is kept?"). */
    AMOUNT(AnswerKind.AMOUNT),
    PRICE(AnswerKind.AMOUNT),
    FREQUENCY(AnswerKind.FREQUENCY),
    DURATION(AnswerKind.DURATION),
    WHEN(AnswerKind.TIME),
    OCCASION(AnswerKind.CALENDAR_DATE),
    TIME_OF_DAY(AnswerKind.TIME_OF_DAY),
    WHO(AnswerKind.AGENT),
    WHERE(AnswerKind.PLACE),
    EMAIL(AnswerKind.EMAIL),
    IDENTIFIER(AnswerKind.IDENTIFIER),
    WEB(AnswerKind.WEB_ADDRESS),
    VERSION(AnswerKind.VERSION),
    /** A physical measure: "how deep is the pool?", "what's the weight limit for bags?". */
    MEASURE(AnswerKind.MEASURE),
    WHY(AnswerKind.ANY),
    HOW(AnswerKind.ANY),
    /**
     * A request for a recommendation, made to the bot or the community ("can u recommend a good wetsuit?",
     * "which insurance do you recommend?"): only a sentence that recommends answers it, not one that names the thing.
     */
    RECOMMEND(AnswerKind.ANY),
    OTHER(AnswerKind.ANY);

    private final AnswerKind expects;

    QuestionType(AnswerKind expects) {
        this.expects = expects;
    }

    /** The kind of thing an answer to such a question holds. */
    public AnswerKind expects() {
        return expects;
    }

    /**
     * Whether only an amount of money answers it ({@link AnswerKind#MONEY}): a price asked ("how much does it
     * cost?"). Its answer is looked for as an amount (a figure, or no charge) in the best sentence, as any "how much",
     * and the answer as a whole must hold money.
     */
    public boolean asksMoney() {
        return this == PRICE;
    }

    /** Fillers read before a question, set by hand: members open with two or three at most ("ok so hi all,"). */
    static final int FILLERS_MAX = 16;
    /**
     * Greetings and fillers before the question proper ("ok so", "hey, quick question:", "hi all,"): a greeting with
     * the people it greets. At most {@link #FILLERS_MAX} of them: the regex engine recurses per repeat, and a message
     * of a thousand "please"s must not overflow the stack; any more stay in the question, where they do no harm.
     */
    private static final Pattern LEADING_FILLER = Pattern.compile("""
            ^(?: (?: and | but | so | ok | okay | also | then | well | please | tell\\ me
                   | quick\\ question | question | btw | um | uh | lol
                   | (?: hey | hi | hiya | hello ) (?: \\s+ (?: all | everyone | everybody | guys | folks | team | there
                                                         | mods | y'all ) )? )
                 (?: [,:!]+ | \\.{3} | … )?\\s+ ){1,FILLERS_MAX}
            """.replace("FILLERS_MAX", String.valueOf(FILLERS_MAX)), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A length of time asked for: "how long", "how soon", "how quickly", "within how many days", "how much
     * (advance) notice" (DURATION_NOUN: lexicon/duration-nouns.txt).
     */
    private static final Pattern DURATION_P = Pattern.compile("""
            \\bhow\\ (?: long | soon | quickly | fast )\\b
            | \\bhow\\ many\\ (?: seconds | minutes | hours | days | weeks | months | years )\\b
            | \\bfor\\ how\\ long\\b | \\bwhat(?:'s|s|\\ is)?\\ the\\ (?: deadline | time\\ limit | period | longest | shortest )\\b
            | \\bhow\\ much\\ (?: \\p{L}+\\ )? DURATION_NOUN \\b
            """.replace("DURATION_NOUN", Lexicon.alternation(Lexicon.DURATION_NOUNS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A figure asked for: "how many", "how much", "what percentage", "the number of", "minimum age". */
    private static final Pattern COUNT_P = Pattern.compile("""
            \\bhow\\ (?: many | much | old | big | large )\\b
            | \\bwhat\\ (?: number | percentage | share | amount | age | fee | price | cost )\\b
            | \\bwhat (?: ['’]?s | \\ is | \\ are )? \\ the\\ (?: fee | price | cost ) s?\\b (?= \\s+ (?: for | of | to | on | per | if | when | do | does | is | are | in ) \\b | \\s* [?.!,|] | \\s*$ )
                                                          # "what's the fee?", not "what's the fee waiver process?"
            | \\bnumber\\ of\\b | \\b(?: minimum | maximum | max | min )\\ (?: age | number | amount )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * An amount of money asked for: "how much" before a verb, or "what fee", in a question with a word of price
     * (PRICE_WORD): "how much does it cost", "how much do officers get paid". Only money answers it.
     */
    private static final Pattern PRICE_ASKED = Pattern.compile("""
            \\bhow\\ much (?: \\ (?: does | do | did | is | are | r | was | were | will | would | for | to )\\b | 's\\b )
            | \\bwhat\\ (?: fee | price | cost )\\b
            | \\bwhat (?: ['’]?s | \\ is | \\ are )? \\ the\\ (?: fee | price | cost ) s?\\b (?= \\s+ (?: for | of | to | on | per | if | when | do | does | is | are | in ) \\b | \\s* [?.!,|] | \\s*$ )   # "what's the fee?"
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A word of price anywhere in the question (lexicon/price-words.txt). With "how much" and a verb after it
     * (PRICE_ASKED) it asks a price; "how much paid leave", "how much of the deposit" count other things.
     */
    private static final Pattern PRICE_WORD = Pattern.compile("\\b" + Lexicon.alternation(Lexicon.PRICE_WORDS) + "\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * "How much" with a form of "be" and a determiner after it: "how much is a private lesson", "how much are the
     * lockers", "how much is it". What "is" so much is a thing, and a thing's "how much" is its price, with or without
     * a word of price ({@link #PRICE_WORD}); not a length of time named within two words after the determiner ("how
     * much is the (minimum) notice period": DURATION_NOUN, lexicon/duration-nouns.txt), nor a participle ("how much
     * is allowed", "how much is needed"), which has no determiner after "is". DETERMINER: lexicon/determiners.txt.
     */
    private static final Pattern PRICE_BE = Pattern.compile("""
            \\bhow\\ much (?: \\ (?: is | are | r | was | were ) | ['’]s ) \\ (?: it\\b | DETERMINER \\ )
                (?! (?: \\p{L}+\\ ){0,2} DURATION_NOUN \\b )
            """.replace("DETERMINER", Lexicon.alternation(Lexicon.DETERMINERS))
            .replace("DURATION_NOUN", Lexicon.alternation(Lexicon.DURATION_NOUNS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * "How much", an amount of anything, which "free", "nothing" or "in full" answers as well as a figure does; a
     * "how many" counts.
     */
    private static final Pattern HOW_MUCH = Pattern.compile("\\bhow\\s+much\\b", Pattern.CASE_INSENSITIVE);
    /** How often something happens: "how often", "how frequently", "how many times a year". */
    private static final Pattern FREQUENCY_P = Pattern.compile("""
            \\bhow\\ (?: often | frequently | regularly )\\b | \\bhow\\ many\\ times\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A point in time asked for, by a part that opens with "when" or asks "what date". "when may…"
     * asks for conditions, which any sentence can give; "what happens when…" asks what happens; "when"
     * before a subject, a determiner or a verb in -ing opens a clause of condition ("when they evaluate
     * other languages, are they…"; SUBJECT: lexicon/clause-subjects.txt and determiners.txt).
     */
    private static final Pattern WHEN_P = Pattern.compile("""
            (?:^|\\|\\ )when\\b(?!\\ (?: may | can | could | should | must | might | shall | is\\ it | SUBJECT
                                      | \\p{L}+ing )\\b)
            | \\bwhat\\ (?: year | date | day | month | time )s?\\b | \\bwhich\\ (?: year | date | day | month )s?\\b
            | \\bwhat(?:'s|s|\\ is)?\\ the\\ (?: \\p{L}+\\ )? date\\b                    # "what's the cutoff date"
            """.replace("SUBJECT", Lexicon.alternation(union(Lexicon.CLAUSE_SUBJECTS, Lexicon.DETERMINERS))),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A time of day asked for at the start of a part: "what time does the pool close", "until what time", "what
     * hours" (and "opening hours" anywhere: OPENING_HOURS). Only a clock time answers it: a rule of when in the year
     * ("from October to April") does not. "What time zone", "what time of year", "what time off" ask other things.
     */
    private static final Pattern TIME_OF_DAY_P = Pattern.compile("""
            \\bwhat\\ times?\\b (?!\\ (?: zones? | of\\ (?: the\\ )? (?: year | month ) | frames? | limits? | periods?
                                     | off | commitments? )\\b)
            | \\bwhat\\ hours\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** Opening hours asked for anywhere in the question ("what are the gym's opening hours?"). */
    private static final Pattern OPENING_HOURS = Pattern.compile("\\bopening\\ (?: hours | times )\\b",
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * What makes "what time" or "what hours" ask for something else: a deadline (a date answers it), overtime, a
     * rate of hours ("what hours do volunteers work per week?"; UNIT: lexicon/time-units.txt).
     */
    private static final Pattern NOT_A_TIME_OF_DAY = Pattern.compile("""
            \\b(?: deadline | overtime | (?: per | a | an | each | every ) \\s+ UNIT )\\b
            """.replace("UNIT", Lexicon.alternation(Lexicon.TIME_UNITS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * The date of one particular occasion, in the words of a part that asks "when" (WHEN_P): "when is the next
     * AGM?", "what date is the dinner this year?", "what day does the council meet?", "what year did it start?". A
     * policy that says how often or by when a thing happens has not said when the next one is, on what day or in
     * what year; a date, a month or a weekday does. "The next of kin" and "the next step" are no occasion.
     */
    private static final Pattern OCCASION_P = Pattern.compile("""
            \\bnext\\b (?! [\\s-]+ (?: of [\\s-]+ kin | steps? | stages? ) \\b ) | \\b(?: upcoming | this\\ years? )\\b
            | \\b(?: what | which )\\ (?: (?: day | date )s? | year )\\b   # "what day does the council meet?", "what
                                                                    # year did version 3 come out?" (not "which years",
                                                                    # a span)
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A part opening with "which" or "who", up to a "how" inside it (group 1). */
    private static final Pattern WHICH_OR_WHO = Pattern.compile("((?:which|who|whom|whose)\\b.*?)\\bhow\\b",
            Pattern.CASE_INSENSITIVE);
    /** A person or body asked for, by a part that opens with "who" or asks "which person". */
    private static final Pattern WHO_P = Pattern.compile("""
            (?:^|\\|\\ )who(?:m|se)?\\b
            | \\b(?: which | what )\\ (?: person | people | team | body | group | committee | role )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A place asked for, by a part that opens with "where" or asks "which country". */
    private static final Pattern WHERE_P = Pattern.compile("""
            (?:^|\\|\\ )where\\b
            | \\b(?: which | what )\\ (?: country | countries | city | cities | place | places | address )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A part that opens with "what" or "which" and names what it asks for after at most MOST words ("what's the
     * security email", "what is Git's US trademark registration number"): THING is the noun asked for.
     */
    private static final String ASKS_FOR = """
            (?:^|\\|\\ ) (?: what | which ) (?: 's | s | ’s | \\ is | \\ are | \\ was )? \\ (?: [\\p{L}'’.-]+\\ ){0,MOST}?
                THING
            """;
    /**
     * After a noun asked for: the end of the part, a function word or a pronoun, so that a compound ("what's the
     * email policy?", "what are the website rules?") asks for something else.
     */
    private static final String NOUN_ENDS = """
            (?= \\ ?(?: $ | [?!.,|] ) | \\ (?: to | for | of | do | does | did | should | can | could | would | will | i
                  | we | you | they | is | are | that | if | when | where )\\b )
            """;
    /**
     * A physical measure asked for: "how" before an adjective of measure ("how deep", "how hot"; ADJECTIVE:
     * lexicon/measure-adjectives.txt); or "what" and at most two words before a noun of measure that ends the noun
     * ("what are the dimensions of…", "what's the weight limit", "what temperature is the pool"; NOUN:
     * lexicon/measure-nouns.txt; NOUN_ENDS as for an e-mail asked, a limit allowed: not "what if the temperature
     * drops…").
     */
    private static final Pattern MEASURE_P = Pattern.compile("""
            \\bhow\\ (?<adjective> ADJECTIVE ) \\b
            | \\bwhat (?: ['’]?s | \\ is | \\ are )? \\ (?! if\\b ) (?: [\\p{L}'’-]+\\ ){0,2}? (?<noun> NOUN ) \\b
                (?: \\ (?: limit | restriction | requirement ) s? \\b )? NOUN_ENDS  # "the weight limit"
            """.replace("ADJECTIVE", Lexicon.alternation(Lexicon.MEASURE_ADJECTIVES.keySet()))
            .replace("NOUN_ENDS", NOUN_ENDS)
            .replace("NOUN", Lexicon.alternation(Lexicon.MEASURE_NOUNS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /** An e-mail address asked for ("which email address do I write to?"). */
    private static final Pattern EMAIL_P = Pattern.compile(ASKS_FOR.replace("MOST", "3")
            .replace("THING", "e-?mail (?: \\ address (?:es)? )?") + NOUN_ENDS, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A number that identifies asked for: a phone, registration, tax… number or "no." (IDENTIFIER:
     * lexicon/identifier-nouns.txt), one named without "number" ("the sort code": lexicon/identifier-names.txt),
     * or "the number" to call, not "the number of" anything (a count).
     */
    private static final Pattern IDENTIFIER_P = Pattern.compile(ASKS_FOR.replace("MOST", "4").replace("THING", """
            (?: IDENTIFIER \\ (?: id\\ )?
                  (?: (?: number | id )\\b | no (?: \\. | \\b (?= \\s* (?: \\d | $ | [?!.,|] ) ) ) )  # not "no longer"
              | NAMED (?: \\ details )? NOUN_ENDS
              | (?<= the\\ ) number \\b (?!\\ of\\b) )
            """.replace("IDENTIFIER", Lexicon.alternation(Lexicon.IDENTIFIER_NOUNS))
            .replace("NAMED", Lexicon.alternation(Lexicon.IDENTIFIER_NAMES)).replace("NOUN_ENDS", NOUN_ENDS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A web address asked for ("what's the url of the forum?", "whats the link to the appeal form"). */
    private static final Pattern WEB_P = Pattern.compile(ASKS_FOR.replace("MOST", "3").replace("THING", """
            (?: url | website | web\\ ?site | web\\ address | web\\ ?page | homepage | site | link ) s?
            """) + NOUN_ENDS, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** Versions or releases asked for ("which Django versions get security fixes?", "what release is current?"). */
    private static final Pattern VERSION_P = Pattern.compile(ASKS_FOR.replace("MOST", "3").replace("THING", """
            (?: versions? | releases? | release\\ series ) \\b (?! - )
            """), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A recommendation asked of whoever reads: "can u / could anyone / would someone recommend", "do you recommend",
     * "what would you recommend", or the bare imperative "recommend me…" / "recommend a…" at the start. "what do
     * they recommend" asks what the documents say and is read as any other question.
     */
    private static final Pattern RECOMMEND_P = Pattern.compile("""
            \\b (?: can | could | would | will | do | does ) \\s+ (?: u | you | ya | anyone | any\\ one | someone | somebody
                  | anybody ) \\s+ (?: (?: pls | please | maybe ) \\s+ )? recommend \\b
            | \\bwhat \\s+ (?: would | do ) \\s+ (?: u | you ) \\s+ recommend \\b
            | ^ (?: pls \\s+ | please \\s+ )? recommend \\s+ (?: me | us | a | an | some | any ) \\b
            | \\bany \\s+ recommendations \\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    private static final Pattern HOW_P = Pattern.compile("""
            ^how\\ (?: do | does | can | could | should | would | may | to | is | are )\\b | \\bwhat\\ (?: steps | process )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Where a coordinated question starts: a comma, "and", "or", a semicolon, a question mark, or the end
     * of a sentence before it ("My points were cancelled. How long do I have to appeal?").
     */
    private static final Pattern COORDINATION = Pattern.compile("(?:,|\\band\\b|\\bor\\b|[;?]|[.!](?=\\s))\\s*",
            Pattern.CASE_INSENSITIVE);
    /** Words of a part read for its kind: the kind is asked at the start, not deep in a clause. */
    private static final int LEAD_WORDS = 5;
    /**
     * Words of a part read for an occasion (OCCASION_P), set by hand: "when is the annual dinner this year" names
     * it in its 6th and 7th words; in "when do I get paid if I start next month", "next" (the 9th) dates the asker's
     * start, not the occasion asked about.
     */
    static final int OCCASION_WORDS = 8;

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The question without the greetings and fillers before it. */
    static String withoutFiller(String question) {
        return LEADING_FILLER.matcher(question.strip()).replaceFirst("");
    }

    /** The question's type; a curly apostrophe, as phones type it, reads as a straight one ("what’s the deadline?"). */
    public static QuestionType of(String question) {
        String q = withoutFiller(question.replace('’', '\''));
        String asks = parts(q, LEAD_WORDS);
        if (RECOMMEND_P.matcher(COORDINATION.split(q, 2)[0]).find()) {
            return RECOMMEND;
        }
        String measures = measures(q);
        if (DURATION_P.matcher(measures).find()) {
            return DURATION;
        }
        if (FREQUENCY_P.matcher(measures).find()) {
            return FREQUENCY;
        }
        if (COUNT_P.matcher(measures).find()) {
            return PRICE_ASKED.matcher(asks).find() && PRICE_WORD.matcher(q).find()
                    || PRICE_BE.matcher(parts(q, Integer.MAX_VALUE)).find() ? PRICE
                    : HOW_MUCH.matcher(asks).find() ? AMOUNT : COUNT;
        }
        String parts = parts(q, Integer.MAX_VALUE);
        if (EMAIL_P.matcher(parts).find()) {
            return EMAIL;
        }
        if (IDENTIFIER_P.matcher(parts).find()) {
            return IDENTIFIER;
        }
        if (WEB_P.matcher(parts).find()) {
            return WEB;
        }
        if ((TIME_OF_DAY_P.matcher(asks).find() || OPENING_HOURS.matcher(q).find())
                && !NOT_A_TIME_OF_DAY.matcher(q).find()) {
            return TIME_OF_DAY;
        }
        if (WHEN_P.matcher(asks).find()) {
            return OCCASION_P.matcher(parts(q, OCCASION_WORDS)).find() ? OCCASION : WHEN;
        }
        if (WHO_P.matcher(asks).find()) {
            return WHO;
        }
        if (WHERE_P.matcher(asks).find()) {
            return WHERE;
        }
        if (MEASURE_P.matcher(measures).find()) {
            return MEASURE; // after a place or a time asked: "where is the deep end and how deep is it?" asks a place
        }
        if (VERSION_P.matcher(parts).find()) {
            return VERSION;
        }
        String first = q.split("[\\s,?!.]+", 2)[0].toLowerCase(Locale.ROOT).replace('’', '\'');
        if (Lexicon.AUXILIARIES.contains(first)) {
            return YES_NO;
        }
        if (first.equals("why")) {
            return WHY;
        }
        if (HOW_P.matcher(q).find()) {
            return HOW;
        }
        return OTHER;
    }

    /**
     * The dimension of the physical measure a question asks for ("length" for "how deep is the pool?", "mass" for
     * "what's the weight limit?": lexicon/measure-adjectives.txt, measure-nouns.txt), or null when it asks none.
     */
    public static String measure(String question) {
        Matcher m = MEASURE_P.matcher(measures(withoutFiller(question.replace('’', '\''))));
        if (!m.find()) {
            return null;
        }
        return m.group("adjective") != null ? Lexicon.MEASURE_ADJECTIVES.get(m.group("adjective").toLowerCase(Locale.ROOT))
                : Lexicon.MEASURE_NOUNS.get(m.group("noun").toLowerCase(Locale.ROOT));
    }

    /**
     * The lead words of each part as {@link #parts} gives them, where a part that opens by asking which thing or who
     * ("which directive limits how long a client may take", "who decides how much history is rewritten") stops
     * before its "how": the measure after it is what the part asks about, not what it asks for.
     */
    private static String measures(String q) {
        StringBuilder b = new StringBuilder();
        for (String part : COORDINATION.split(q)) {
            Matcher which = WHICH_OR_WHO.matcher(part.strip());
            b.append(parts(which.lookingAt() ? which.group(1) : part, LEAD_WORDS));
        }
        return b.toString();
    }

    /** The first {@code words} words of the question and of each coordinated part, joined by " | ". */
    private static String parts(String q, int words) {
        StringBuilder b = new StringBuilder();
        for (String part : COORDINATION.split(q)) {
            String[] all = part.strip().split("\\s+");
            b.append(String.join(" ", java.util.Arrays.copyOf(all, Math.min(words, all.length)))).append(" | ");
        }
        return b.toString();
    }
}
