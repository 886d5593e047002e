package org.policybot.knowledge.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.SharedEngine;
import org.policybot.knowledge.index.Snapshot;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.retrieve.IndexVocabulary;
import org.policybot.knowledge.text.Terms;

/** Reading questions against the real index of the shipped document. */
class QuestionReaderTest {
    private static Snapshot snapshot;
    private static Vocabulary vocabulary;
    private final QuestionReader reader = new QuestionReader();

    @BeforeAll
    static void open() {
        snapshot = SharedEngine.shippedKnowledgeBase().snapshot(Scope.SHARED);
        vocabulary = IndexVocabulary.of(snapshot);
    }

    @AfterAll
    static void close() {
        snapshot.close();
    }

    /** Documents that hold just {@code words}, each in one passage. */
    private static Vocabulary holding(String... words) {
        return titled(Map.of(), words);
    }

    /** Documents that hold just {@code words}, whose titles have the {@code initialisms} given. */
    private static Vocabulary titled(Map<String, String> initialisms, String... words) {
        return writing(initialisms, verb -> false, words);
    }

    /** Documents that hold just {@code words}, with title {@code initialisms}, writing the phrasal verbs {@code writes}. */
    private static Vocabulary writing(Map<String, String> initialisms, Predicate<Lexicon.PhrasalVerb> writes,
                                      String... words) {
        return naming((word, capitals) -> initialisms.get(word), writes, words);
    }

    /**
     * Documents that hold just {@code words}, whose runs {@code initialisms} names (given a word and whether it was
     * asked in capitals), writing the phrasal verbs {@code writes}.
     */
    private static Vocabulary naming(BiFunction<String, Boolean, String> initialisms,
                                     Predicate<Lexicon.PhrasalVerb> writes, String... words) {
        return meaning(initialisms, writes, word -> null, words);
    }

    private static Vocabulary meaning(BiFunction<String, Boolean, String> initialisms,
                                      Predicate<Lexicon.PhrasalVerb> writes, Function<String, String> meanings,
                                      String... words) {
        return HeldWords.of(initialisms, writes, meanings, words);
    }

    private ReadQuestion read(String text, String... context) {
        return reader.read(new Question(text, List.of(context)), vocabulary);
    }

    @Test
    void typosAreCorrectedToWordsTheKnowledgeBaseHolds() {
        ReadQuestion q = read("Does OpenAI trian on API custmer data?");

        assertThat(q.corrected()).isEqualTo("Does OpenAI train on API customer data?");
        assertThat(q.terms()).filteredOn(QueryTerm::corrected).extracting(QueryTerm::word)
                .containsExactly("train", "customer");
    }

    @Test
    void aRealWordIsNeverCorrectedIntoAnotherWord() {
        // GIVEN a real word one letter from a word of the shipped document ("police" / "policy")
        ReadQuestion q = read("Did they meet the police?");

        // THEN they stay what was asked
        assertThat(q.corrected()).isEqualTo("Did they meet the police?");
        assertThat(q.terms()).noneMatch(QueryTerm::corrected);
    }

    @Test
    void aWordOfTheDocumentsOneLetterFromAnAskingWordIsNoTypoOfIt() {
        // GIVEN documents that write "working group", and "working" (one letter from the asking word "wording") and
        // a real typo of a function word asked
        Vocabulary groups = holding("working", "group", "streams", "people", "join", "training");
        ReadQuestion working = reader.read(new Question("how do new people join the streams working group?",
                List.of()), groups);
        ReadQuestion typo = reader.read(new Question("is there anything abuot training?", List.of()), groups);

        // THEN "working" stays a word of the question, while "abuot" is read as the function word it misspells
        assertThat(working.terms()).extracting(QueryTerm::word).contains("working").doesNotContain("wording");
        assertThat(typo.terms()).extracting(QueryTerm::word).doesNotContain("abuot", "about");
    }

    @Test
    void whatHowManyCountsIsTheNounAfterIt() {
        // GIVEN questions counting members and rent, and one asking how many of a body agree
        // WHEN the counted noun is read  THEN it is the noun; "how many of the council" counts no noun of its own
        assertThat(QuestionReader.counted("how many of the council have to agree?")).isNull();
        assertThat(QuestionReader.counted("how many board members sit on it?")).isEqualTo("member");
        assertThat(QuestionReader.counted("how much rent do volunteers pay?")).isEqualTo("rent");
        assertThat(QuestionReader.counted("how much does it cost?")).isNull();
        // AND "how much of the notice period" asks for a length of time, counting nothing
        assertThat(QuestionReader.counted("how much of the notice period must I work?")).isNull();
    }

    @Test
    void aRealWordTheDocumentsNeverUseIsNoTypoOfAFunctionWord() {
        // GIVEN the shipped document, which never says "staff" nor "event", and a typo of a function word
        // WHEN members ask with them
        ReadQuestion staff = read("can staff attend the event?");
        ReadQuestion typo = read("is there anything abuot staff?");

        // THEN "staff" and "event" stay words of the question, not "stuff" and "even"; "abuot" is still "about"
        assertThat(staff.terms()).extracting(QueryTerm::word).contains("staff", "event").doesNotContain("stuff", "even");
        assertThat(typo.terms()).extracting(QueryTerm::word).doesNotContain("abuot", "about");
        // AND a word cut short of a function word is that word even where it is a whole word of English too
        assertThat(StopWordTypos.fix("somethin", true)).isEqualTo("something");
        assertThat(StopWordTypos.fix("three", true)).isEqualTo("three");
    }

    @Test
    void aBritishSpellingReadsAsTheDocumentsAmericanOne() {
        // GIVEN the shipped document, which spells "organizations" and "traveled"
        ReadQuestion q = read("Which organisations did they meet while they travelled?");

        // THEN the question's British spellings are read as the document's
        assertThat(q.terms()).extracting(QueryTerm::word).contains("organizations", "traveled");
        assertThat(q.terms()).filteredOn(t -> t.word().equals("organizations")).allMatch(QueryTerm::known);
    }

    @Test
    void wordsJoinedByAFullStopAreOneWordWhereTheDocumentsHoldThem() {
        // GIVEN documents that write "Node.js" (one word to the index), and documents that do not
        Vocabulary dotted = holding("node.js", "project", "say");
        String question = "who has the final say over the Node.js project?";

        // WHEN the same question is read against each
        ReadQuestion joined = reader.read(new Question(question, List.of()), dotted);
        ReadQuestion split = reader.read(new Question(question, List.of()), Vocabulary.EMPTY);

        // THEN "Node.js" is one known word where the documents hold it, else two words
        assertThat(joined.terms()).extracting(QueryTerm::word).contains("node.js").doesNotContain("js");
        assertThat(joined.terms()).filteredOn(t -> t.word().equals("node.js")).allMatch(QueryTerm::known);
        assertThat(joined.corrected()).isEqualTo(question);
        assertThat(split.terms()).extracting(QueryTerm::word).contains("node", "js");
    }

    @Test
    void realWordsTheKnowledgeBaseLacksAreKeptAsUnknown() {
        ReadQuestion q = read("What is the refund policy?");

        assertThat(q.terms()).extracting(QueryTerm::word).containsExactly("refund", "policy");
        QueryTerm refund = q.terms().get(0);
        assertThat(refund.known()).isFalse();
        assertThat(refund.corrected()).isFalse();
        assertThat(refund.weight()).isGreaterThan(q.terms().get(1).weight());
    }

    @Test
    void framingPhrasesAndChatAbbreviationsCarryNoTopic() {
        ReadQuestion q = read("how long did the tour take place w ppl");

        assertThat(q.terms()).extracting(QueryTerm::word).containsExactly("tour", "people");
        assertThat(q.type()).isEqualTo(QuestionType.DURATION);
    }

    @Test
    void informalMoneyWordsAndATimeOfDayAreReadAsWhatTheyMean() {
        // GIVEN a chat question about money in slang, and one with a time of day as one word
        // WHEN they are read
        ReadQuestion money = read("is the tour a tenner or 40 quid");
        ReadQuestion time = read("does the tour start at 10pm");

        // THEN the slang is read as pounds, and the time is a figure, discounted as figures are, never unknown
        assertThat(money.terms()).extracting(QueryTerm::stem).contains("pound").doesNotContain("tenner", "quid");
        QueryTerm tour = time.terms().stream().filter(t -> t.word().equals("tour")).findFirst().orElseThrow();
        assertThat(time.terms()).filteredOn(t -> t.asked().equals("10pm")).isNotEmpty()
                .allSatisfy(t -> assertThat(t.weight()).isLessThan(tour.weight() / 2));
    }

    @Test
    void aContractionWithoutItsApostropheIsTheContraction() {
        // GIVEN chat questions that drop apostrophes and abbreviate
        ReadQuestion who = read("whos in charge of the tour");
        ReadQuestion fr = read("the tour pays cash for low sev stuff fr");

        // THEN "whos" asks who, and "fr" and "sev" are read as "really" and "severity"; "in charge of" only frames
        // the question: who runs the tour, no price
        assertThat(who.type()).isEqualTo(QuestionType.WHO);
        assertThat(who.terms()).extracting(QueryTerm::word).containsExactly("tour");
        assertThat(read("is there a charge for the tour").terms()).extracting(QueryTerm::word).contains("charge");
        assertThat(read("who is in charge").terms()).extracting(QueryTerm::word).contains("charge");
        assertThat(read("who is incharge of the tour").terms()).extracting(QueryTerm::word).containsExactly("tour");
        assertThat(read("who takes charge of the tour").terms()).extracting(QueryTerm::word).containsExactly("tour");
        assertThat(fr.terms()).extracting(QueryTerm::word).contains("severity").doesNotContain("fr", "sev", "really");
    }

    @Test
    void howFastAndTheLongestFrameALengthOfTime() {
        // GIVEN questions that ask for a length of time with "how fast" and "the longest"
        ReadQuestion fast = read("how fast will the tour start");
        ReadQuestion longest = read("whats the longest tour");

        // THEN those words frame the question: its topic is the rest
        assertThat(fast.terms()).extracting(QueryTerm::word).containsExactly("tour", "start");
        assertThat(longest.terms()).extracting(QueryTerm::word).containsExactly("tour");
        assertThat(longest.type()).isEqualTo(QuestionType.DURATION);
    }

    @Test
    void aClosingTagAsksForConfirmationAndIsNoTopic() {
        // GIVEN statements closed by a tag, and questions where the same words are the topic
        List<String> tagged = List.of("the tour lasted 2 months, right?", "the tour lasted 2 months right",
                "the tour lasted 2 months, is that correct?", "the tour lasted 2 months, true?");

        // THEN the tag is no term, while "the right" and "rights" keep theirs
        for (String q : tagged) {
            assertThat(read(q).terms()).extracting(QueryTerm::word).as(q).containsExactly("tour", "lasted", "2", "months");
        }
        assertThat(read("do I have the right?").terms()).extracting(QueryTerm::word).contains("right");
        assertThat(read("what are my rights").terms()).extracting(QueryTerm::word).contains("rights");
    }

    @Test
    void aChatAbbreviationIsExpandedUnlessTheDocumentsUseItInstead() {
        // GIVEN documents that say "repo" and "temporary" but never "repository" or "temp"
        Vocabulary says = holding("repo", "temporary");

        // THEN "temp" reads as the documents' "temporary", while "repo" stays their word
        assertThat(QuestionReader.expand("temp", says)).isEqualTo("temporary");
        assertThat(QuestionReader.expand("repo", says)).isEqualTo("repo");
        assertThat(QuestionReader.expand("repo", Vocabulary.EMPTY)).isEqualTo("repository");
        assertThat(QuestionReader.expand("policy", says)).isEqualTo("policy");
        // AND "whats the diff" asks for a difference, but a patch's "diff" where the documents say "diff" only
        assertThat(QuestionReader.expand("diff", says)).isEqualTo("difference");
        assertThat(QuestionReader.expand("diff", holding("diff", "patch"))).isEqualTo("diff");
        // AND a clipped word ("phone") stays the asker's where the documents hold it only in another form ("phones")
        // and no form of its full word; where they write the full word, it is read as theirs
        assertThat(QuestionReader.expand("phone", holding("phones", "library"))).isEqualTo("phone");
        assertThat(QuestionReader.expand("photos", holding("photographs", "consent"))).isEqualTo("photographs");
    }

    @Test
    void aChatAbbreviationReadsAsTheDocumentsOwnNameForTheThingAndIsNoName() {
        // GIVEN documents that write "merge request", others that write "pull request", others that write neither
        Vocabulary gitlab = holding("merge", "request", "approval");
        Vocabulary github = holding("pull", "request", "approval");

        // WHEN a member asks about their "PR"
        ReadQuestion asked = reader.read(new Question("how many approvals does my PR need?", List.of()), gitlab);

        // THEN each reads as the name the documents use, the first reading where they use none, and the capital
        // letters make no unknown name of it
        assertThat(QuestionReader.expand("pr", gitlab)).isEqualTo("merge request");
        assertThat(QuestionReader.expand("pr", github)).isEqualTo("pull request");
        assertThat(QuestionReader.expand("pr", Vocabulary.EMPTY)).isEqualTo("pull request");
        assertThat(asked.terms()).filteredOn(t -> t.word().equals("merge request")).isNotEmpty()
                .allMatch(t -> !t.name());
        // AND "Mr" before a name is a title, never a merge request
        assertThat(reader.read(new Question("Can Mr Smith approve my leave?", List.of()), gitlab).terms())
                .extracting(QueryTerm::word).doesNotContain("merge request");
    }

    @Test
    void aFigureReadsAsTheDocumentsWriteIt() {
        // GIVEN documents that write "5,000" and "2,000", and others that write "5000"
        Vocabulary grouped = holding("5,000", "2,000", "costs");
        Vocabulary plain = holding("5000", "costs");

        // WHEN members write the figure without separators, with them, or in thousands
        ReadQuestion asked = reader.read(new Question("if something costs more than 5000, is there an extra step?",
                List.of()), grouped);
        ReadQuestion separated = reader.read(new Question("what if it costs 5,000, or more?", List.of()), plain);

        // THEN each is the documents' figure, and a figure they do not hold stays as asked
        assertThat(asked.terms()).extracting(QueryTerm::word).contains("5,000");
        assertThat(separated.terms()).extracting(QueryTerm::word).contains("5000").doesNotContain("000");
        assertThat(QuestionReader.heldFigure("2k", grouped)).isEqualTo("2,000");
        assertThat(QuestionReader.heldFigure("7000", grouped)).isEqualTo("7000");
        assertThat(QuestionReader.heldFigure("cost", grouped)).isEqualTo("cost");
        // AND a figure led by a zero is a time or a number, no amount; figures listed without spaces stay apart
        assertThat(QuestionReader.heldFigure("0900", holding("900"))).isEqualTo("0900");
        assertThat(QuestionReader.heldFigure("01234", holding("1,234"))).isEqualTo("01234");
        assertThat(reader.read(new Question("what do rules 101,102 and 103 say?", List.of()),
                holding("rules", "101", "102", "103")).terms()).extracting(QueryTerm::word).contains("101", "102");
    }

    @Test
    void aCurrencysNameReadsAsTheCodeTheDocumentsWrite() {
        // GIVEN documents that write "EUR 5,000" and never "euros"
        Vocabulary coded = holding("eur", "5,000", "costs");

        // WHEN a member asks in euros
        ReadQuestion q = reader.read(new Question("what if it costs 5000 euros?", List.of()), coded);

        // THEN "euros" is the documents' "eur", a known word
        assertThat(q.terms()).filteredOn(t -> t.asked().equals("euros")).extracting(QueryTerm::word)
                .containsExactly("eur");
        // AND a name several currencies share, or a weight, is never read as one code
        assertThat(reader.read(new Question("how much in canadian dollars?", List.of()),
                holding("cad", "usd", "canadian")).terms()).extracting(QueryTerm::word).doesNotContain("usd");
        assertThat(reader.read(new Question("what do danish members pay in kroner?", List.of()),
                holding("dkk", "nok", "danish", "members", "pay")).terms()).extracting(QueryTerm::word)
                .doesNotContain("nok");
        assertThat(reader.read(new Question("what is the max weight of a bag in pounds?", List.of()),
                holding("gbp", "weight", "bag")).terms()).extracting(QueryTerm::word).doesNotContain("gbp");
    }

    @Test
    void aWordTheDocumentsNeverUseReadsAsTheirWordOfTheSameMeaning() {
        // GIVEN documents that never say "kids" nor "quickly", and whose "children" and "promptly" stand in for them
        Vocabulary meaning = meaning((word, capitals) -> null, verb -> false,
                Map.of("kids", "children", "quickly", "promptly", "paris", "france")::get,
                "children", "allowed", "refund", "paid", "promptly");

        // WHEN members ask in their own words
        ReadQuestion kids = reader.read(new Question("are kids allowed?", List.of()), meaning);
        ReadQuestion quickly = reader.read(new Question("is a refund paid quickly?", List.of()), meaning);

        // THEN "kids" is the documents' "children", a known word, while the text keeps the asker's word
        assertThat(kids.terms()).filteredOn(t -> t.asked().equals("kids")).singleElement()
                .satisfies(t -> assertThat(t.word()).isEqualTo("children"))
                .satisfies(t -> assertThat(t.known()).isTrue());
        assertThat(kids.corrected()).isEqualTo("are kids allowed?");
        assertThat(quickly.terms()).extracting(QueryTerm::word).contains("promptly", "refund");
        // AND the question's text keeps the asker's words, so "how quickly" still asks for a time
        assertThat(reader.read(new Question("how quickly is a refund paid?", List.of()), meaning).corrected())
                .isEqualTo("how quickly is a refund paid?");
        // AND a name is never read by its meaning
        assertThat(reader.read(new Question("is it allowed in Paris?", List.of()), meaning).terms())
                .extracting(QueryTerm::word).doesNotContain("france");
    }

    @Test
    void aPresentMarkerOfSeveralWordsIsNoTopicButStillAsksAboutNow() {
        // GIVEN documents that hold "moment", "present" and "date" as words of their own
        Vocabulary words = holding("company", "secretary", "moment", "present", "register", "kept", "date");

        // WHEN members ask how things stand now, and whether something is kept up to date
        ReadQuestion now = reader.read(new Question("whos the company secretary at the moment?", List.of()), words);
        ReadQuestion present = reader.read(new Question("who is the secretary at present", List.of()), words);
        ReadQuestion upToDate = reader.read(new Question("is the register kept up to date?", List.of()), words);

        // THEN the marker's words are not looked for, while the question still asks about now; "up to date" is a topic
        assertThat(now.terms()).extracting(QueryTerm::word).containsExactly("company", "secretary");
        assertThat(now.present()).isTrue();
        assertThat(present.terms()).extracting(QueryTerm::word).containsExactly("secretary");
        assertThat(upToDate.terms()).extracting(QueryTerm::word).contains("date");
    }

    @Test
    void aWordTheDocumentsHoldInAnotherFormIsNoTypoOfAnother() {
        // GIVEN documents that write "Welding" but never "weld", and "well", one letter from it
        Vocabulary typos = HeldWords.of((word, capitals) -> null, verb -> false, word -> null, word -> null,
                Map.of("weld", "well")::get, "welding", "well", "workshop");

        // WHEN a member asks whether they may weld
        ReadQuestion q = reader.read(new Question("can we weld in the workshop?", List.of()), typos);

        // THEN "weld" is looked for as the documents' "welding", not corrected to "well"
        assertThat(q.terms()).extracting(QueryTerm::word).contains("weld").doesNotContain("well");
        assertThat(q.terms()).filteredOn(t -> t.word().equals("weld")).singleElement()
                .satisfies(t -> assertThat(t.corrected()).isFalse()).satisfies(t -> assertThat(t.known()).isTrue());
    }

    @Test
    void aCorrectionToAnotherFormOfTheAskersWordKeepsTheAskersWordForTheQuestionsType() {
        // GIVEN documents that write "deadlines" and "recommends" only, which a likely typo of "deadline" and of
        // "recommend" stands for
        Vocabulary forms = HeldWords.of((word, capitals) -> null, verb -> false, word -> null, word -> null,
                Map.of("deadline", "deadlines", "recommend", "recommends")::get, "deadlines", "recommends",
                "prototype", "wellies");

        // WHEN members ask for a deadline and a recommendation
        ReadQuestion deadline = reader.read(new Question("whats the deadline for a prototype", List.of()), forms);
        ReadQuestion recommend = reader.read(new Question("can u recommend some wellies", List.of()), forms);

        // THEN the documents' form is searched, and the question is read for its type in the asker's words
        assertThat(deadline.terms()).extracting(QueryTerm::word).contains("deadlines");
        assertThat(deadline.type()).isEqualTo(QuestionType.DURATION);
        assertThat(recommend.type()).isEqualTo(QuestionType.RECOMMEND);
    }

    @Test
    void anInitialismSpeltOutForTheSearchKeepsTheAskersWordForTheQuestionsType() {
        // GIVEN documents that spell out "CASC" as "community amateur sports club" and never write "CASC"
        Vocabulary titled = titled(Map.of("casc", "community amateur sports club"), "community", "amateur", "sports",
                "club", "registration", "number");

        // WHEN a member asks for its registration number by the initialism
        ReadQuestion q = reader.read(new Question("whats the club's CASC registration number", List.of()), titled);

        // THEN the spelt-out words are searched, and the question still asks for a number that identifies
        assertThat(q.terms()).extracting(QueryTerm::word).contains("community amateur sports club");
        assertThat(q.type()).isEqualTo(QuestionType.IDENTIFIER);
    }

    @Test
    void whenTheAskersOwnStoryHappenedIsNoTopic() {
        // GIVEN questions that say when something happened to the asker
        ReadQuestion banned = read("i got banned yesterday, can i appeal?");
        ReadQuestion approved = read("my request got approved an hour ago, why is it not merged?");
        ReadQuestion weeks = read("i applied 2 weeks ago, when will i hear back?");

        // THEN the time of their story is no word to look for; what they ask about is
        assertThat(banned.terms()).extracting(QueryTerm::word).contains("banned", "appeal").doesNotContain("yesterday");
        assertThat(approved.terms()).extracting(QueryTerm::word).contains("approved", "merged")
                .doesNotContain("hour", "ago");
        assertThat(weeks.terms()).extracting(QueryTerm::word).contains("applied").doesNotContain("weeks", "ago");
        assertThat(read("my friend tripped over a tripod last night, who do we tell").terms())
                .extracting(QueryTerm::word).contains("tripped", "tripod").doesNotContain("night");
        assertThat(read("cant make rehearsal tonight, who do i tell?").terms()).extracting(QueryTerm::word)
                .contains("rehearsal").doesNotContain("tonight");
        // AND ages and nights that are the topic stay
        assertThat(read("what discounts are there for ages 65 and over?").terms()).extracting(QueryTerm::word)
                .contains("ages");
        assertThat(read("can parents stay on the last night of camp?").terms()).extracting(QueryTerm::word)
                .contains("night");
    }

    @Test
    void anAgeAsChatWritesItReadsAsTheAgeSpeltOut() {
        // GIVEN questions giving a child's age the ways chat writes it
        List<String> ages = List.of("can my 14yo join the tour", "can my 14 yo join the tour",
                "can my 14 y/o join the tour", "can my 14 yr old join the tour", "can my 14 yrs old join the tour",
                "can my 14-year-old join the tour");

        // WHEN they are read
        List<String> spelt = read("can my 14 year old join the tour").terms().stream().map(QueryTerm::word).toList();

        // THEN each reads as the age spelt out: no "your" from "yr", no unknown "yo"
        assertThat(spelt).containsExactly("14", "year", "old", "join", "tour");
        for (String q : ages) {
            assertThat(read(q).terms()).extracting(QueryTerm::word).as(q).isEqualTo(spelt);
        }
        // AND several read as several, a "yo" with no figure before it or a toy's name ("yo-yos") as written
        assertThat(QuestionReader.ages("can 14 yr olds or 15yos join")).isEqualTo("can 14 year olds or 15 year olds join");
        assertThat(QuestionReader.ages("my 14 yo / 15 yo")).isEqualTo("my 14 year old / 15 year old");
        assertThat(QuestionReader.ages("can i bring 2 yo-yos")).isEqualTo("can i bring 2 yo-yos");
        assertThat(read("yo when did the tour start").terms()).extracting(QueryTerm::asked).contains("yo");
    }

    @Test
    void countingAsFramesTheQuestion() {
        // GIVEN a question asking what a word covers
        ReadQuestion counts = read("what counts as a tour stop");

        // THEN "counts as" is no topic; what it frames is
        assertThat(counts.terms()).extracting(QueryTerm::word).containsExactly("tour", "stop");
        // AND a count that is the topic stays, as does a count "as of" a time
        assertThat(read("how is the tour vote count done").terms()).extracting(QueryTerm::word).contains("count");
        assertThat(read("is the tour head count as of 10am").terms()).extracting(QueryTerm::word).contains("count");
    }

    @Test
    void aChatAbbreviationTheDocumentsWriteBesideItsExpansionMatchesEither() {
        // GIVEN documents that write "DM" and "message" alike, and others that write only "message"
        Vocabulary both = holding("dm", "message", "presenter");
        Vocabulary one = holding("message", "presenter");

        // WHEN a member asks with "dm"
        Question asked = new Question("can i dm the presenter?", List.of());
        QueryTerm read = reader.read(asked, both).terms().get(0);
        QueryTerm plain = reader.read(asked, one).terms().get(0);

        // THEN it is read as "message" with the abbreviation as an alias only where the documents write it
        assertThat(read.stem()).isEqualTo("messag");
        assertThat(read.alias()).isEqualTo("dm");
        assertThat(read.in(Set.of("dm", "presenter"))).isTrue();
        assertThat(read.in(Set.of("presenter"))).isFalse();
        assertThat(plain.stem()).isEqualTo("messag");
        assertThat(plain.alias()).isNull();
    }

    @Test
    void aNegatedWordMatchesTheDocumentsWordForItsOpposite() {
        // GIVEN documents that write "unhappy" and never "happy"
        Vocabulary unhappy = HeldWords.of((word, capitals) -> null, verb -> false, word -> null,
                Map.of("happy", "unhappi")::get, "unhappy", "complaint", "trustee");

        // WHEN a member asks whom to go to when "not happy", and another whether they are "happy" to be asked
        QueryTerm negated = reader.read(new Question("who do i go to if im still not happy with my complaint?",
                List.of()), unhappy).terms().stream().filter(t -> t.asked().equals("happy")).findFirst().orElseThrow();
        QueryTerm plain = reader.read(new Question("is the trustee happy to hear a complaint?", List.of()), unhappy)
                .terms().stream().filter(t -> t.asked().equals("happy")).findFirst().orElseThrow();

        // THEN "not happy" is held by a sentence saying "unhappy", as a known word; a plain "happy" is not
        assertThat(negated.alias()).isEqualTo("unhappi");
        assertThat(negated.known()).isTrue();
        assertThat(negated.in(Set.of("unhappi", "complaint"))).isTrue();
        assertThat(plain.alias()).isNull();
        assertThat(plain.in(Set.of("unhappi", "complaint"))).isFalse();
        // AND an action negated is no state ("don't lock" is not "unlock"), nor does a negation reach past a comma
        Vocabulary opposites = HeldWords.of((word, capitals) -> null, verb -> false, word -> null,
                Map.of("lock", "unlock", "paid", "unpaid")::get, "unlock", "unpaid", "door", "members");
        QueryTerm lock = reader.read(new Question("why don't we lock the door?", List.of()), opposites).terms()
                .stream().filter(t -> t.asked().equals("lock")).findFirst().orElseThrow();
        QueryTerm paid = reader.read(new Question("No, paid members only?", List.of()), opposites).terms()
                .stream().filter(t -> t.asked().equals("paid")).findFirst().orElseThrow();
        assertThat(lock.alias()).isNull();
        assertThat(paid.alias()).isNull();
    }

    @Test
    void aUnitsAbbreviationIsTheUnitOnlyAfterAFigure() {
        // GIVEN documents that speak of minimum terms and of minutes
        Vocabulary words = holding("minimum", "minute", "contract", "late");

        // WHEN members write "min" before a noun and after figures
        QueryTerm bare = reader.read(new Question("min contract?", List.of()), words).terms().get(0);
        QueryTerm counted = reader.read(new Question("is 10 min late ok", List.of()), words).terms().stream()
                .filter(t -> t.asked().equals("min")).findFirst().orElseThrow();
        QueryTerm spelled = reader.read(new Question("ten min late?", List.of()), words).terms().stream()
                .filter(t -> t.asked().equals("min")).findFirst().orElseThrow();

        // THEN "min" alone asks for a minimum, and after a figure for minutes
        assertThat(bare.word()).isEqualTo("minimum");
        assertThat(counted.word()).isEqualTo("minute");
        assertThat(spelled.word()).isEqualTo("minute");
    }

    @Test
    void aPhrasalVerbReadsAsThePlainVerbUnlessTheDocumentsWriteIt() {
        // GIVEN documents that hold "attend", "transfer" and "refuse", and documents that also write "turn it down"
        Vocabulary plain = holding("attend", "transfer", "refuse", "meeting", "membership");
        Lexicon.PhrasalVerb turnDown = Lexicon.PHRASAL_VERBS.stream()
                .filter(v -> v.particles().equals(List.of("down")) && v.forms().contains("turn")).findFirst()
                .orElseThrow();
        Vocabulary writing = writing(Map.of(), turnDown::equals, "attend", "transfer", "refuse", "meeting",
                "membership");

        // WHEN members ask in phrasal verbs, with and without an object between verb and particle
        ReadQuestion turnUp = reader.read(new Question("how many ppl need to turn up to a meeting?", List.of()), plain);
        ReadQuestion handOver = reader.read(new Question("can I hand my membership over?", List.of()), plain);
        ReadQuestion turnDownAsked = reader.read(new Question("will they turn it down", List.of()), writing);
        ReadQuestion runFor = reader.read(new Question("how long does membership run for?", List.of()), plain);

        // THEN each is read as the plain verb, its object kept; the one the documents write, and a verb with a particle
        // of another sense ("run for"), stay as asked
        assertThat(turnUp.text()).isEqualTo("how many ppl need to attend to a meeting?");
        assertThat(turnUp.terms()).extracting(QueryTerm::word).contains("attend").doesNotContain("turn");
        assertThat(handOver.text()).isEqualTo("can I transfer my membership?");
        assertThat(turnDownAsked.text()).isEqualTo("will they turn it down");
        assertThat(runFor.text()).isEqualTo("how long does membership run for?");
    }

    @Test
    void pickingUpReadsAsCollecting() {
        // GIVEN documents that hold "collect"
        Vocabulary plain = holding("collect", "item", "session", "child");

        // WHEN a member asks to pick something up, an object between verb and particle or not
        ReadQuestion radio = reader.read(new Question("can I pick my radio up after lunch?", List.of()), plain);
        ReadQuestion kid = reader.read(new Question("who can pick up my kid from a session?", List.of()), plain);

        // THEN the documents' plain verb is searched for
        assertThat(radio.text()).isEqualTo("can I collect my radio after lunch?");
        assertThat(kid.terms()).extracting(QueryTerm::word).contains("collect").doesNotContain("pick");
    }

    @Test
    void aDocumentsInitialsReadAsTheTitleWordsTheyStandFor() {
        // GIVEN documents whose text never says "EPL", only a title "Eclipse Public License", and one that says "ADR"
        Vocabulary titled = titled(Map.of("epl", "eclipse public license", "adr", "eclipse public license"),
                "eclipse", "public", "license", "sell", "copies", "adr");

        // WHEN questions name the document by its initials, and a word the documents hold
        ReadQuestion epl = reader.read(new Question("does the EPL let me sell copies?", List.of()), titled);
        ReadQuestion adr = reader.read(new Question("what is an ADR?", List.of()), titled);

        // THEN "EPL" is read as the title's words, known, and searched for by them; "ADR" stays the documents' word
        assertThat(epl.terms()).filteredOn(t -> t.asked().equals("epl")).extracting(QueryTerm::stem)
                .containsExactlyElementsOf(Terms.of("eclipse public license"));
        assertThat(epl.terms()).filteredOn(t -> t.asked().equals("epl"))
                .allSatisfy(t -> assertThat(t.known()).isTrue());
        assertThat(epl.corrected()).contains("eclipse public license");
        assertThat(adr.terms()).extracting(QueryTerm::asked).contains("adr");
        assertThat(adr.terms()).extracting(QueryTerm::word).doesNotContain("eclipse public license");
    }

    @Test
    void aWordInCapitalsIsReadAsInitialsOnlyInAQuestionWrittenInLowerCase() {
        // GIVEN documents whose text names a "Community Action Team" (read as initials only for a word in capitals)
        Vocabulary team = naming((word, capitals) -> capitals && word.equals("cat") ? "community action team" : null,
                verb -> false, "community", "action", "team", "bring");

        // WHEN one member writes "CAT" among lower-case words and another types the whole question in capitals
        ReadQuestion initials = reader.read(new Question("who leads the CAT?", List.of()), team);
        ReadQuestion shouted = reader.read(new Question("CAN I BRING MY CAT?", List.of()), team);

        // THEN only the first is read as the team's initials
        assertThat(initials.terms()).extracting(QueryTerm::word).contains("community action team");
        assertThat(shouted.terms()).extracting(QueryTerm::word).doesNotContain("community action team");
    }

    @Test
    void wordsAboutTheAskingWeighLittle() {
        ReadQuestion q = read("can you explain what they do with customer data");

        QueryTerm explain = q.terms().stream().filter(t -> t.word().equals("explain")).findFirst().orElseThrow();
        QueryTerm customer = q.terms().stream().filter(t -> t.word().equals("customer")).findFirst().orElseThrow();
        assertThat(explain.discount()).isLessThan(1f);
        assertThat(customer.discount()).isEqualTo(1f);
    }

    @Test
    void namesAreMarkedSoTheyMustMatchLiterally() {
        ReadQuestion q = read("What is the best grocery store in Paris?");

        assertThat(q.terms()).filteredOn(QueryTerm::name).extracting(QueryTerm::word).containsExactly("paris");
    }

    @Test
    void figuresAndPolarityAreReadOnce() {
        ReadQuestion q = read("the tour didn't last 3 months, did it?");

        assertThat(q.negated()).isTrue();
        assertThat(q.figures()).singleElement().satisfies(f -> assertThat(f.days()).isEqualTo(90.0));
        assertThat(read("not only for AGI?").negated()).isFalse();
    }

    @Test
    void earlierQuestionsGiveWeakerContextTerms() {
        ReadQuestion q = read("and ChatGPT users?", "Does OpenAI train on API data?");

        assertThat(q.isFollowUp()).isTrue();
        assertThat(q.terms()).extracting(QueryTerm::stem).containsExactly("chatgpt", "user");
        assertThat(q.context()).extracting(QueryTerm::stem).contains("train", "api", "data");
        assertThat(q.searchText()).isEqualTo("Does OpenAI train on API data? and ChatGPT users?");
    }

    @Test
    void aLongQuestionAfterAnotherIsNotAFollowUp() {
        ReadQuestion q = read("What did the team learn about how governments think about regulation of AI?",
                "Does OpenAI train on API data?");

        assertThat(q.isFollowUp()).isFalse();
        assertThat(q.context()).isEmpty();
    }

    @Test
    void querySyntaxIsJustWords() {
        ReadQuestion q = read("title:\"data\" AND (train* OR opt~2) \\ / ^3");

        assertThat(q.terms()).extracting(QueryTerm::word).contains("title", "data", "train", "opt");
    }

    @Test
    void greetingsAndWritingRequestsAreNotQuestions() {
        assertThat(read("hi there").intent()).isEqualTo(Intent.GREETING);
        assertThat(read("write me a poem about data").intent()).isEqualTo(Intent.CREATIVE);
        assertThat(read("does OpenAI train on data?").intent()).isEqualTo(Intent.QUESTION);
    }

    @Test
    void askingWhichOneOfAKindKnownByNameAsksForAName() {
        // GIVEN questions after a name, and questions after something else
        List<String> names = List.of("Which city did the team like best?", "what two companies run the tour",
                "Which Singapore government agency uses the tools?", "What's the name of the grocery chain?",
                "Who is the CEO?");
        List<String> others = List.of("Which groups does OpenAI want to help?", "What does the company do?",
                "which data is kept?", "Who can report a problem?");

        // THEN only the first wait for a name (a sentence without a new name does not answer them)
        assertThat(names).allSatisfy(q -> assertThat(read(q).identity()).as(q).isTrue());
        assertThat(others).allSatisfy(q -> assertThat(read(q).identity()).as(q).isFalse());
    }

    @Test
    void aNameAskedForInWordsIsRead() {
        // GIVEN questions that ask for a name in words, and questions that only mention a name
        List<String> names = List.of("whats the name of the person who runs the cafe", "what's the treasurer's name?",
                "who are the list admins by name", "who is actually on the security team? names pls",
                "the safeguarding lead is away, what's their name?");
        List<String> others = List.of("can i put her ticket in someone elses name?", "can i sign up in my own name?",
                "who can report a problem?", "who is actually on the security team?",
                "who can use the club's name in adverts?", "who needs to put their name on the waiting list?");

        // THEN only the first ask for a name; a "who" question asking names asks who someone is
        assertThat(names).allSatisfy(q -> assertThat(read(q).nameAsked()).as(q).isTrue());
        assertThat(others).allSatisfy(q -> assertThat(read(q).nameAsked()).as(q).isFalse());
        assertThat(read("who is actually on the security team? names pls").identity()).isTrue();
        assertThat(read("who is actually on the security team?").identity()).isFalse();
    }

    @Test
    void aNationalityIsReadAsThePlaceTheDocumentNames() {
        // GIVEN a question saying "French" about a document that only says "France"
        ReadQuestion q = read("What is a French grocery chain doing with these tools?");

        // THEN the term is the known place, not an unknown name; the text searched for keeps the question's word
        assertThat(q.terms()).filteredOn(t -> t.asked().equals("french")).singleElement()
                .satisfies(t -> assertThat(t.word()).isEqualTo("france"))
                .satisfies(t -> assertThat(t.known()).isTrue());
        assertThat(q.corrected()).contains("French grocery chain");
    }

    @Test
    void aPersonOfTheAskersOwnStoryWeighsLittleWhereTheDocumentsNeverSpeakOfThem() {
        // GIVEN documents about guests that never speak of friends or husbands, and documents that do
        Vocabulary guests = holding("guest", "bring", "free", "appeal");
        Vocabulary friends = holding("friend", "guest", "bring", "free");

        // WHEN members tell who their story is about
        ReadQuestion mate = reader.read(new Question("can my mate come in free as my guest?", List.of()), guests);
        ReadQuestion mine = reader.read(new Question("a friend of mine was banned, can he appeal?", List.of()),
                guests);
        ReadQuestion husband = reader.read(new Question("can my husband bring a guest", List.of()), guests);

        // THEN the person weighs as the asking words do, while what they ask about counts in full
        assertThat(mate.terms()).filteredOn(t -> t.word().equals("friend")).singleElement()
                .satisfies(t -> assertThat(t.discount()).isEqualTo(QuestionReader.ASKING_WEIGHT))
                .satisfies(t -> assertThat(t.story()).isTrue());
        assertThat(mate.terms()).filteredOn(t -> t.word().equals("guest")).singleElement()
                .satisfies(t -> assertThat(t.discount()).isEqualTo(1f));
        assertThat(mine.terms()).filteredOn(t -> t.word().equals("friend")).singleElement()
                .satisfies(t -> assertThat(t.discount()).isEqualTo(QuestionReader.ASKING_WEIGHT));
        assertThat(husband.terms()).filteredOn(t -> t.word().equals("husband")).singleElement()
                .satisfies(t -> assertThat(t.discount()).isEqualTo(QuestionReader.ASKING_WEIGHT));
        // AND a friend the documents speak of, or one not of the asker's life, counts in full
        assertThat(reader.read(new Question("can my mate come in free?", List.of()), friends).terms())
                .filteredOn(t -> t.word().equals("friend")).singleElement()
                .satisfies(t -> assertThat(t.discount()).isEqualTo(1f))
                .satisfies(t -> assertThat(t.story()).isFalse());
        assertThat(reader.read(new Question("how much credit for referring a friend", List.of()), guests).terms())
                .filteredOn(t -> t.word().equals("friend")).singleElement()
                .satisfies(t -> assertThat(t.discount()).isEqualTo(1f));
        // AND "asking for a friend" only frames the question
        assertThat(reader.read(new Question("can kids come? asking for a friend lol", List.of()), guests).terms())
                .extracting(QueryTerm::word).doesNotContain("friend");
    }

    @Test
    void aVagueAmountIsNoTopicWhereTheDocumentsNeverUseItsNoun() {
        // GIVEN documents about lessons, and documents about bit depths and couples' membership
        Vocabulary lessons = holding("late", "lesson", "refund", "days", "fixes");
        Vocabulary bits = holding("bit", "depth", "couple", "couples", "membership", "late", "lesson");

        // WHEN members say "a bit" and "a couple of" as chat does
        ReadQuestion late = reader.read(new Question("i might be a bit late to my lesson", List.of()), lessons);
        ReadQuestion couple = reader.read(new Question("are there a couple of fixes left?", List.of()), lessons);

        // THEN the amount is no topic, and the question says an amount vaguely
        assertThat(late.terms()).extracting(QueryTerm::word).contains("late", "lesson").doesNotContain("bit");
        assertThat(late.vague()).isTrue();
        assertThat(couple.terms()).extracting(QueryTerm::word).contains("fixes").doesNotContain("couple");
        // AND where the documents use the noun it stays a word to look for, as "a couple" alone always does
        assertThat(reader.read(new Question("is a bit depth of 24 ok?", List.of()), bits).terms())
                .extracting(QueryTerm::word).contains("bit", "depth");
        assertThat(reader.read(new Question("i might be a bit late to my lesson", List.of()), bits).terms())
                .extracting(QueryTerm::word).contains("bit");
        ReadQuestion pair = reader.read(new Question("can a couple share a lesson?", List.of()), lessons);
        assertThat(pair.terms()).extracting(QueryTerm::word).contains("couple");
        assertThat(pair.vague()).isFalse();
        // AND "a couple of" before a unit of time is a length a rule may bound, no vague amount
        ReadQuestion weeks = reader.read(new Question("can i book a lesson a couple of weeks ahead?", List.of()),
                lessons);
        assertThat(weeks.terms()).extracting(QueryTerm::word).contains("weeks");
        assertThat(weeks.vague()).isFalse();
    }

    @Test
    void alrightAsksAsOkDoesButNamesTheAlrightClub() {
        // GIVEN documents about parking and a club named "Alright Club"
        Vocabulary venue = holding("park", "overnight", "alright", "club", "fee");

        // WHEN members ask whether something is alright, and about the club
        ReadQuestion park = reader.read(new Question("is it alright if I park overnight?", List.of()), venue);
        ReadQuestion tag = reader.read(new Question("i park overnight, is that alright?", List.of()), venue);
        ReadQuestion opener = reader.read(new Question("Alright, can I park overnight?", List.of()), venue);
        ReadQuestion club = reader.read(new Question("is there a fee for the Alright Club?", List.of()), venue);

        // THEN "alright" frames the first three, and names the club in the last
        assertThat(park.terms()).extracting(QueryTerm::word).contains("park").doesNotContain("alright");
        assertThat(tag.terms()).extracting(QueryTerm::word).contains("park").doesNotContain("alright");
        assertThat(opener.terms()).extracting(QueryTerm::word).contains("park").doesNotContain("alright");
        assertThat(club.terms()).extracting(QueryTerm::word).contains("alright", "club");
    }

    @Test
    void aFamilyWordIsReadAsTheDocumentsNounForThatPerson() {
        // GIVEN documents that say "child" and "parent" but never "son" or "mum", and documents that say "son"
        Vocabulary general = holding("child", "parent", "collect", "camp");
        Vocabulary family = holding("son", "child", "collect", "camp");

        // WHEN a parent asks about their son and their mum
        ReadQuestion q = reader.read(new Question("can my mum collect my son from camp", List.of()), general);
        ReadQuestion own = reader.read(new Question("can my mum collect my son from camp", List.of()), family);

        // THEN the family words are the documents' nouns, known, while the text keeps the asker's words
        assertThat(q.terms()).extracting(QueryTerm::word).containsExactly("parent", "collect", "child", "camp");
        assertThat(q.terms()).allSatisfy(t -> assertThat(t.known()).isTrue());
        assertThat(q.corrected()).contains("my mum collect my son");
        // AND documents that use the family word, in any form, are searched for it
        assertThat(own.terms()).extracting(QueryTerm::word).contains("son").doesNotContain("child");
        Vocabulary plural = holding("sons", "child", "camp");
        assertThat(reader.read(new Question("can my son come to camp", List.of()), plural).terms())
                .extracting(QueryTerm::word).doesNotContain("child");
        // AND a family word written with a capital is no name
        assertThat(reader.read(new Question("can my Mum collect me from camp", List.of()), general).terms())
                .filteredOn(t -> t.asked().equals("mum")).singleElement()
                .satisfies(t -> assertThat(t.word()).isEqualTo("parent"))
                .satisfies(t -> assertThat(t.name()).isFalse());
    }

    @Test
    void theTextAskedAboutIsNoTopicButAPostOtherwiseIs() {
        // GIVEN questions that point at the source, and one about posting
        List<String> pointing = List.of("What mission does the post say OpenAI has?", "When was this post published?",
                "what is openai's mission according to the article?", "Is a grants program mentioned in the post?",
                "who took the pics in the post", "who wrote this artcle?");
        ReadQuestion posting = read("Can I edit a post after a moderator hides it?");

        // THEN the source's noun is dropped from the first, kept in the last
        assertThat(pointing).allSatisfy(q -> assertThat(read(q).terms()).as(q).extracting(QueryTerm::word)
                .doesNotContain("post", "article", "artcle"));
        assertThat(posting.terms()).extracting(QueryTerm::word).contains("post");
    }

    @Test
    void aQuestionOpenedByAPrepositionAsksWhileAStatementWithATagStates() {
        // GIVEN / WHEN / THEN: questions that ask, statements that assert what they ask about
        assertThat(QuestionReader.asserts("At what point is my online order actually accepted?")).isFalse();
        assertThat(QuestionReader.asserts("For how long do you keep my data?")).isFalse();
        assertThat(QuestionReader.asserts("Is there a fee?")).isFalse();
        assertThat(QuestionReader.asserts("What is the refund window?")).isFalse();
        assertThat(QuestionReader.asserts("You can post links, right?")).isTrue();
        assertThat(QuestionReader.asserts("the tour lasted like 3 months right?")).isTrue();
        assertThat(QuestionReader.asserts("Why does it train on customer data?")).isTrue();
        assertThat(QuestionReader.asserts("so the lawmakers all wanted different things?")).isTrue();
    }

    @Test
    void onlyTheSentenceThatAsksSaysWhetherTheQuestionIsAboutNow() {
        // GIVEN questions with "now" in the sentence that asks, and one whose "rn" only sets the scene
        List<String> now = List.of("who is the chair right now?", "who's in charge rn? asking for the meeting",
                "is the fee now 3.5 pounds?", "who runs the tour currently");
        String scene = "im at the tour meeting rn and something happened. who do i tell?";

        // THEN the first ask how things stand now, the last asks who is told
        assertThat(now).allSatisfy(q -> assertThat(read(q).present()).as(q).isTrue());
        assertThat(read(scene).present()).isFalse();
        assertThat(QuestionReader.asking(scene)).isEqualTo("who do i tell?");
    }

    @Test
    void aDateAskedOfThisYearsOrTheNextOccasionIsAskedAboutNow() {
        // GIVEN questions about the date of the next or this year's occasion, and dates asked of a span, a step, a
        // thing named before, "my current membership", and a rule about the next chair
        List<String> now = List.of("when is the next AGM?", "when's our next open day", "what date is ur next social",
                "when is the AGM this year");
        List<String> not = List.of("when is the next one?", "when do i hear back, in the next few days?",
                "when do i move on to the next stage of the complaint?", "when does my current membership end?");

        // THEN the first ask the date as it stands, the others a rule
        assertThat(now).allSatisfy(q -> assertThat(read(q).present()).as(q).isTrue());
        assertThat(not).allSatisfy(q -> assertThat(read(q).present()).as(q).isFalse());
        assertThat(reader.read(Question.of("who chooses the next chair"), Vocabulary.EMPTY).present()).isFalse();
    }

    @Test
    void aYearIsReadAsTheTimeAskedAboutUnlessItIsASumAClockOrTheAskersStory() {
        // GIVEN questions naming a year as their time, and ones whose number is a sum, a clock or the asker's story
        // THEN only the first give their years
        assertThat(QuestionReader.years("how much will pipcon 2027 tickets cost")).containsExactly("2027");
        assertThat(QuestionReader.years("who won the world cup in 2018?")).containsExactly("2018");
        assertThat(QuestionReader.years("I joined in 2023, when does it expire?")).isEmpty();
        assertThat(QuestionReader.years("can the treasurer sign off £2000 alone?")).isEmpty();
        assertThat(QuestionReader.years("can under-16s stay until 2030?")).isEmpty();
        assertThat(QuestionReader.years("is the 2025-26 fee the same?")).isEmpty();
        assertThat(QuestionReader.years("can the committee spend 2000 kroner without a vote?")).isEmpty();
        assertThat(QuestionReader.years("is the grant 2000 yen or more?")).isEmpty();
        assertThat(QuestionReader.years("did fees rise 2000 % in 2019?")).containsExactly("2019");
    }

    @Test
    void aQuestionAsksWhetherMoneyChangesHandsOnlyWhereAWordOfPayingIsAskedAbout() {
        // GIVEN questions asking whether something is paid or charged, and ones whose word of paying means otherwise
        // THEN only the first ask about paying
        assertThat(QuestionReader.asksPayment("do directors get paid for being on the board?")).isTrue();
        assertThat(QuestionReader.asksPayment("is there a fee for getting a copy of my data?")).isTrue();
        assertThat(QuestionReader.asksPayment("does npm charge anything to resolve a name dispute?")).isTrue();
        assertThat(QuestionReader.asksPayment("does the project pay bug bounties?")).isTrue();
        assertThat(QuestionReader.asksPayment("can I pay by card?")).isFalse();
        assertThat(QuestionReader.asksPayment("is the treasurer in charge of the accounts?")).isFalse();
        assertThat(QuestionReader.asksPayment("can I charge my e-bike at the clubhouse?")).isFalse();
        assertThat(QuestionReader.asksPayment("should i submit through the hackerone bounty program?")).isFalse();
        assertThat(QuestionReader.asksPayment("can an assistant coach take charge of a junior session?")).isFalse();
        assertThat(QuestionReader.asksPayment("does someone take charge if the coach is ill?")).isFalse();
        assertThat(QuestionReader.asksPayment("does the club take a charge for parking?")).isTrue();
    }

    @Test
    void aYearGoneByIsAskedAboutOnlyInAClauseThatAsks() {
        // GIVEN questions asking what happened last year or season, and ones whose "last year" tells the asker's story
        // THEN only the first ask about a time gone by
        assertThat(QuestionReader.asksPast("who won the Quenby Rose Bowl last year?")).isTrue();
        assertThat(QuestionReader.asksPast("what was the turnout in last year's leadership elections")).isTrue();
        assertThat(QuestionReader.asksPast("how many reports did the committee handle last year")).isTrue();
        assertThat(QuestionReader.asksPast("is there a record of who came last season?")).isTrue();
        assertThat(QuestionReader.asksPast("I won the Quenby Rose Bowl last year, when does it need to go back?"))
                .isFalse();
        assertThat(QuestionReader.asksPast("applied to adopt last year but didnt go ahead, how long do u keep my "
                + "application")).isFalse();
        // AND a time a rule speaks of, a condition and a year's accounts name no time gone by as the time asked about
        assertThat(QuestionReader.asksPast("what happens in the last year of a tenancy?")).isFalse();
        assertThat(QuestionReader.asksPast("what happens if a member didn't renew last year?")).isFalse();
        assertThat(QuestionReader.asksPast("who approves the previous year's accounts?")).isFalse();
    }

    @Test
    void aClauseThatStatesBeforeTheQuestionOnlySetsTheScene() {
        // GIVEN a clause with "now" stating the asker's state before the clause that asks, and questions whose clause
        // before the comma asks itself
        String scene = "im purple belt now, how many sessions do i need before i can go for brown";
        String told = "something sketchy is happening at the dev meeting right now, who do i go to?";
        List<String> now = List.of("who is the current git maintainer, whats their name?", "right now, who is the lead?", "the club captain now, who is it?",
                "which versions are supported right now, is 6.0 still getting fixes?");

        // THEN the first asks a rule, the others how things stand now
        assertThat(read(scene).present()).isFalse();
        assertThat(read(told).present()).isFalse();
        assertThat(QuestionReader.asking(scene)).isEqualTo("how many sessions do i need before i can go for brown");
        assertThat(now).allSatisfy(q -> assertThat(read(q).present()).as(q).isTrue());
    }

    @Test
    void aQuestionThatAsksTwoThingsIsReadAsEachPartToo() {
        // GIVEN questions that ask two things, after a question mark or at "and" before a question word or an
        // auxiliary, and questions that ask one thing
        String joined = "how long do you take to answer a complaint and who do i go to if im still not happy";
        String marked = "how much is a weekend ticket? and is there a booking fee on top";
        List<String> single = List.of("is it fine? asking for a friend", "can i bring my dog and my cat to the tour",
                "what is the tour about", "can i bring my dog and however many cats i like");

        // WHEN they are read
        ReadQuestion two = read(joined);

        // THEN the first two are read as their parts, each on its own
        assertThat(QuestionReader.parts(joined)).containsExactly("how long do you take to answer a complaint",
                "who do i go to if im still not happy");
        assertThat(QuestionReader.parts(marked)).containsExactly("how much is a weekend ticket?",
                "is there a booking fee on top");
        assertThat(two.parts()).hasSize(2);
        assertThat(two.parts().get(1).terms()).extracting(QueryTerm::word).doesNotContain("complaint");
        assertThat(two.parts()).allSatisfy(p -> assertThat(p.parts()).isEmpty());
        // AND a question that asks one thing has no parts
        assertThat(single).allSatisfy(q -> assertThat(read(q).parts()).as(q).isEmpty());
    }

    @Test
    void aShortPartIsReadAsAFollowUpOfThePartBeforeIt() {
        // GIVEN a question whose second part speaks of the first's subject by pronoun
        String asked = "who is the safeguarding lead and whats her number";

        // WHEN it is read
        ReadQuestion q = read(asked);

        // THEN the second part is read with the first as its context, as a follow-up message would be
        assertThat(q.parts()).hasSize(2);
        assertThat(q.parts().get(1).terms()).extracting(QueryTerm::word).contains("number")
                .doesNotContain("safeguarding");
        assertThat(q.parts().get(1).context()).extracting(QueryTerm::word).contains("safeguarding", "lead");
        assertThat(q.parts().get(1).searchText()).startsWith("who is the safeguarding lead");
        // AND the first part has no context
        assertThat(q.parts().get(0).context()).isEmpty();
    }

    @Test
    void aPartThatDoesNotPointBackIsReadOnItsOwn() {
        // GIVEN a question of two independent parts
        ReadQuestion q = read("where do i park and what time does the hall open");

        // THEN the second part has no context from the first
        assertThat(q.parts()).hasSize(2);
        assertThat(q.parts().get(1).context()).isEmpty();
        assertThat(q.parts().get(1).searchText()).doesNotContain("park");
    }
}
