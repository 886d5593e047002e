package org.policybot.knowledge.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.index.IndexedPassage;
import org.policybot.knowledge.index.SentenceVectors;
import org.policybot.knowledge.index.WordEmbeddings;
import org.policybot.knowledge.index.WordVectors;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.question.QueryTerm;
import org.policybot.knowledge.question.QuestionReader;
import org.policybot.knowledge.question.ReadQuestion;
import org.policybot.knowledge.question.Vocabulary;
import org.policybot.knowledge.retrieve.Candidate;
import org.policybot.knowledge.text.Sentences;
import org.policybot.knowledge.text.Terms;

/** The parts of the evidence that read text (and, for same-meaning words, the real embedding model). */
class EvidenceTest {
    private static ReadQuestion read(String q) {
        return new QuestionReader().read(Question.of(q), Vocabulary.EMPTY);
    }

    @Test
    void onlyAnInflectionReadAsTheDocumentsFormKeepsTheAskersForm() {
        // GIVEN "kids" read as the documents' "kid", a typo corrected, and "kids" read as their "children"
        QueryTerm inflected = new QueryTerm("kid", "Kids", "kid", 1f, 1f, true, true, false, true, null, false, false);
        QueryTerm typo = new QueryTerm("refund", "refnud", "refund", 1f, 1f, true, true, false, true, null, false, false);
        QueryTerm meaning = new QueryTerm("children", "kids", "children", 1f, 1f, true, true, false, true, null, true, false);

        // THEN only the inflection keeps the form asked, for word similarity
        assertThat(Evidence.askedForm(inflected)).contains("kids");
        assertThat(Evidence.askedForm(typo)).isEmpty();
        assertThat(Evidence.askedForm(meaning)).isEmpty();
    }

    @Test
    void aCountedNounNeedsAFigureBesideIt() {
        // GIVEN "how many directors", against a sentence that counts directors and one that counts something else
        ReadQuestion q = read("How many directors sit on the board?");
        String counts = "The Board has seven elected directors.";
        String other = "The directors meet 4 times a year.";

        // THEN only a figure within a few words of the counted noun holds the asked-for thing
        assertThat(q.counted()).isEqualTo("director");
        assertThat(Evidence.holdsSlot(q, counts, Terms.of(counts))).isTrue();
        assertThat(Evidence.holdsSlot(q, "The directors are elected by members, who meet in 4 regions.",
                Terms.of(other))).isFalse();
    }

    @Test
    void aTimeOfDayCountsNothingWhileARatioOrATallyStillCounts() {
        // GIVEN "how many members", against 24-hour times (read as two figures around the colon, and once split as a
        // table row's "label: value" at it), and against a ratio and a tally of the same shape
        ReadQuestion members = read("how many members come to the social?");
        ReadQuestion children = read("how many children can each adult supervise?");

        // THEN a time counts no one; a count beside it, a ratio and a tally do
        for (String time : List.of("Members meet at 18:00 on Fridays.", "Doors open for members at 19:30.",
                "Guide for members, updated: 2026-06-15 07:34")) {
            assertThat(Evidence.holdsSlot(members, time, Terms.of(time))).as(time).isFalse();
        }
        for (String count : List.of("About 40 members meet at 18:00.", "Members voted 12:10 in favour.")) {
            assertThat(Evidence.holdsSlot(members, count, Terms.of(count))).as(count).isTrue();
        }
        String ratio = "The adult to children ratio is 1:10.";
        assertThat(Evidence.holdsSlot(children, ratio, Terms.of(ratio))).isTrue();
    }

    @Test
    void aSumOfMoneyCountsOnlyMoney() {
        // GIVEN "how many members" and "how many pounds", against sums of money near the counted noun
        ReadQuestion members = read("how many members does the centre have?");
        ReadQuestion pounds = read("how many pounds does membership cost?");
        String pay = "Full Members pay £36 a year.";
        String row = "Category: Full Member; Annual fee: GBP 36; Can vote at AGM?: Yes.";
        String costs = "Membership costs 36 pounds a year.";

        // THEN a sum counts no members, but it is the count of pounds asked for
        assertThat(Evidence.holdsSlot(members, pay, Terms.of(pay))).isFalse();
        assertThat(Evidence.holdsSlot(members, row, Terms.of(row))).isFalse();
        assertThat(Evidence.holdsSlot(pounds, costs, Terms.of(costs))).isTrue();
        // AND it is what "how much" asks, after an if-clause too
        ReadQuestion extra = read("if i donate £10 with gift aid how much extra do u get");
        String claim = "Gift Aid lets us claim an extra 25p from HM Revenue and Customs for every £1 you donate.";
        assertThat(Evidence.holdsSlot(extra, claim, Terms.of(claim))).isTrue();
    }

    @Test
    void onceOpeningAClauseIsAConjunctionUnlessItSaysHowOften() {
        // GIVEN "how many" questions, and sentences where "once" or "twice" opens a clause or follows a verb
        ReadQuestion tickets = read("how many tickets can i claim at once?");
        ReadQuestion meetings = read("how many general meetings are held each year?");
        ReadQuestion votes = read("how many votes does each member get?");
        String once = "Once you've claimed a ticket, you have a responsibility to work on it.";
        String approved = "When the form is in, once approved a ticket is yours.";

        // THEN "once" as a conjunction counts no ticket
        assertThat(Evidence.holdsSlot(tickets, once, Terms.of(once))).isFalse();
        assertThat(Evidence.holdsSlot(tickets, approved, Terms.of(approved))).isFalse();
        // AND saying how often, or after its verb, it counts
        for (String often : List.of("Twice a year, general meetings are held.", "Once a year, general meetings are held.")) {
            assertThat(Evidence.holdsSlot(meetings, often, Terms.of(often))).as(often).isTrue();
        }
        for (String vote : List.of("Each member may vote once.", "Voting: once per member")) {
            assertThat(Evidence.holdsSlot(votes, vote, Terms.of(vote))).as(vote).isTrue();
        }
    }

    @Test
    void aTableCellCountsOnlyWithAFigureThatCounts() {
        // GIVEN "how many entries", against a retention row whose value is a length of time and a row that counts
        ReadQuestion q = read("how many entries were there at the honey show?");
        String kept = "Honey show entry forms: 1 year after the show.";
        String counted = "Category: Honey; Entries: 212; Judge: one.";

        // THEN a length of time counts no entries; a figure in the cell its label names does
        assertThat(Evidence.holdsSlot(q, kept, Terms.of(kept))).isFalse();
        assertThat(Evidence.holdsSlot(q, counted, Terms.of(counted))).isTrue();
    }

    @Test
    void aNameAskedForIsNotHeldByARoleABodyOrACompoundWord() {
        // GIVEN questions after a person's name, and sentences naming roles, a body, a checked adult, and a person
        ReadQuestion treasurer = read("whats the treasurer's name?");
        ReadQuestion photographer = read("whos the official photographer at the photo call?");
        String signatories = "(2) Two signatories, one of whom must be the Treasurer or the Chair, sign any payment.";
        String company = "1. Only the Company's appointed photographer takes photographs at the photo call.";
        String checked = "Youth channels are moderated by two DBS-checked adults.";
        String named = "The Treasurer is Anil Desai, who keeps the accounts.";

        // THEN a role, a body, a compound word or the first word after a list marker names no one; a person's name does
        assertThat(Evidence.holdsSlot(treasurer, signatories, Terms.of(signatories))).isFalse();
        assertThat(Evidence.holdsSlot(photographer, company, Terms.of(company))).isFalse();
        assertThat(Evidence.holdsSlot(read("who are the mods on the youth channels?"), checked, Terms.of(checked)))
                .isFalse();
        assertThat(Evidence.holdsSlot(treasurer, named, Terms.of(named))).isTrue();
        // AND asked after a body or a role of no agent form, a role answers
        String owners = "Subproject Owners are the technical authority for a subproject.";
        assertThat(Evidence.holdsSlot(read("who's the technical authority for a subproject"), owners, Terms.of(owners)))
                .isTrue();
        // AND a capitalised word between a determiner and a noun names a kind of thing, not a person
        String server = "Photos may be used on the club website, the Discord server and in local newspapers.";
        String thanked = "Photos are taken by Priya Shah, the club photographer.";
        assertThat(Evidence.holdsSlot(read("who is the club photographer?"), server, Terms.of(server)))
                .isFalse();
        assertThat(Evidence.holdsSlot(read("who is the club photographer?"), thanked, Terms.of(thanked)))
                .isTrue();
        // AND where a body may answer ("which company…"), a body's name still holds it
        String vendor = "The tools were built by Acme Company in Leeds.";
        String kind = "The tools were built by the Acme company in Leeds.";
        assertThat(Evidence.holdsSlot(read("which company built the tools?"), vendor, Terms.of(vendor))).isTrue();
        assertThat(Evidence.holdsSlot(read("which company built the tools?"), kind, Terms.of(kind))).isTrue();
    }

    @Test
    void aPersonAskedForByNameIsNotNamedByAThingADeterminerOpens() {
        // GIVEN questions that ask for a person by name in words, and one that asks who without the word
        ReadQuestion cafe = read("whats the name of the person who runs the cafe");
        ReadQuestion team = read("who is actually on the security team? names pls");
        String venue = "The café, The Spool, is run by the Co-op.";
        String community = "Members are trustworthy people, as determined by rough consensus of the Open vSwitch"
                + " community.";
        String person = "The café is run by Mia Torres on weekdays.";
        String titled = "Contact the Café Manager Mia Torres about bookings.";
        String controller = "The data controller is the Lanternfish Foundation.";

        // THEN a run an article or a possessive opens names a thing or a body, not the person asked for
        assertThat(Evidence.holdsSlot(cafe, venue, Terms.of(venue))).isFalse();
        assertThat(Evidence.holdsSlot(team, community, Terms.of(community))).isFalse();
        // AND a person's name does, after a title or a role too
        assertThat(Evidence.holdsSlot(cafe, person, Terms.of(person))).isTrue();
        assertThat(Evidence.holdsSlot(read("what's the name of the cafe manager?"), titled, Terms.of(titled)))
                .isTrue();
        // AND a lone capitalised plural is a class the document defines, not someone's name
        String open = "The café is run by volunteers and is open to Members and the public on weekdays.";
        String surname = "The café is run by Mia Jones on weekdays.";
        assertThat(Evidence.holdsSlot(cafe, open, Terms.of(open))).isFalse();
        assertThat(Evidence.holdsSlot(cafe, surname, Terms.of(surname))).isTrue();
        // AND a name after a title the lexicon does not know still does
        String coordinator = "Contact the Events Coordinator Jane Smith or the DPO Sam Lee.";
        String captain = "Contact the Club Captain Jane Smith.";
        assertThat(Evidence.holdsSlot(cafe, coordinator, Terms.of(coordinator))).isTrue();
        assertThat(Evidence.holdsSlot(cafe, captain, Terms.of(captain))).isTrue();
        String single = "The café is run by Chris on weekdays.";
        assertThat(Evidence.holdsSlot(cafe, single, Terms.of(single))).isTrue();
        // AND asked without the word "name", a body a determiner opens may still answer
        assertThat(Evidence.holdsSlot(read("who is the data controller?"), controller, Terms.of(controller)))
                .isTrue();
    }

    @Test
    void aTableRowsLabelsAndTheFirstWordsOfItsCellsNameNoOne() {
        // GIVEN a question after a person, a row of roles with no one's name and a row that names someone
        ReadQuestion q = read("who's the first aider at the sessions?");
        String roles = "Role: First aider; Required: required; Minimum number per session: 1";
        String appointed = "Role: Deputy first aider; Name: Appointed by the committee";
        String named = "Role: First aider; Name: Ruth Calloway; Contact: Via the Secretary";
        String single = "Role: First aider; Name: Ruth";

        // THEN the labels and a cell's capitalised first word before lower-case words name no one; a name does
        assertThat(Evidence.holdsSlot(q, roles, Terms.of(roles))).isFalse();
        assertThat(Evidence.holdsSlot(q, appointed, Terms.of(appointed))).isFalse();
        assertThat(Evidence.holdsSlot(q, named, Terms.of(named))).isTrue();
        assertThat(Evidence.holdsSlot(q, single, Terms.of(single))).isTrue();
    }

    @Test
    void aReferenceToAPartOfTheDocumentNamesNoOne() {
        // GIVEN a question after people's names, a sentence that refers to parts of the document and one naming people
        ReadQuestion moderators = read("who are the discord moderators? names pls");
        String referring = "We keep your Discord username and the moderation records described in Part B and"
                + " Section 4(b).";
        String named = "The moderators are Jo Patel and Sam Reid.";

        // THEN "Part B" and "Section 4(b)" name no one, the people's names do
        assertThat(Evidence.holdsSlot(moderators, referring, Terms.of(referring))).isFalse();
        assertThat(Evidence.holdsSlot(moderators, named, Terms.of(named))).isTrue();
    }

    @Test
    void aPersonAskedForIsNotNamedByAPlacesName() {
        // GIVEN a question after a person's name, and one after a country's
        ReadQuestion person = read("whats the name of the person who runs the saturday kids club");
        ReadQuestion country = read("which country had government workers using the tools?");
        String place = "Our Saturday Garden Club meets at the Sprout Patch, the garden at Gullet Meadow.";
        String name = "The club is run by Jane Moss, a volunteer.";
        String singapore = "In Singapore, civil servants used the tools.";

        // THEN a place's name answers the country, not the person; a person's name answers the person
        assertThat(person.identity()).isTrue();
        assertThat(Evidence.holdsSlot(person, place, Terms.of(place))).isFalse();
        assertThat(Evidence.holdsSlot(person, name, Terms.of(name))).isTrue();
        assertThat(Evidence.holdsSlot(country, singapore, Terms.of(singapore))).isTrue();
        // AND a person where something goes, or after the title asked, answers the person
        String appeals = "Appeals go to Priya Shah within 14 days.";
        String coach = "Training is led by Head Coach Dan.";
        assertThat(Evidence.holdsSlot(read("who is the person I appeal to?"), appeals, Terms.of(appeals))).isTrue();
        assertThat(Evidence.holdsSlot(read("who's the head coach?"), coach, Terms.of(coach))).isTrue();
        // AND a month or a weekday names no one
        String season = "The club meets on the allotment every Saturday from March to October.";
        assertThat(Evidence.holdsSlot(person, season, Terms.of(season))).isFalse();
    }

    @Test
    void aDefinedTermAfterADemonstrativeNamesNoOneButANameAfterAMonthDoes() {
        // GIVEN a question asking a person's name, a sentence whose only capitalised run but the role asked follows
        // "this" (a document's defined term), and sentences naming the holder after "this" and a month or a weekday
        ReadQuestion manager = read("What's the name of the Community Manager?");
        String term = "The Community Manager reviews this Policy with the Lead Moderators every 12 months.";
        String rules = "The Community Manager enforces these Rules.";
        String month = "From this April Nadia Price is the Community Manager.";
        String weekday = "From this Saturday Tomasz Nowak is the Community Manager.";

        // THEN the defined term names no one
        assertThat(Evidence.holdsSlot(manager, term, Terms.of(term))).isFalse();
        assertThat(Evidence.holdsSlot(manager, rules, Terms.of(rules))).isFalse();
        // AND the name after the month or the weekday still names the person asked for
        assertThat(Evidence.holdsSlot(manager, month, Terms.of(month))).isTrue();
        assertThat(Evidence.holdsSlot(manager, weekday, Terms.of(weekday))).isTrue();
    }

    @Test
    void everyPlaceOfAListOfPlacesNamesNoOne() {
        // GIVEN a question after people, sentences whose places come in a list, and one that names a person after it
        ReadQuestion trustees = read("who are the trustees of the software trust?");
        String wales = "The Software Trust, a registered charity in England and Wales, acts as our fiscal host.";
        String cafes = "We run cafes in Leeds, York and Sheffield.";
        String named = "The trust is run in England by Amy Fox.";

        // THEN every place of the list says where, not who
        assertThat(Evidence.holdsSlot(trustees, wales, Terms.of(wales))).isFalse();
        assertThat(Evidence.holdsSlot(trustees, cafes, Terms.of(cafes))).isFalse();
        // AND a person's name beside a place still names someone, after "and" or "or" too
        assertThat(Evidence.holdsSlot(trustees, named, Terms.of(named))).isTrue();
        String joined = "Our swim club meets in Leeds and Amy Fox chairs it.";
        String either = "Contact the office in Leeds or Priya Shah directly.";
        assertThat(Evidence.holdsSlot(read("who chairs the swim club?"), joined, Terms.of(joined))).isTrue();
        assertThat(Evidence.holdsSlot(read("who do I contact?"), either, Terms.of(either))).isTrue();
    }

    @Test
    void aPersonAskedForByNameIsNotNamedByATitleAlone() {
        // GIVEN questions asking people's names, a sentence naming only a role and one naming its holder
        ReadQuestion team = read("who is actually on the security team? names pls");
        ReadQuestion founder = read("whats the name of the project founder?");
        String role = "The best action the Release Manager can take is to set aside some time.";
        String holder = "The security team is the Release Manager Jan Kowalski and two others.";
        String unnamed = "The founder of the project and all current developers follow The Rule.";
        String named = "The founder of the project is Richard Hale.";

        // THEN a run of titles names a role, not the person asked for; a name after a title does
        assertThat(Evidence.holdsSlot(team, role, Terms.of(role))).isFalse();
        assertThat(Evidence.holdsSlot(team, holder, Terms.of(holder))).isTrue();
        // AND what the name is of says a person is asked for: "founder", not the word "name"
        assertThat(Evidence.asksPerson(founder)).isTrue();
        assertThat(Evidence.holdsSlot(founder, unnamed, Terms.of(unnamed))).isFalse();
        assertThat(Evidence.holdsSlot(founder, named, Terms.of(named))).isTrue();
        // AND a run ending in a noun for a body names the body, not its members
        ReadQuestion committee = read("who is actually on the scipy code of conduct committee? names pls");
        String body = "Finally, the committee will make a report to the SciPy Steering Council.";
        String acronym = "Reports go to the Harbour Steering Council (HSC).";
        String plural = "Appeals go to the Lakeside Local Authorities.";
        String members = "The committee is Ana Lopez, Ben Okafor and the SciPy Steering Council's delegate.";
        assertThat(List.of(body, acronym, plural)).allSatisfy(s -> assertThat(
                Evidence.holdsSlot(committee, s, Terms.of(s))).as(s).isFalse());
        assertThat(Evidence.holdsSlot(committee, members, Terms.of(members))).isTrue();
        assertThat(Evidence.holdsSlot(read("who approves new releases?"), body, Terms.of(body))).isTrue();
        // AND a person whose surname is a noun for a body is still named, as no article opens the name
        ReadQuestion patron = read("who is the club's patron? names pls");
        List<String> surnames = List.of("The club's patron is Dame Margaret Court.",
                "The patron is Group Captain Jane Staff.", "Our patron is Mr Peter Board.");
        assertThat(surnames).allSatisfy(s -> assertThat(Evidence.holdsSlot(patron, s, Terms.of(s))).as(s).isTrue());
        // AND a name that ends like an agent noun is still a name
        String turner = "The treasurer is Brian Turner.";
        String walker = "The team is Peter Walker and Heather Cooper.";
        assertThat(Evidence.holdsSlot(read("what's the name of the treasurer?"), turner, Terms.of(turner))).isTrue();
        assertThat(Evidence.holdsSlot(team, walker, Terms.of(walker))).isTrue();
        // AND the name of a thing for people is no person's name ("the newsletter for parents")
        assertThat(Evidence.asksPerson(read("what's the name of the newsletter for parents?"))).isFalse();
        assertThat(Evidence.asksPerson(read("what's the treasurer's name?"))).isTrue();
        // AND asked without the word "name", a role answers who someone is, as before
        assertThat(Evidence.holdsSlot(read("who decides appeals?"), role, Terms.of(role))).isTrue();
    }

    @Test
    void whoSAsksWhoSomeoneIsAsWhoIsDoes() {
        // GIVEN "who's" and "whos", as members type "who is"
        // THEN each asks for an identity, which a name the question does not hold answers
        assertThat(read("who's the vice chair of the society?").identity()).isTrue();
        assertThat(read("whos the treasurer").identity()).isTrue();
        String vice = "If the Chair was involved, the Vice-Chair chooses the panel.";
        String titled = "The panel is chosen by Vice-Chair Priya Shah.";
        assertThat(Evidence.holdsSlot(read("who's the vice chair of the society?"), vice, Terms.of(vice))).isFalse();
        // AND a name after the title asked answers it
        assertThat(Evidence.holdsSlot(read("who's the vice chair of the society?"), titled, Terms.of(titled))).isTrue();
    }

    @Test
    void aCountedNounIsHeldByASameMeaningWordBesideAFigureButAUnitOnlyByItself() {
        // GIVEN "how many politicians" and "how many days", against sentences that count with other words
        ReadQuestion politicians = read("how many politicians did they meet?");
        ReadQuestion days = read("how many days do you keep chats?");
        String policymakers = "We met dozens of senior policymakers.";
        String weeks = "Chats are kept for four weeks.";
        WordMatcher.Table table = new WordMatcher(new WordEmbeddings(org.policybot.knowledge.KbFixtures.EMBEDDER)).table(
                List.of("politicians", "days", "chats"), List.of("met", "dozens", "senior", "policymakers", "chats",
                        "kept", "four", "weeks"), WordVectors.NONE);

        // WHEN the sentences' words of the counted noun's meaning are found
        Set<String> alikePoliticians = Evidence.alike(politicians, List.of("met", "dozens", "senior", "policymakers"), table);
        Set<String> alikeDays = Evidence.alike(days, List.of("chats", "kept", "four", "weeks"), table);

        // THEN "policymakers" counts politicians beside its figure; "weeks" is no count of days
        assertThat(alikePoliticians).contains("policymakers");
        assertThat(Evidence.holdsSlot(politicians, policymakers, Terms.of(policymakers), alikePoliticians)).isTrue();
        assertThat(Evidence.holdsSlot(politicians, policymakers, Terms.of(policymakers))).isFalse();
        assertThat(alikeDays).isEmpty();
        assertThat(Evidence.holdsSlot(days, weeks, Terms.of(weeks), alikeDays)).isFalse();
    }

    @Test
    void aMinimumOrMaximumIsHeldByAPhraseThatStatesTheBound() {
        // GIVEN sentences that state a lower bound, an upper bound, or neither in so many words
        String lower = "Kelpie Harbour is open to anyone aged 16 or over.";
        String upper = "Wardens can delete messages and time out members for up to 7 days.";
        String neither = "A Junior Member becomes a Full Member on their 18th birthday, or overtime applies.";

        // THEN "minimum" is held by "or over", "maximum" by "up to", and neither by the other or by parts of words
        assertThat(Evidence.statesBound("minimum", lower)).isTrue();
        assertThat(Evidence.statesBound("maximum", upper)).isTrue();
        assertThat(Evidence.statesBound("maximum", lower)).isFalse();
        assertThat(Evidence.statesBound("minimum", neither)).isFalse();
        assertThat(Evidence.statesBound("age", lower)).isFalse();
        // AND a limit stated as a comparison holds "maximum" too ("It cannot be bigger than 100 lines")
        assertThat(Evidence.statesBound("maximum", "It cannot be bigger than 100 lines, with context.")).isTrue();
        assertThat(Evidence.statesBound("maximum", "Claims must not exceed GBP 500.")).isTrue();
        assertThat(Evidence.statesBound("minimum", "Meetings need no fewer than 5 members present.")).isTrue();
        // AND a comparison that sets a floor is no maximum
        assertThat(Evidence.statesBound("maximum", "Passwords must be longer than 12 characters.")).isFalse();
        assertThat(Evidence.statesBound("maximum", "Claims that exceed GBP 500 go to the board.")).isFalse();
    }

    @Test
    void howMuchNoticeAsksForALengthOfTimeNotANoun() {
        // GIVEN questions asking "how much notice" and "how much time", and one asking "how much rent"
        ReadQuestion notice = read("how much advance notice do distributors get before a disclosure?");
        ReadQuestion time = read("How much time do I have to appeal?");
        ReadQuestion rent = read("How much rent does a desk cost?");

        // THEN the first two ask for a duration, which no counted noun must name; the third counts its noun
        assertThat(notice.type()).isEqualTo(org.policybot.knowledge.question.QuestionType.DURATION);
        assertThat(notice.counted()).isNull();
        assertThat(time.counted()).isNull();
        assertThat(rent.counted()).isEqualTo("rent");
    }

    @Test
    void aCountIsHeldByAFiguresCompoundATableCellOrAnIrregularPlural() {
        // GIVEN "how many people" and "how many points", against a compound figure, a table row and a plain sentence
        ReadQuestion people = read("how many people are on the steering council");
        ReadQuestion points = read("How many points do I need to become a Grandmaster?");
        String compound = "The steering council is a 5-person committee.";
        String row = "Tier: Grandmaster; Points earned in Qualifying Year: 1,500 or more; Earning multiplier: x2.";
        String unrelated = "The council meets in 2 cities each year.";

        // THEN the compound's noun, the column's name and the singular of "people" count, another noun does not
        assertThat(Evidence.holdsSlot(people, compound, Terms.of(compound))).isTrue();
        assertThat(Evidence.holdsSlot(points, row, Terms.of(row))).isTrue();
        assertThat(Evidence.holdsSlot(people, "Each of the 3 persons serves a year.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(people, unrelated, Terms.of(unrelated))).isFalse();
        assertThat(Evidence.holdsSlot(points, "Tier: Grandmaster; Benefits: 2 free plays.", List.of())).isFalse();
    }

    @Test
    void aCountOfPeopleIsHeldByAFigureBeforeAnyNounForPeople() {
        // GIVEN "how many people" and "how many ppl", against counts of members and trustees, a table column of
        // members, and figures before nouns that name no one, or that count something else
        ReadQuestion people = read("how many people are on the conduct committee?");
        ReadQuestion ppl = read("how many ppl need to turn up for the agm to count");
        ReadQuestion trustees = read("how many trustees are on the board?");
        String members = "The committee will consist of a minimum of 5 members.";
        String quorum = "The quorum for a general meeting is 300 full members or 2 per cent of the membership.";
        String board = "The board has between three and seven trustees.";

        // THEN a count of any people answers a count of people
        assertThat(Evidence.holdsSlot(people, members, Terms.of(members))).isTrue();
        assertThat(Evidence.holdsSlot(ppl, quorum, Terms.of(quorum))).isTrue();
        assertThat(Evidence.holdsSlot(people, board, Terms.of(board))).isTrue();
        assertThat(Evidence.holdsSlot(people, "Body: Conduct Committee; Members: 5; Term: 2 years.", List.of())).isTrue();
        // AND nouns that name things, sums of money, rates, nouns further on, and a column of fees or ages do not,
        // nor does a count of people answer a count of one role
        for (String other : List.of("The committee answers within 3 letters of the alphabet.",
                "A person wishing to join may attend up to three rehearsals as a guest.",
                "Membership costs £20 per member.", "Tickets cost £10 per adult and £5 per child.",
                "The society has 3 offices in Scotland.", "Up to 10 organisations may join the network.",
                "The club runs 4 development sessions a year.", "Each application gets 2 reviews before a decision.",
                "Set out 40 chairs in the hall.", "A 12-seat minibus is available.", "There are 3 minor changes.",
                "Band: Adult; Fee per member: £20.", "Team: Under 16; Minimum age of players: 16.")) {
            assertThat(Evidence.holdsSlot(people, other, Terms.of(other))).as(other).isFalse();
        }
        assertThat(Evidence.holdsSlot(trustees, members, Terms.of(members))).isFalse();
    }

    @Test
    void aDateATimeOfDayOrALengthOfTimeCountsNothing() {
        // GIVEN "how many trustees" and "how many moderators", against sentences whose only figures beside the noun
        // are a date, a time of day or a length of time, and "how many day passes" against a count of them
        ReadQuestion trustees = read("how many trustees are on the board?");
        ReadQuestion moderators = read("how many moderators are there?");
        ReadQuestion passes = read("how many day passes can a friend buy?");
        String date = "Approved by the Board of Trustees on 14 January 2025.";
        String clock = "Moderators are online between 8am and 10pm every day.";
        String hours = "Moderators answer within 2 hours.";
        String counted = "Nobody can buy more than 3 day passes in a calendar year.";

        // THEN none of the first three says how many; "3 day passes" does
        assertThat(Evidence.holdsSlot(trustees, date, Terms.of(date))).isFalse();
        assertThat(Evidence.holdsSlot(moderators, clock, Terms.of(clock))).isFalse();
        assertThat(Evidence.holdsSlot(moderators, hours, Terms.of(hours))).isFalse();
        assertThat(Evidence.holdsSlot(trustees, "The Board has 7 Trustees, elected on 1 June.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(passes, counted, Terms.of(counted))).isTrue();
    }

    @Test
    void aCountBesideADateOrAWeekdayStillCounts() {
        // GIVEN counts set after a date and a comma, before a weekday in a name, and as large as a year
        ReadQuestion trustees = read("how many trustees are on the board?");
        ReadQuestion clubs = read("how many clubs are there?");
        ReadQuestion members = read("how many members does the club have?");
        ReadQuestion passes = read("how many passes can I buy?");

        // THEN each still says how many
        assertThat(Evidence.holdsSlot(trustees, "At the AGM on 14 January, 9 trustees were elected.", List.of()))
                .isTrue();
        assertThat(Evidence.holdsSlot(clubs, "There are 12 Sunday League clubs.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(members, "The club has over 2000 members.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(read("How many societies does the Guild have?"),
                "The Guild supports over 400 affiliated student societies.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(read("how many players can a team have?"),
                "Teams have 5-to-7 registered players.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(passes, "You may buy up to 3 day-passes a year.", List.of())).isTrue();
    }

    @Test
    void anAgeAPairingAClauseNumberOrAReferenceCountsNoOne() {
        // GIVEN "how many" counting people, and one counting years
        ReadQuestion members = read("how many members does the association have?");
        ReadQuestion years = read("how many years old do I have to be to join?");
        // WHEN the only figures beside the noun are ages or a pairing THEN nothing is counted
        assertThat(Evidence.holdsSlot(members, "Membership is open to any person aged 14 or over.", List.of()))
                .isFalse();
        assertThat(Evidence.holdsSlot(members, "Junior Members aged 16 and 17 may use Amber tools.", List.of()))
                .isFalse();
        assertThat(Evidence.holdsSlot(members, "Members over the age of 18 may vote.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(members, "Members 65 or older pay half.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(members, "Volunteers do not meet members one-to-one.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(members, "Members under 18 are Junior Members.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(members, "Children under 16 cannot become members.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(members, "Anyone over 18 may become a member.", List.of())).isFalse();
        // AND a clause number or a reference to the outline counts nothing either
        assertThat(Evidence.holdsSlot(members, "2.1 Membership is open to anyone who supports the objects.", List.of()))
                .isFalse();
        assertThat(Evidence.holdsSlot(members, "Honorary members are appointed under section 2.6.", List.of()))
                .isFalse();
        // AND a count beside an age still counts, and an age answers a count of years
        assertThat(Evidence.holdsSlot(members, "The 240 members aged 18 or over elect the board.", List.of()))
                .isTrue();
        assertThat(Evidence.holdsSlot(members, "The club has over 2000 members.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(years, "You must be 16 years old to join.", List.of())).isTrue();
    }

    @Test
    void howMuchOfAThingIsAnsweredByNoChargeBesideIt() {
        // GIVEN a question asking how much of a thing, and one counting it
        ReadQuestion rent = read("how much rent do volunteers pay?");
        ReadQuestion passes = read("how many guest passes do I get?");
        // WHEN a sentence says the thing costs nothing THEN it answers how much, not how many
        assertThat(Evidence.holdsSlot(rent, "Volunteers pay no rent.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(rent, "Rent is reviewed by the board.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(passes, "Guest passes are free.", List.of())).isFalse();
    }

    @Test
    void aSentencesOpeningClauseNumberOrListMarkerIsNoFigureItHolds() {
        // GIVEN a question asking for a figure
        ReadQuestion price = read("how much does it cost to bring a trailer of sheep over?");

        // WHEN a sentence's only figure is its clause number or list marker THEN it holds no figure
        assertThat(Evidence.holdsKind(price, "8.4 Livestock is carried only by prior arrangement with the Pier Office."))
                .isFalse();
        assertThat(Evidence.holdsKind(price, "0. to own, manage and improve the harbour and the moorings in it;"))
                .isFalse();
        // AND a figure in the sentence's words still counts, after a clause number too, and an amount that opens a
        // sentence is no clause number
        assertThat(Evidence.holdsKind(price, "8.5 A livestock trailer costs GBP 40 each way.")).isTrue();
        assertThat(Evidence.holdsKind(price, "12.50 GBP is charged for a car.")).isTrue();
        assertThat(Evidence.holdsKind(price, "12.5 % of members may call a meeting.")).isTrue();
    }

    @Test
    void whoIsTheNeedsANameTheQuestionDoesNotHold() {
        ReadQuestion q = read("Who is the chair of the committee?");

        assertThat(q.identity()).isTrue();
        assertThat(Evidence.holdsSlot(q, "The committee is chaired by Ada Lovelace.", List.of())).isTrue();
        assertThat(Evidence.holdsSlot(q, "The chair of the committee is elected every year.", List.of())).isFalse();
    }

    @Test
    void aQuestionAboutHowThingsStandNowNeedsASentenceThatSaysHowTheyStand() {
        // GIVEN questions about the present ("rn" is chat for "now"): who holds a place, how many there are
        ReadQuestion who = read("who's on the steering council rn");
        ReadQuestion current = read("Who is the current chair of the committee?");
        ReadQuestion count = read("how many maintainers does the project have right now?");
        ReadQuestion days = read("how many days do I currently have to appeal?");

        // THEN a rule about the place holds none of them; a dated statement or one of the present does
        assertThat(Evidence.asksSlot(who)).isTrue();
        assertThat(Evidence.holdsSlot(who, "The Steering Council is elected by the Core Team.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(who, "The 2025 term steering council consists of Ada Lovelace and Alan Turing.",
                List.of())).isTrue();
        assertThat(Evidence.holdsSlot(current, "The chair of the committee is chosen by its Members.", List.of()))
                .isFalse();
        assertThat(Evidence.holdsSlot(current, "The committee is currently chaired by Grace Hopper.", List.of()))
                .isTrue();
        assertThat(Evidence.holdsSlot(count, "The project has 12 maintainers.", List.of())).isFalse();
        assertThat(Evidence.holdsSlot(count, "As of 2024 the project has 12 maintainers.", List.of())).isTrue();
        // a count of time units asks for a rule, not for how things stand
        assertThat(Evidence.holdsSlot(days, "You may appeal within 14 days of the decision.", List.of())).isTrue();
    }

    @Test
    void aQuestionAboutTheDateOfThisYearsOrTheNextOccasionNeedsASentenceThatStatesIt() {
        // GIVEN questions about when this year's or the next occasion is, and one about a rule of when
        ReadQuestion thisYear = read("when is the AGM this year");
        ReadQuestion next = read("when's the next open day?");
        ReadQuestion rule = read("when is the AGM held?");

        // THEN the rule that sets the date holds neither; a dated statement does; the rule answers the rule
        assertThat(Evidence.asksSlot(thisYear)).isTrue();
        assertThat(Evidence.holdsSlot(thisYear, "The AGM is held within six months after the end of the financial year.",
                List.of())).isFalse();
        assertThat(Evidence.holdsSlot(thisYear, "The 2026 AGM is on Saturday 14 March at the Old Hall.", List.of()))
                .isTrue();
        assertThat(Evidence.asksSlot(next)).isTrue();
        assertThat(Evidence.holdsSlot(next, "Open days are held on the first Sunday of June.", List.of())).isFalse();
        assertThat(Evidence.asksSlot(rule)).isFalse();
    }

    @Test
    void aRecurringDateAnswersTheNextOccasionOnlyWhereItsSentenceNamesIt() {
        // GIVEN a question about the next social, a sentence that dates socials by how they recur, and one that dates
        // something else the same way
        ReadQuestion next = read("when's the next social?");
        String socials = "Socials are held on the first Friday of each month.";
        String kit = "Kit is checked on the first Friday of each month.";

        // THEN the first holds the date asked for; the second names no social, so its date is not the social's
        assertThat(Evidence.holdsSlot(next, socials, Terms.of(socials))).isTrue();
        assertThat(Evidence.holdsSlot(next, kit, Terms.of(kit))).isFalse();
        // AND an occasion named by its capitalised short name is named by a sentence that holds it
        String agm = "The AGM is held on the first Saturday of March each year.";
        assertThat(Evidence.holdsSlot(read("When is the next AGM?"), agm, Terms.of(agm))).isTrue();
    }

    @Test
    void aSentenceThatAnnouncesAListHoldsWhatItsFirstItemHolds() {
        // GIVEN a sentence announcing a list of people now contacted, whose first item names one, and a sentence that
        // announces nothing
        String text = "Currently the list of people we contact ahead of a release is:\n- Jeremy Cline, Red Hat\n"
                + "- Daniele Tricoli, Debian";
        Passage p = new Passage("security#contacts", "security", "Security", List.of("Contacts"),
                "https://example.org/security", 0, text, Sentences.split(text));
        Candidate c = new Candidate(new IndexedPassage(p, SentenceVectors.of(new byte[p.sentences().size() * 4], 4)),
                1, 1, 1);
        RankedSentence announces = ranked(c, 0, false);
        Passage plain = new Passage("security#team", "security", "Security", List.of("Team"),
                "https://example.org/security", 0, "The team operates independently.",
                Sentences.split("The team operates independently."));
        RankedSentence alone = ranked(new Candidate(new IndexedPassage(plain, SentenceVectors.of(new byte[4], 4)),
                1, 1, 1), 0, false);
        ReadQuestion who = read("who is on the contact list ahead of a release?");
        ReadQuestion now = read("who is currently on the contact list?");

        // THEN the announcing sentence holds the name through its item (for "now" too: it says how things stand);
        // a sentence announcing nothing does not
        assertThat(Evidence.listHoldsSlot(who, announces, List.of(announces, ranked(c, 1, true)))).isTrue();
        assertThat(Evidence.listHoldsSlot(now, announces, List.of(announces, ranked(c, 1, false)))).isTrue();
        assertThat(Evidence.listHoldsSlot(who, announces, List.of(announces))).isFalse();
        assertThat(Evidence.listHoldsSlot(who, alone, List.of(alone, ranked(c, 1, true)))).isFalse();
    }

    private static RankedSentence ranked(Candidate c, int index, boolean slot) {
        double[] f = new double[SentenceFeature.COUNT];
        f[SentenceFeature.SLOT.ordinal()] = slot ? 1 : 0;
        return new RankedSentence(c, 0, index, f, 0.5);
    }

    @Test
    void phrasesAreAdjacentQuestionWordsKeptTogether() {
        List<String> q = Terms.of("data retention period");

        assertThat(Evidence.phrase(q, Terms.of("Data about members is kept; retention is reviewed each period.")))
                .isEqualTo(0.5f);
        assertThat(Evidence.phrase(q, Terms.of("Data retention: the period is two years."))).isEqualTo(1f);
        assertThat(Evidence.phrase(List.of("data"), Terms.of("data"))).isZero();
    }

    @Test
    void wordsOfTheDocumentsTitleHoldForEverySentenceOfIt() {
        // GIVEN a question that names its document by title ("contributor covenant")
        ReadQuestion q = read("who enforces the contributor covenant?");
        Set<String> title = Terms.distinct("Contributor Covenant Code of Conduct");
        WordMatcher.Table noSynonyms = new WordMatcher(new WordEmbeddings(org.policybot.knowledge.KbFixtures.EMBEDDER)).table(List.of(), List.of(), words -> Map.of());
        Set<String> naming = Terms.distinct("This Code of Conduct is adapted from the Contributor Covenant, version 2.1.");
        Set<String> answering = Terms.distinct("Community leaders are responsible for enforcing our standards.");

        // WHEN both sentences of that document are measured
        float namingCover = Evidence.cover(q, naming, Set.of(), title, new int[0], noSynonyms);
        float answeringCover = Evidence.cover(q, answering, Set.of(), title, new int[0], noSynonyms);

        // THEN naming the document gives neither sentence an edge: only "enforces" tells them apart
        assertThat(answeringCover).isGreaterThan(namingCover);
        assertThat(Evidence.cover(q, answering, Set.of(), Set.of(), new int[0], noSynonyms)).isLessThan(answeringCover);
    }

    @Test
    void aStatedFigureMeetsAFigureOfTheSameUnit() {
        assertThat(Evidence.figureMatch(read("is it 3 months?"), "Appeals are heard within four weeks.")).isTrue();
        assertThat(Evidence.figureMatch(read("do 30 members vote?"), "Seven members of the board vote.")).isTrue();
        assertThat(Evidence.figureMatch(read("do 30 members vote?"), "Votes close after 7 days.")).isFalse();
        assertThat(Evidence.figureMatch(read("do members vote?"), "Votes close after 7 days.")).isFalse();
    }
}
