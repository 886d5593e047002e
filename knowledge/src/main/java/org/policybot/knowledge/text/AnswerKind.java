package org.policybot.knowledge.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * The kinds of thing a question can ask for, and whether a sentence holds one: general shapes of
 * English text, never a document's own words. A question's type names the kind it expects
 * (question/QuestionType); the decision reads whether the candidate sentences hold it.
 */
public enum AnswerKind {
    /** No particular kind is asked for ("what is…", "can I…"). */
    ANY,
    /** A figure: digits or a number word ("how many"). */
    FIGURE,
    /**
     * An amount ("how much", a price): a figure, or what {@link #MONEY} finds without one: no charge at all ("free",
     * "no fee", "nothing"), a share ("in full", "half price").
     */
    AMOUNT,
    /** How often ("how often"): "every two years", "each month", "twice a year", "annually", "once a week". */
    FREQUENCY,
    /** A length of time ("how long"): a figure with a unit of time, or a word for a time limit. */
    DURATION,
    /** A point in time ("when"): a year, a date, a month or weekday, or a time relative to an event. */
    TIME,
    /**
     * The date of a particular occasion ("when is the next AGM?"): a year, a date, a month or weekday, or a day of
     * the month ("the 28th"), a season; not a time relative to an event ("within six months after the year end").
     */
    CALENDAR_DATE,
    /** A time of day ("what time", "what hours"): a clock time ("8 pm", "23:00", "noon", "sunset"). */
    TIME_OF_DAY,
    /**
     * An amount of money (a price asked, {@code QuestionType.PRICE}): a figure with a currency sign, name or code,
     * a figure under a price's label ("Price: 15.00"), a share ("50%", "half price"), or no charge at all ("free",
     * "no fee", "included", "unpaid", "not charged", "exempt from paying").
     */
    MONEY,
    /** A person or a body ("who"): a capitalised name, or an agent noun with its determiner. */
    AGENT,
    /** A place or an address ("where"): a capitalised name after a place preposition, an address or a link. */
    PLACE,
    /** An e-mail address ("what's the email to report a bug?"): name@domain. */
    EMAIL,
    /**
     * A number that identifies something ("what's the phone number?", "the VAT registration number"): at least
     * {@value #IDENTIFIER_DIGITS} digits in one run.
     */
    IDENTIFIER,
    /** A web address ("what's the url of the forum?"): a link, "www.", or a domain name. */
    WEB_ADDRESS,
    /**
     * A version ("which versions get security fixes?"): a version number ("2.1", "v5", "4.x"), "version 3", a
     * count of the latest ones ("the two most recent release series"), or "any later version".
     */
    VERSION,
    /**
     * A physical measure ("how deep is the pool?", "what's the weight limit?"): a figure with a unit of measure
     * ("1.2 metres", "30cm", "23 kg", "28°C", "12 miles"; lexicon/measure-units.txt).
     */
    MEASURE;

    /**
     * Digits a number that identifies has at least (set by hand: a phone number has 7 or more, a registration,
     * tax or trademark number 6 or more; a year or a price has 4 or fewer, so they do not count).
     */
    static final int IDENTIFIER_DIGITS = 5;
    /**
     * Digits an identifier's match reads at most (set by hand, above any phone or registration number): the regex
     * engine recurses once a repeated digit, so an unbounded run of thousands of digits in a document would overflow
     * the stack; a longer run still matches its first digits.
     */
    static final int IDENTIFIER_MOST_DIGITS = 64;
    /** An e-mail address, also a mailbox at a domain ("security@example.org"). */
    private static final Pattern EMAIL_SHAPE = Pattern.compile("[\\w.+-]+@[\\w-]+\\.[\\w.-]+");
    /**
     * A number that identifies: {@value #IDENTIFIER_DIGITS} or more digits in one run, groups of them joined by
     * one space, dot, comma, hyphen or slash ("+44 20 7946 0958", "4,680,754"), perhaps after a "+".
     */
    private static final Pattern IDENTIFIER_SHAPE = Pattern.compile("""
            \\+? \\d (?: [\\s.,/-]? \\d ){LESS_ONE,MOST}
            """.replace("LESS_ONE", Integer.toString(IDENTIFIER_DIGITS - 1))
            .replace("MOST", Integer.toString(IDENTIFIER_MOST_DIGITS)), Pattern.COMMENTS);

    /** Words that give a time limit without a figure. */
    private static final Pattern TIME_LIMIT = Pattern.compile("""
            \\b(?: immediately | indefinitely | permanently | promptly | forever
                 | until | as\\ long\\ as | as\\ soon\\ as | without\\ delay )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A time relative to an event or a period: "after the meeting", "each year", "annually". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("""
            \\b(?: before | after | during | within | once | whenever | upon | until | prior\\ to
                 | annually | monthly | weekly | daily | yearly | each\\ (?:year|month|week|day) | every\\ \\p{L}+ )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A rate of recurrence: an adverb of frequency; "every", "each", "per", "once a", "twice a", "N times a" or "N
     * times in a" before a unit of time, perhaps after a figure or "other" and a qualifier ("every 2 years", "every
     * other month", "once per calendar month", "twice in any 12-month period"; UNIT: lexicon/time-units.txt,
     * QUALIFIER: lexicon/unit-qualifiers.txt) or before a season ("every other summer"; SEASON: lexicon/seasons.txt);
     * "per", "once a" or "N times in a" before a period of the calendar ending a clause ("three times in a season",
     * "twice per term and…"; PERIOD: lexicon/calendar-periods.txt; not "each term of this Licence" nor "per season
     * ticket"); "every" or "each" before a weekday or a capitalised month ("every Tuesday", "every September", not
     * "each may vote"; WEEKDAY, MONTH: lexicon/weekdays.txt, months.txt); "annual", "biennial"; two days of the year
     * or more after "on" ("changed on 1 April and 1 October": every year on each); or "once" or "twice" closing a
     * clause ("rewound once, but…"; not "once you join", where it means "when").
     */
    private static final Pattern RECURRENCE = Pattern.compile("""
            \\b(?: annually | monthly | weekly | daily | yearly | quarterly | hourly | fortnightly | biannually
                 | biennially )\\b
            | \\b(?: every | each | per | TIMES )
              \\s+ (?: (?: \\d+ | other | NUMBER ) [\\s-]+ )? (?: QUALIFIER \\s+ )? (?: UNIT | SEASON s? )\\b
            | \\b(?: per | TIMES ) \\s+ PERIOD \\b                                  # "three times in a season"
              (?= \\s* (?: [,;:.!?)] | $ ) | \\s+ (?: and | or | but | in | at | on | during | until | unless | if | when
                                                 | with | for | from | by )\\b )
            | \\b(?: every | each ) \\s+ (?: other\\s+ )? (?: WEEKDAY s? | (?= (?-i: \\p{Lu} \\p{Ll} ) ) MONTH )\\b
            | (?<= [\\p{L},]\\s ) (?<! \\b(?: at | for )\\s ) \\b MULTIPLICATIVE
              (?= \\s* (?: [,;.)] | $ ) | \\s+ (?: only | but | and )\\b ) (?! \\s+ and \\s+ for \\s+ all\\b )
                                                                            # "rewound once, but…", "only twice."; not
                                                                            # "at once" (immediately), "for once", "once
                                                                            # and for all", nor "Once," opening a sentence
            | \\b(?: annual | biennial )\\b (?! \\s+ leave\\b )                    # "an annual general meeting", not
                                                                            # "annual leave", a holiday entitlement
            | \\bon\\ (?: the\\ )? DAY_OF_YEAR (?: ,\\ DAY_OF_YEAR )* ,?\\ and\\ DAY_OF_YEAR   # "on 1 April and 1 October",
              (?! ,? \\s* \\d{4} )                                                    # not of one year
            """.replace("DAY_OF_YEAR", "(?: \\d{1,2} (?:st|nd|rd|th)? \\ (?:of\\ )? MONTH | MONTH \\ \\d{1,2} (?:st|nd|rd|th)? )\\b")
            .replace("TIMES", "(?: MULTIPLICATIVE | times ) \\s+ (?: a | an | in\\ (?: a | an | any | each | every | the ) )")
            .replace("MULTIPLICATIVE", Lexicon.alternation(Lexicon.MULTIPLICATIVES))
            .replace("UNIT", Lexicon.alternation(Lexicon.TIME_UNITS.keySet()))
            .replace("SEASON", Lexicon.alternation(Lexicon.SEASONS))
            .replace("PERIOD", Lexicon.alternation(Lexicon.CALENDAR_PERIODS))
            .replace("QUALIFIER", Lexicon.alternation(Lexicon.UNIT_QUALIFIERS))
            .replace("WEEKDAY", Lexicon.alternation(Lexicon.WEEKDAYS))
            .replace("MONTH", Lexicon.alternation(Lexicon.MONTHS))
            .replace("NUMBER", Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A web address: a link with its scheme, a name after "www.", or a lower-case domain name of two or more
     * labels ending in two to six letters ("weblate.example.org", "example.org/appeals").
     */
    private static final Pattern WEB_SHAPE = Pattern.compile("""
            \\bhttps?://\\S+ | \\bwww\\.[\\w-]+\\.\\S+
            | (?<![\\w@.-]) [a-z0-9][a-z0-9-]+ (?: \\.[a-z0-9-]{2,} )* \\.[a-z]{2,6} \\b (?! [@-] )
            """, Pattern.COMMENTS);
    /**
     * A version: dotted numbers or "N.x", a numbering scheme of three parts with letters standing for numbers ("3.N.0",
     * "x.y.z", "X.Y.1"), "v" and a number, "version(s)" or "release" before a number, a count
     * of the latest ones (NUMBER: lexicon/number-words.txt), or "any (later) version" as licences say. A clause
     * number or a decimal ("3.2", "99.9") passes too: the check errs towards answering.
     */
    private static final Pattern VERSION_SHAPE = Pattern.compile("""
            \\b\\d+ (?: \\.(?:\\d+|x) )+ \\b | \\bv\\d+ \\b
            | \\b (?: \\d+ | [mnxyz] ) (?: \\. (?: \\d+ | [mnxyz] ) ){2,} \\b      # "3.N.0", "x.y.z"
            | \\b(?: versions? | releases? ) \\s+ \\d
            | \\b(?: \\d+ | NUMBER ) \\s+ (?: most\\ recent | latest | newest | last ) \\b
            | \\b(?: any | every | all ) \\s+ (?: later \\s+ )? versions? \\b
            """.replace("NUMBER", Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet())),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A numeric date's digits and separators, its year of four digits first or of two or four last (2024-09-12,
     * 12/09/2024, 12.09.24); "clause 4.2.1" is none.
     */
    private static final String NUMERIC_DATE_TEXT = "(?:\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}|\\d{1,2}[-/.]\\d{1,2}[-/.](?:\\d{4}|\\d{2}))";
    /** A year (1900-2099) or a numeric date (2024-09-12, 12/09/2024). */
    private static final Pattern DATE = Pattern.compile("""
            \\b(?:19|20)\\d\\d\\b              # a year
            | \\bNUMERIC_DATE\\b               # a numeric date
            """.replace("NUMERIC_DATE", NUMERIC_DATE_TEXT), Pattern.COMMENTS);
    /** A numeric date (2024-09-12, 12/09/2024), the whole of a word. */
    private static final Pattern NUMERIC_DATE = Pattern.compile(NUMERIC_DATE_TEXT);
    /** A capitalised word right after a figure, a space between: a month if the lexicon says so. */
    private static final Pattern MONTH_AFTER = Pattern.compile("[ \\t]+(\\p{Lu}\\p{Ll}+)\\b");
    /** A capitalised word right before a figure, a space between. */
    private static final Pattern MONTH_BEFORE = Pattern.compile("\\b(\\p{Lu}\\p{Ll}+)[ \\t]+$");
    /** A season (lexicon/seasons.txt), in any case: "the AGM is held each autumn". */
    private static final Pattern SEASON = Pattern.compile("\\b" + Lexicon.alternation(Lexicon.SEASONS) + "\\b",
            Pattern.CASE_INSENSITIVE);
    /**
     * A time of day as {@link #CLOCK} does not write it: in words ("9 o'clock", "half past six", "at sunset",
     * "24/7"), an hour and minutes without "am" or "pm" ("9.30", "06.30", "9h30"), a 24-hour time in four digits
     * ("1700hrs"), or "am"/"pm" after a no-break space or without its last dot ("11 p.m,").
     */
    private static final Pattern TIME_OF_DAY_WORDS = Pattern.compile("""
            \\b(?: o['’]?clock | half\\ past | quarter\\ (?: past | to ) | sunset | sunrise | dusk | dawn
                 | around\\ the\\ clock | close\\ of\\ business )\\b | \\b24/7\\b | \\b24\\ hours\\ a\\ day\\b
            | (?<! [\\d.,\\p{Sc}§] | (?i: OUTLINE ) s?\\s{1,2} | § \\s )
              (?: [01]?\\d | 2[0-3] ) [.h] [0-5]\\d \\b (?! \\.\\d )                  # not £4.50, clause 12.15, 3.10.2
            | (?<! [\\d.,] ) (?: [01]\\d | 2[0-3] ) [0-5]\\d \\s? (?: hrs | hours | h ) \\b
            | (?<! [\\d.,] ) \\d{1,2} (?: [:.] \\d{2} )? [\\s\\u00a0\\u202f]? (?: a | p ) \\.? m \\b
            """.replace("OUTLINE", Lexicon.alternation(Lexicon.OUTLINE_LABELS)), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A figure with a unit of physical measure (UNIT: lexicon/measure-units.txt): digits, a number word or "a"/"an",
     * then the unit after a space (a no-break one too) or a hyphen ("1.2 metres", "two miles", "23-kgs", "a mile"), a
     * unit of one letter after digits ("1.2m", "1.2 m", "500g"), or a degree sign ("28°C", "28 ºC", "28℃"); "8 x 8
     * metres" and "1.2-1.5 m" end in one. Not after a currency sign or code (three capitals): "£5m" and "USD 5m" are
     * money.
     */
    private static final Pattern MEASURE_SHAPE = Pattern.compile("""
            (?<! [\\p{L}\\p{Sc}\\d.,] ) (?<! \\b (?-i: \\p{Lu}{3} ) \\s )   # not after a currency code: "USD 5m"
            (?: \\d[\\d,]* (?: \\.\\d+ )? | (?: NUMBER | an? ) \\b )
            (?: [\\s\\u00a0\\u202f-]? (?<unit> UNIT ) \\b
              | (?<= \\d ) [\\s\\u00a0\\u202f]? (?<letter> (?-i: [mg] ) ) (?! [\\p{L}\\d] )
              | [\\s\\u00a0\\u202f]? (?<degree> [°º℃℉] ) )
            """.replace("NUMBER", Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet()))
            .replace("UNIT", Lexicon.alternation(Lexicon.MEASURE_UNITS.keySet().stream().filter(u -> u.length() > 1)
                    .collect(java.util.stream.Collectors.toSet()))), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A weekday in any case ("every monday"; lexicon/weekdays.txt). Not "weekend": "we run double points weekends
     * from time to time" says no date.
     */
    private static final Pattern DAY_WORD = Pattern.compile("\\b" + Lexicon.alternation(Lexicon.WEEKDAYS) + "s?\\b",
            Pattern.CASE_INSENSITIVE);
    /** A day of the month as an ordinal: "the 28th", "on the 1st of each month". */
    private static final Pattern DAY_OF_MONTH = Pattern.compile("\\b(?:[12]?\\d|3[01])(?:st|nd|rd|th)\\b",
            Pattern.CASE_INSENSITIVE);
    /** A time of day: "8 pm", "8:30 a.m.", "23:00", "noon", "midnight". */
    private static final Pattern CLOCK = Pattern.compile("""
            \\b\\d{1,2}(?:[:.]\\d{2})?\\s?(?:am|pm|a\\.m\\.|p\\.m\\.)(?!\\p{L})  # 8 pm, 8:30am, 8.30 p.m.
            | \\b(?:[01]?\\d|2[0-3]):[0-5]\\d\\b                      # 23:00
            | \\b(?:noon | midday | midnight)\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A clock time that ends something: after "until", "till", "to" or "by" ("until 9 pm", "09:00 to 20:00"), or after a
     * verb of ending (END: lexicon/end-words.txt; "closes at 22:00", "finishes about 9.30pm"), a preposition between.
     */
    private static final Pattern END_TIME = Pattern.compile("""
            \\b (?: until | till | til | to | by | END ) \\s+ (?: (?: at | about | around | by ) \\s+ )? CLOCK
            | CLOCK_FIGURE \\s* [-–] \\s* CLOCK                                   # 7.30-9.30 pm, 19:00–21:00
            """.replace("END", Lexicon.alternation(Lexicon.END_WORDS))
            .replace("CLOCK_FIGURE", "\\d{1,2}(?:[:.]\\d{2})?")
            .replace("CLOCK", "(?: \\d{1,2}(?:[:.]\\d{2})? \\s? (?: am | pm | a\\.m\\. | p\\.m\\. ) (?! \\p{L} )"
                    + " | (?: [01]?\\d | 2[0-3] ) : [0-5]\\d \\b | noon | midday | midnight )"),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A sum in a currency, by its symbol, code or unit (UNIT: lexicon/money-units.txt and currency-codes.txt; NUMBER:
     * lexicon/number-words.txt). A figure starts only where no digit, dot or comma stands before it, and its digits
     * are taken possessively, so that a long run of numbers ("1,1,1,…") is read once, not once from each digit.
     */
    private static final String CURRENCY_SHAPE = """
            [£$€¥₹¢₩] [\\s\\u00a0\\u202f]? \\d                                         # £12, $ 5
            | (?<! [\\d.,] ) \\d [\\d,]*+ (?: \\.\\d++ )? [\\s\\u00a0\\u202f-]?
              (?: [£$€¥₹¢₩] | (?: UNIT ) \\b )                                       # 12 pounds, 15 €, 12 GBP
            | \\b (?: NUMBER ) [\\s-] (?: UNIT ) \\b                                    # forty pounds
            | (?<! [\\d.,] ) \\d++ (?: \\.\\d++ )? p \\b                              # 50p
            | \\b (?: UNIT ) [\\s\\u00a0\\u202f]? \\d                                    # GBP 12, EUR 5,000
            """.replace("UNIT", Lexicon.alternation(Lexicon.MONEY_UNITS))
            .replace("NUMBER", Lexicon.alternation(Lexicon.NUMBER_WORDS.keySet()));
    /** A sum in a currency ({@link #CURRENCY_SHAPE}): no count of anything. */
    private static final Pattern CURRENCY = Pattern.compile(CURRENCY_SHAPE, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A time of day on the 24-hour clock that only a time has the shape of: an hour from 13 or with a leading zero
     * ("18:00", "07:34"). "1:10" and "12:10" may be a ratio or a tally as well as a time.
     */
    private static final Pattern DAY_TIME = Pattern.compile("""
            (?<! [\\d:.] ) (?: 0\\d | 1[3-9] | 2[0-3] ) : [0-5]\\d (?! [\\d:] )
            """, Pattern.COMMENTS);
    /**
     * An amount of money: a sum in a currency ({@link #CURRENCY_SHAPE}), a price stated (PRICE:
     * lexicon/price-words.txt), a share, or no charge. Errs towards money: "free" anywhere counts.
     */
    private static final Pattern MONEY_SHAPE = Pattern.compile(CURRENCY_SHAPE + """
            | \\b (?: PRICE ) \\b [^.;:]{0,30} : [\\s\\u00a0]* \\d                        # Price: 15.00
            | (?<! [\\d.,] ) \\d [\\d.]*+ [\\s\\u00a0]? (?: % | per\\ ?cent )             # 50%, 10 per cent
            | \\b (?: free | nothing | exempt | included | complimentary | waived | unpaid | gratis | at\\ cost
                   | in\\ full | half\\ (?: price | pay ) ) \\b                              # no charge, or a share
            | \\b (?: no | without ) [\\s-]+ (?: PRICE | payment ) \\b                      # no fee, no-fee
            | (?: \\bnot | n['’]t | \\bnever ) \\s+ (?: be \\s+ )? (?: PRICE | charged ) \\b     # not charged, don't pay
            """.replace("PRICE", Lexicon.alternation(Lexicon.PRICE_WORDS)), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Uses of "free" and "nothing" that name no price: "feel free to ask", "free to leave", "free from harassment",
     * "smoke-free", "Nothing in this policy…" (but "free of charge" is one), and a capitalised "Free" opening a name
     * of three words or more after "the" ("write to the Free Software Foundation").
     */
    private static final Pattern NOT_A_PRICE = Pattern.compile("""
            \\bfeel\\s+free\\b | \\bfree\\s+(?: to | from )\\b | \\bfree\\s+of\\s+(?! charge ) | -free\\b
            | \\bnothing\\s+in\\b
            | (?<= \\bthe\\s ) (?-i: Free (?= (?: \\s+ \\p{Lu}\\p{Ll}+ ){2} ) )  # a name: "the Free Software Foundation"
                                                                         # (not "Free Entry", a price in title case)
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A capitalised word not opening the sentence: a name ("the Conduct Committee", "Sam Altman"). */
    private static final Pattern NAME = Pattern.compile("""
            (?<=[\\p{L}\\d,;:()"'’]\\s)        # after a word, not at the start of the sentence
            \\p{Lu}[\\p{L}\\d'’-]+              # a capitalised word
            """, Pattern.COMMENTS);
    /**
     * Endings of English agent nouns ("moderator", "licensee", "maintainer", "applicant", "resident"), not of nouns of
     * things in "-ment" ("agreement", "payments").
     */
    private static final Pattern AGENT_ENDING = Pattern.compile("\\p{L}{2,}(?:ers?|ors?|ists?|ees?|ians?|ants?|(?<!m)ents?)$");
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'’-]*");
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");
    /**
     * A place: a capitalised name after a place preposition ("off Quay Lane", "on Discord", "In Nigeria, …"), not a
     * month, a weekday or a part of the outline ("on Mondays", "in January", "in Section 4"; CALENDAR, OUTLINE: the
     * lexicon's lists); a street address, an e-mail or web address.
     */
    private static final Pattern PLACE_SHAPE = Pattern.compile("""
            \\b(?i: in | at | to | from | across | near | on | off | behind | beside | inside | outside | opposite
                 | next\\ to | via | into | onto )\\s+(?:the\\s+)? (?! (?i: CALENDAR | OUTLINE ) s? \\b ) \\p{Lu}\\p{L}+
            | \\b\\d+\\s+\\p{Lu}\\p{L}+\\s+(?: Street | St | Road | Rd | Avenue | Ave | Lane | Square )\\b
            | [\\w.+-]+@[\\w-]+\\.[\\w.]+
            | \\bhttps?://\\S+
            """.replace("CALENDAR", Lexicon.alternation(Lexicon.CALENDAR_WORDS))
            .replace("OUTLINE", Lexicon.alternation(Lexicon.OUTLINE_LABELS)), Pattern.COMMENTS);

    /** Prepositions of motion, after which a name may as well be a person's ("report it to Jane Smith"). */
    private static final Pattern MOTION = Pattern.compile("(?:to|from|via|into|onto)\\s", Pattern.CASE_INSENSITIVE);
    /** A capitalised word: a name goes on over these after its first word ("at Gullet Meadow"). */
    private static final Pattern NAME_GOES_ON = Pattern.compile("\\s+\\p{Lu}[\\p{L}'’-]*");
    /**
     * A further place in a list of places: "and", "or" or "&" (after a comma too), or a comma, then a capitalised name
     * ("in England and Wales", "in the Alps or the Pyrenees", "in Leeds, York, and Sheffield"), not a month, a weekday
     * or a part of the outline. Group "joins": the joining word, null for a bare comma, whose place counts only once a
     * joining word ends the list.
     */
    private static final Pattern LIST_GOES_ON = Pattern.compile("""
            (?: ,? \\s+ (?<joins> and | or | & ) \\s+ | , \\s+ ) (?: the\\s+ )?
            (?! (?i: CALENDAR | OUTLINE ) s? \\b ) \\p{Lu}\\p{L}+
            """.replace("CALENDAR", Lexicon.alternation(Lexicon.CALENDAR_WORDS))
            .replace("OUTLINE", Lexicon.alternation(Lexicon.OUTLINE_LABELS)), Pattern.COMMENTS);
    /**
     * What follows a place at the end of a list: a stop, a comma or a bracket, the end, or a function word ("in Leeds
     * and York for…"), not a verb a person does ("in Leeds and Amy Fox chairs it": STOP: lexicon/stop-words.txt).
     */
    private static final Pattern LIST_ENDS = Pattern.compile("""
            \\s* (?: [,.;:)!?] | $ ) | \\s+ STOP \\b
            """.replace("STOP", Lexicon.alternation(Lexicon.STOP_WORDS)), Pattern.COMMENTS);
    /**
     * Where {@code sentence} names a place after a preposition of place ("at the Sprout Patch", "in Leeds"; not of
     * motion, "to", "from"): for each, its start and end, the name's further capitalised words included. Such a name
     * says where, not who.
     */
    public static List<int[]> placeNames(String sentence) {
        List<int[]> out = new ArrayList<>();
        Matcher m = PLACE_SHAPE.matcher(sentence);
        Matcher more = NAME_GOES_ON.matcher(sentence);
        while (m.find()) {
            if (MOTION.matcher(m.group()).lookingAt()) {
                continue; // "Appeals go to Priya Shah": a person can be where something goes
            }
            int end = nameEnd(more, m.end(), sentence);
            // the list goes on over further places; a comma's place counts once "and" or "or" follows it
            Matcher list = LIST_GOES_ON.matcher(sentence);
            int listed = end;
            while (list.region(listed, sentence.length()).lookingAt()) {
                listed = nameEnd(more, list.end(), sentence);
                if (!LIST_ENDS.matcher(sentence).region(listed, sentence.length()).lookingAt()) {
                    break; // "Contact the office in Leeds or Priya Shah directly": a person, not a place
                }
                if (list.group("joins") != null) {
                    end = listed;
                }
            }
            out.add(new int[] {m.start(), end});
        }
        return out;
    }

    /** Where a name that starts before {@code from} ends, over its further capitalised words ("at Gullet Meadow"). */
    private static int nameEnd(Matcher more, int from, String sentence) {
        int end = from;
        while (more.region(end, sentence.length()).lookingAt()) {
            end = more.end();
        }
        return end;
    }

    /** True when {@code sentence} holds something of this kind; always true for {@link #ANY}. */
    public boolean in(String sentence) {
        return switch (this) {
            case ANY -> true;
            case FIGURE -> Figures.any(sentence);
            case AMOUNT -> Figures.any(sentence) || money(sentence);
            case FREQUENCY -> RECURRENCE.matcher(sentence).find();
            case DURATION -> Figures.anyDuration(sentence) || TIME_LIMIT.matcher(sentence).find();
            case TIME -> DATE.matcher(sentence).find() || CLOCK.matcher(sentence).find() || hasCalendarWord(sentence)
                    || RELATIVE_TIME.matcher(sentence).find() || Figures.anyDuration(sentence);
            case CALENDAR_DATE -> DATE.matcher(sentence).find() || hasCalendarWord(sentence)
                    || DAY_OF_MONTH.matcher(sentence).find() || SEASON.matcher(sentence).find()
                    || DAY_WORD.matcher(sentence).find();
            case TIME_OF_DAY -> CLOCK.matcher(sentence).find() || TIME_OF_DAY_WORDS.matcher(sentence).find();
            case MONEY -> money(sentence);
            case AGENT -> NAME.matcher(sentence).find() || hasAgentPhrase(sentence);
            case PLACE -> PLACE_SHAPE.matcher(sentence).find();
            case EMAIL -> EMAIL_SHAPE.matcher(sentence).find();
            case IDENTIFIER -> IDENTIFIER_SHAPE.matcher(sentence).find();
            case WEB_ADDRESS -> WEB_SHAPE.matcher(sentence).find();
            case VERSION -> VERSION_SHAPE.matcher(sentence).find();
            case MEASURE -> MEASURE_SHAPE.matcher(sentence).find();
        };
    }

    /**
     * Whether {@code sentence} holds a figure with a unit that measures {@code dimension} (lexicon/measure-units.txt:
     * "1.2 metres" a length, "28°C" a temperature): a question asking how deep the shallow end is is not answered by
     * how warm the pool is kept.
     */
    public static boolean measures(String sentence, String dimension) {
        Matcher m = MEASURE_SHAPE.matcher(sentence);
        while (m.find()) {
            // a degree sign measures what "degrees" does (lexicon/measure-units.txt)
            String unit = m.group("degree") != null ? "degrees"
                    : (m.group("unit") != null ? m.group("unit") : m.group("letter")).toLowerCase(Locale.ROOT);
            if (dimension.equals(Lexicon.MEASURE_UNITS.get(unit))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code sentence} states a sum of money or no charge ({@link #MONEY_SHAPE}, {@link #NOT_A_PRICE} aside). */
    private static boolean money(String sentence) {
        return MONEY_SHAPE.matcher(NOT_A_PRICE.matcher(sentence).replaceAll(" ")).find();
    }

    /** Whether {@code sentence} holds a clock time that ends something ({@link #END_TIME}): "open until 9 pm". */
    public static boolean endsAt(String sentence) {
        return END_TIME.matcher(sentence).find();
    }

    /** Whether {@code word} (lower case) ends as an English agent noun does: "moderator", "photographer", "licensee". */
    public static boolean agentEnding(String word) {
        return AGENT_ENDING.matcher(word).find();
    }

    /**
     * A determiner, at most one modifier, then an agent noun: "the copyright holder", "a lead moderator",
     * "the board".
     */
    private static boolean hasAgentPhrase(String sentence) {
        Matcher m = WORD.matcher(sentence);
        int sinceDeterminer = -1;
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            if (Lexicon.DETERMINERS.contains(w)) {
                sinceDeterminer = 0;
                continue;
            }
            if (sinceDeterminer >= 0 && sinceDeterminer < 2) {
                sinceDeterminer++;
                if (Lexicon.AGENT_NOUNS.contains(w) || !Lexicon.STOP_WORDS.contains(w) && agentEnding(w)) {
                    return true;
                }
            } else {
                sinceDeterminer = -1;
            }
        }
        return false;
    }

    /**
     * Whether the figure at {@code start}-{@code end} of {@code sentence} is part of a date or a time of day: a
     * numeric date, a clock time ("8am", "8 pm", "23:00"), or a day or year written beside a month with nothing but
     * a space between ("14 January", "January 2025"). Such a figure counts nothing: "Approved by the Board of
     * Trustees on 14 January" does not say how many trustees there are, where "On 14 January, 9 trustees were
     * elected" does.
     */
    public static boolean dateOrClock(String sentence, int start, int end) {
        if (NUMERIC_DATE.matcher(sentence.substring(start, end)).matches()
                || CLOCK.matcher(sentence).region(start, sentence.length()).lookingAt()) {
            return true;
        }
        Matcher after = MONTH_AFTER.matcher(sentence).region(end, sentence.length());
        Matcher before = MONTH_BEFORE.matcher(sentence.substring(0, start));
        return after.lookingAt() && Lexicon.MONTHS.contains(after.group(1).toLowerCase(Locale.ROOT))
                || before.find() && Lexicon.MONTHS.contains(before.group(1).toLowerCase(Locale.ROOT));
    }

    /**
     * Where {@code sentence} holds a time of day no ratio or tally shares the shape of ("18:00", "07:34"; not "1:10")
     * and, unless {@code sumsCount}, a sum in a currency ("£36", "GBP 36", "36 pounds"), each as {start, end}: figures
     * within them count nothing. Found once per sentence, for all its figures.
     */
    public static List<int[]> uncounted(String sentence, boolean sumsCount) {
        List<int[]> out = new ArrayList<>();
        for (Pattern shape : sumsCount ? List.of(DAY_TIME) : List.of(CURRENCY, DAY_TIME)) {
            Matcher m = shape.matcher(sentence);
            while (m.find()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    /** A month or weekday, written capitalised (so the modal "may" is not May). */
    private static boolean hasCalendarWord(String sentence) {
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (Lexicon.CALENDAR_WORDS.contains(m.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }
}
