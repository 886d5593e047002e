package org.policybot.knowledge.question;

import java.util.Set;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * What the user wants when it is not a question about one fact of the knowledge base: a greeting,
 * thanks, small talk, a sum to work out or a unit to convert, the weather to come, a request to write or role-play, or
 * an attempt to change the bot's rules,
 * which get a polite reply instead of an answer, whatever words they share with the documents; or
 * the gist of a document ({@link #OVERVIEW}) or a list of what the bot knows ({@link #CATALOG}),
 * which are answered from the documents' outlines.
 */
public enum Intent {
    QUESTION, GREETING, THANKS, SMALL_TALK, CREATIVE, ROLE_PLAY, INSTRUCTIONS,
    /**
     * A sum to work out or a unit to convert: "what's 17 times 23", "15% of 320?", "2+2", "convert 5 miles to km",
     * "how many kilometres is 5 miles?". No policy answers it.
     */
    CALCULATION,
    /**
     * The weather to come: "what's the weather looking like for saturday?", "will it rain tomorrow?". It changes by
     * the hour and no policy holds it, though policies speak of weather ("matches off in bad weather").
     */
    WEATHER,
    /**
     * The gist of a text: "tl;dr?", "summarise the code of conduct", "what is this about?". Which document
     * is meant is the engine's to tell from the titles; a request naming none is read as a question.
     */
    OVERVIEW,
    /** What the bot can answer about: "what documents do you have?", "what can I ask?". */
    CATALOG,
    /**
     * Where a document can be read: "link to the post?", "where can I read the full policy?". Which
     * document is meant is told from the titles, as for {@link #OVERVIEW}.
     */
    LINK;

    /** The whole message is a greeting ("hi there", "good morning all"). */
    private static final Pattern GREETING_P = Pattern.compile("""
            ^\\W*(?: hi | hello | hey | hiya | howdy | yo | greetings | good\\ (?: morning | afternoon | evening ) | gm )
            (?: \\s+(?: there | all | everyone | bot | folks ) )? \\W*$
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * The whole message is thanks or an acknowledgement, with at most three more words, none asking ("ok how long"
     * and "ok what time?" are questions).
     */
    private static final Pattern THANKS_P = Pattern.compile("""
            ^\\W*(?: thanks | thank\\ you | thx | ty | cheers | great | cool | nice | awesome | ok | okay | got\\ it )
            (?! .* (?: \\? | \\b(?: how | hows | what | whats | when | where | wheres | who | whos | whom | why | which
                                  | can | could | should | is | are | was | do | does | did )\\b ) )
            (?: \\s+\\w+ ){0,3} \\W*$
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Chat about the bot or for fun, anywhere in the message; "how are you", "who are you" and "what are you" only as
     * the whole of it ("how are you supposed to appeal?" and "what are you allowed to post?" ask about the rules).
     */
    private static final Pattern SMALL_TALK_P = Pattern.compile("""
            \\b(?: tell\\ me\\ a\\ joke | (?: know | got | have | hear | share )\\ a\\ (?: good\\ | funny\\ )?joke\\b
                 | ^\\s* (?: a\\ )? jokes? \\s* [?!.]* \\s* $ | make\\ me\\ laugh
                 | ^\\W* (?: (?: hi | hey | hello | hiya | yo | good\\ (?: morning | afternoon | evening ) ) \\W+ )?
                   how\\ are\\ you (?: \\s+ (?: doing | today | bot ) )* (?: \\W+ (?: lol | bot | mate ) )* \\W*$
                 | how'?s\\ it\\ going
                 | how'?s\\ (?: ur | your )\\ day | what'?s\\ up | wh?ats\\ up | sup\\b | ^\\W* (?: who | what )\\ are\\ you (?: \\s+ exactly )? (?: \\W+ (?: lol | bot | mate ) )* \\W*$
                 | are\\ you\\ (?: a\\ bot | human | alive | sentient ) | your\\ (?: name | favou?rite )
                 | do\\ you\\ like | what\\ do\\ you\\ think\\ of\\ me | sing\\ (?: me\\ )?a\\ song | let's\\ chat )
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** A request to produce something: opening with a verb of making, or asking for a poem, a story… */
    private static final Pattern CREATIVE_P = Pattern.compile("""
            ^\\W*(?: please\\s+ )?
              (?: write | compose | draft | generate | create | make\\ up | invent | rewrite | translate
                | summari[sz]e\\ (?: my | our )\\b | code\\ (?: me | us | a | an | up | something )\\b | implement | recommend | suggest
                | give\\ me\\ (?: a | some )\\ (?: poem | story | recipe | idea | recommendation )s? )\\b
            | \\b(?: write | tell | compose | make | give | sing )\\s+ (?: me\\s+ | us\\s+ )? (?: a | an )\\s+
              (?: poem | haiku | limerick | song | story | essay | rap | sonnet | tweet )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * The whole message is a sum: figures joined by operators or their words, perhaps after "what's",
     * "calculate" or "how much is" ("what's 17 times 23", "15% of 320", "2+2=?").
     */
    private static final Pattern CALCULATION_P = Pattern.compile("""
            ^\\W* (?: (?: what (?: ['’]s | s | \\s+is ) | how\\s+much\\s+is | calculate | compute | work\\s+out | solve ) \\s+ )?
              NUMBER (?: \\s* (?: [-+*/×÷x^] | times | plus | minus | multiplied\\s+by | divided\\s+by | to\\s+the\\s+power\\s+of
                                  | of ) \\s* NUMBER ){1,32}              # bounded: the engine recurses per term
              [?!.=\\s]* $
            """.replace("NUMBER", "-?\\d+(?:[.,]\\d+){0,8}\\s*%?"), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** Units a member may ask to convert: of physical measure and of money, by name or code. */
    private static final Set<String> CONVERTIBLE_UNITS = Lexicon.union(Lexicon.MEASURE_UNITS.keySet(), Lexicon.MONEY_UNITS);
    /**
     * A unit to convert, as the whole message: "convert" with a unit on each side of "to" ("convert celsius to
     * fahrenheit"), or an amount to convert with at most a few words after it ("convert 30 pounds to euros", "how do i
     * convert 350 fahrenheit to celsius for my oven"); "how many km is 5 miles"; "5 miles in km", "how much is 50
     * euros in pounds", "£30 in euros". UNIT: a unit of physical measure or of money in the lexicon
     * (measure-units.txt, money-units.txt, currency-codes.txt); AMOUNT: a figure with a unit, or after a currency sign.
     * "Convert my membership to a family one" names no unit; "how do I convert euros to pounds when paying my
     * subscription" asks how the club converts them. Repeats are bounded: long runs of words must not overflow.
     */
    private static final Pattern CONVERSION_P = Pattern.compile("""
            ^\\W* (?: (?: how \\s+ (?: do | can | would | should | to ) (?: \\s+ (?: i | you | u | we ) )? | (?: can | could ) \\s+ (?: you | u )
                       | please | pls ) \\s+ ){0,3}
              convert \\s+ (?: UNIT \\s+ (?: to | into | in ) \\s+ UNIT
                             | AMOUNT \\s+ (?: to | into | in ) \\s+ UNIT (?: \\s+ [\\p{L}'’]+ ){0,4} ) [?!.\\s]* $
            | ^\\W* how \\s+ many \\s+ UNIT \\s+ (?: is | are | in | make | makes ) \\s+ (?: (?: a | an | one ) \\s+ UNIT | AMOUNT ) [?!.\\s]* $
            | ^\\W* (?: (?: what (?: ['’]s | s | \\s+ is | \\s+ are ) | how \\s+ much \\s+ (?: is | are ) ) \\s+ )? AMOUNT \\s+ (?: in | to ) \\s+ UNIT
                [?!.\\s]* $
            """.replace("AMOUNT", "(?: \\p{Sc} \\s* NUMBER (?: \\s* UNIT )? | NUMBER \\s* UNIT )")
            .replace("NUMBER", "\\d+(?:[.,/]\\d+){0,4}").replace("UNIT", Lexicon.alternation(CONVERTIBLE_UNITS)),
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * Asking what the weather will do, as the whole message (after "anyone know"): "what's the weather" with a word
     * that asks about it ("like", "going to be", "looking", "in Leeds", "tomorrow"), not a rule named by it ("what's
     * the weather policy for matches?"); "what will the weather be", "what the weather's doing", "how's the weather
     * looking", "will it rain", "is it meant to snow tomorrow". A question that only starts so, or where the weather is
     * a condition ("what happens if the weather forecast is bad?", "whats the weather like for saturday? will the
     * match be called off?"), asks about the rules.
     */
    private static final Pattern WEATHER_P = Pattern.compile("""
            ^\\W* (?: (?: does \\s+ )? (?: anyone | any1 | anybody | u | you ) \\s+ know \\s+ )?
              (?: what (?: ['’]s | s | \\s+ is | \\s+ will ) \\s+ the \\s+ weather
                  (?: \\s+ (?: like | be | going | gonna | looking | doing | meant | supposed | forecast | in | for | on | at | today
                             | tomorrow | tmrw | tonight | this | next ) \\b | \\s* $ | \\s* [?!.] )
                | what \\s+ the \\s+ weather (?: ['’]s | \\s+ is ) \\s+ (?: doing | going | gonna | looking | like ) \\b
                | how (?: ['’]?s | \\s+ is ) \\s+ the \\s+ weather \\b
                | (?: is | will ) \\s+ it \\s+ (?: (?: be \\s+ )? going \\s+ to \\s+ | gonna \\s+ | meant \\s+ to \\s+ | supposed \\s+ to \\s+ )?
                  (?: rain | snow ) \\b )
              [^?!.]{0,80} [?!.\\s]* $
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * A request to play a part, addressed to the bot: "act as", "speak like" opening the message or after "you";
     * "can a member act as a steward?" and "you are now banned, can I appeal?" are questions.
     */
    private static final Pattern ROLE_PLAY_P = Pattern.compile("""
            \\b(?: pretend\\ (?: to\\ be | you\\ are | you're ) | role-?play | you\\ are\\ now\\ (?: a | an | my | the )\\b
                 | from\\ now\\ on\\ you | imagine\\ you\\ are | play\\ the\\ role )\\b
            | (?: ^\\W* (?: please\\s+ | now\\s+ )? | \\byou\\s+ (?: will\\s+ | must\\s+ | should\\s+ | can\\s+ )? )
              (?: act\\ as | speak\\ like | talk\\ like )\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /**
     * An attempt to change the bot's rules ("ignore all previous instructions", "system prompt", "DAN" in capitals);
     * a member asking whether they may ignore or override the community's rules ("can I ignore the rules if I'm a
     * guest?") is asking a question.
     */
    private static final Pattern INSTRUCTIONS_P = Pattern.compile("""
            \\b(?: ignore | disregard | forget | override | bypass )\\ (?: all\\ | any\\ | the\\ | your\\ | my\\ )?
               (?: (?: previous | prior | above | earlier | preceding | system | original )\\s*
                   (?: instructions | rules | prompts? | guidelines | directions | context )
                 | instructions (?! \\s+ (?: on | of | in | for | from ) \\b ) | prompts? )\\b
            | \\b(?: ignore | disregard | forget | override | bypass )\\ (?: all\\ )? your\\ (?: rules | guidelines | directions | context )\\b
            | \\bsystem\\ prompt\\b | \\bjailbreak\\b | \\bdeveloper\\ mode\\b | (?-i: \\bDAN\\b ) | \\bnew\\ instructions\\b
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /**
     * A request for the gist of a text: a word asking for one anywhere (GIST: lexicon/overview-words.txt),
     * "sum up …" opening the message, or the whole message asking what something is about.
     */
    private static final Pattern OVERVIEW_P = Pattern.compile("""
            \\b GIST (?! [\\p{L}\\p{N}] )                                           # "what's the tl;dr of …"
            | ^\\W* (?: please\\s+ | can\\ you\\s+ | could\\ you\\s+ )* sum\\s+ (?: it\\s+ | this\\s+ | that\\s+ )? up\\b
            | ^\\W* what (?: ['’]s | \\s+is | \\s+are ) \\s+ (?: [\\p{L}\\p{N}'’-]+ \\s+ ){1,6}? (?: all\\s+ )? about \\W* $   # "what is this about?"
            """.replace("GIST", Lexicon.alternation(Lexicon.OVERVIEW_WORDS)), Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);
    /** Asking what the bot knows or can be asked, as the whole point of the message. */
    private static final Pattern CATALOG_P = Pattern.compile("""
            ^\\W* (?: so\\s+ | and\\s+ )? what\\s+ (?: documents | docs | policies | topics | subjects | sources | texts | files )
                \\s+ (?: do | can | does | did )\\s+ (?: you | it | the\\s+bot | this\\s+bot )\\s+
                (?: have | know | cover | hold | use | answer | read )\\b
            | ^\\W* what\\s+ (?: can | could | should | may )\\s+ i\\s+ ask (?: \\s+ (?: you | about | here | the\\s+bot | this\\s+bot ) )* \\W*$
            | ^\\W* what\\s+ (?: do | can )\\s+ you\\s+ (?: know | cover | answer ) (?: \\s+ about )? \\W* $
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    /** Asking for a document's address as the whole message, or where the whole text can be read. */
    private static final Pattern LINK_P = Pattern.compile("""
            ^\\W* (?: (?: can | could )\\s+ (?: you | i )\\s+ (?: get | have | give\\s+me | send\\s+me | see )\\s+ )?
                (?: a\\s+ | the\\s+ )? (?: link | url | web\\s+address ) s? (?: \\s+ (?: to | for | of )\\s+ [^?!.]{1,80} )? [?!.\\s]* $
            | ^\\W* where\\s+ (?: can | do | could | would | should | may )\\s+ i\\s+ (?: read | find | see | view | get )\\s+
                (?: the | this | that )\\s+ (?: full | whole | original | complete | entire )\\b       # "where can I read the full post"
            """, Pattern.COMMENTS | Pattern.CASE_INSENSITIVE);

    public static Intent of(String text) {
        String t = text.strip();
        if (INSTRUCTIONS_P.matcher(t).find()) {
            return INSTRUCTIONS;
        }
        if (ROLE_PLAY_P.matcher(t).find()) {
            return ROLE_PLAY;
        }
        if (GREETING_P.matcher(t).matches()) {
            return GREETING;
        }
        if (THANKS_P.matcher(t).matches()) {
            return THANKS;
        }
        if (SMALL_TALK_P.matcher(t).find()) {
            return SMALL_TALK;
        }
        if (CALCULATION_P.matcher(t).matches() || CONVERSION_P.matcher(t).find()) {
            return CALCULATION;
        }
        if (WEATHER_P.matcher(t).find()) {
            return WEATHER;
        }
        if (CREATIVE_P.matcher(t).find()) {
            return CREATIVE;
        }
        if (LINK_P.matcher(t).find()) {
            return LINK;
        }
        if (CATALOG_P.matcher(t).find()) {
            return CATALOG;
        }
        if (OVERVIEW_P.matcher(t).find()) {
            return OVERVIEW;
        }
        return QUESTION;
    }
}
