package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class PlainTextParserTest {
    private static final String TERMS = "TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION";
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    private ParsedDocument text(String content) {
        return ingestor.parse(Source.of("policy.txt", content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void apacheLicenseClausesBecomeSectionsUnderTheTermsHeading() {
        // GIVEN the Apache License 2.0 text as shipped by Debian
        ParsedDocument doc = ingestor.parse(Source.of("Apache-2.0.txt", Fixtures.resource("Apache-2.0.txt")));

        // WHEN it is split into passages
        List<Passage> passages = new Splitter().split("apache-2.0", doc);

        // THEN the numbered clauses name the sections, under the ALL-CAPS heading, without their final period
        assertThat(doc.title()).isEqualTo("Apache License");
        assertThat(passages).extracting(Passage::section).contains(
                List.of(TERMS, "1. Definitions"), List.of(TERMS, "2. Grant of Copyright License"),
                List.of(TERMS, "3. Grant of Patent License"), List.of(TERMS, "4. Redistribution"),
                List.of(TERMS, "9. Accepting Warranty or Additional Liability"));
        Passage patent = passages.stream().filter(p -> p.section().contains("3. Grant of Patent License"))
                .findFirst().orElseThrow();
        assertThat(patent.text()).startsWith("Subject to the terms and conditions of this License, each Contributor"
                + " hereby grants to You a perpetual, worldwide, non-exclusive, no-charge, royalty-free, irrevocable"
                + " (except as stated in this section) patent license");
        assertThat(patent.id()).isEqualTo("apache-2.0#terms-and-conditions-for-use-reproduction-and-distribution"
                + ".3-grant-of-patent-license.1");
        assertThat(passages).extracting(Passage::sectionLabel)
                .anySatisfy(l -> assertThat(l).startsWith("APPENDIX: How to apply the Apache License"));
        assertThat(passages).allSatisfy(p -> assertThat(p.text()).doesNotContain("\n   "));
    }

    @Test
    void aTableOfContentsInCapitalsHoldsNoneOfTheSectionsItLists() {
        // GIVEN a constitution whose "CONTENTS" in capitals lists its numbered sections before they follow
        ParsedDocument doc = text("CHORUS RULES\n\nCONTENTS\n\n   1. Name\n   2. Membership\n\n\n"
                + "1. NAME\n\n1.1  The name of the charity is the Chorus.\n\n"
                + "2. MEMBERSHIP\n\n2.1  Membership is open to anyone aged 18 or over.\n");

        // THEN the numbered sections stand at the top of the outline, not inside the table of contents
        assertThat(doc.blocks()).filteredOn(b -> b.text().contains("charity"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("1. NAME"));
        assertThat(doc.blocks()).filteredOn(b -> b.text().contains("aged 18"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("2. MEMBERSHIP"));
    }

    @Test
    void aSectionNamedContentsAfterTheOutlineHasBegunIsASectionLikeAnyOther() {
        // GIVEN an insurance policy whose "CONTENTS" cover follows its "BUILDINGS" cover and its numbered clauses
        ParsedDocument doc = text("HOME INSURANCE POLICY\n\nBUILDINGS\n\n1. WHAT IS COVERED\n\n"
                + "Your walls and roof are covered.\n\nCONTENTS\n\nYour furniture is covered against theft.\n");

        // THEN the theft cover stands under "CONTENTS" alone, not inside "BUILDINGS"
        assertThat(doc.blocks()).filteredOn(b -> b.text().contains("theft"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("CONTENTS"));
    }

    @Test
    void listItemsStayApartAndWrappedLinesJoin() {
        // GIVEN a clause with hard-wrapped (a)/(b) items
        ParsedDocument doc = text("Rules\n\n4. Conduct. Members must:\n\n   (a) be kind to\n       others; and\n\n"
                + "   (b) report abuse to\n       a moderator.\n");

        // THEN each item is one paragraph on one line, under the clause
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Members must:", "(a) be kind to others; and",
                "(b) report abuse to a moderator.");
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("4. Conduct"));
    }

    @Test
    void bulletItemsOfOneListStayApart() {
        // GIVEN an indented "*" list whose items end without punctuation, one of them hard-wrapped
        ParsedDocument doc = text("1. Triagers\n\n   Triagers have:\n\n     * ability to label issues\n"
                + "     * ability to comment, close, and\n       reopen issues\n");

        // THEN each item is a paragraph of its own: the same bullet on the next line is the next item
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Triagers have:",
                "* ability to label issues", "* ability to comment, close, and reopen issues");
        assertThat(PlainTextParser.follows("*", "*")).isTrue();
        assertThat(PlainTextParser.follows("*", "-")).isFalse();
    }

    @Test
    void aRunInEnumerationWrappedOntoItsOwnLineStaysOneSentence() {
        // GIVEN a wrapped paragraph whose line after a colon happens to open with "(1)", which goes on to "(2)"
        ParsedDocument doc = text("Preamble\n\n  Developers protect your rights with two steps:\n"
                + "(1) assert copyright on the software, and (2) offer you this License\n"
                + "giving you permission to copy it.  For the developers' protection, the\n"
                + "License explains that there is no warranty.\n");

        // THEN the paragraph stays whole: the enumeration is inside one sentence, not a list
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Developers protect your rights with two steps:"
                + " (1) assert copyright on the software, and (2) offer you this License giving you permission to copy it."
                + " For the developers' protection, the License explains that there is no warranty.");
        assertThat(PlainTextParser.isRunIn("(a) be kind to others; and", "(a)")).isFalse();
        assertThat(PlainTextParser.isRunIn("(a) one thing or (b) another", "(a)")).isTrue();
    }

    @Test
    void aNumberedTitleInSentenceCaseHeadsTheProseUnderItButTheLastItemOfAListDoesNot() {
        // GIVEN numbered titles in sentence case over paragraphs, and a numbered list that a paragraph follows
        ParsedDocument doc = text("Privacy Notice\n\n1. Who we are\n\nWe are the Harbour Rowing Club, a members'"
                + " club that runs the boathouse on Mill Lane.\n\n2. What we collect\n\nWe collect your name, address"
                + " and the emergency contact you give us when you join.\n\nTo ask for a copy:\n\n1. Fill in the form\n\n"
                + "2. Send it to the secretary\n\nWe answer every request within one calendar month of receiving it.\n");

        // THEN the two titles head their paragraphs; the list's items stay text of section 2
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("We are"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("1. Who we are"));
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("We answer"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("2. What we collect"));
        assertThat(doc.blocks()).extracting(Block::text).contains("1. Fill in the form", "2. Send it to the secretary");
    }

    @Test
    void aTitleCaseLineStraightAboveAParagraphHeadsItButAnAddressDoesNot() {
        // GIVEN text wrapped at 60 columns where titles sit on the line above their paragraphs, and an address
        ParsedDocument doc = text("Club Handbook\n\nWho We Are\nWe are the Harbour Rowing Club, a members' club that"
                + " runs\nthe boathouse on Mill Lane and trains crews of every age.\n\nJane Smith\nSecretary, Mill Lane,"
                + " Harbour Town.\n\nBooking A Boat\nBook a boat at least two days ahead through the members' site,\n"
                + "and bring it back to its rack before the boathouse closes.\n");

        // THEN each title names the section of its paragraph, and the address stays text
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("We are"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("Who We Are"));
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("Book a boat"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("Booking A Boat"));
        assertThat(doc.blocks()).extracting(Block::text).anyMatch(t -> t.startsWith("Jane Smith"));
    }

    @Test
    void aPageDumpedAsTextKeepsItsWrappedTitleAndItsSentenceCaseHeadingsAtTheMargin() {
        // GIVEN a web page dumped as text: its title wrapped onto a centred line, headings in sentence case at the
        // margin above paragraphs indented under them, a list item and a one-line note at the margin
        ParsedDocument doc = text("Information regarding the bug processing system for package maintainers and bug\n"
                + "                                    triagers\n\n"
                + "   Initially, a bug report is submitted by a user as an ordinary mail\n"
                + "   message, which is then given a number and acknowledged to the user.\n\n"
                + "Closing bug reports\n\n"
                + "   Debian bug reports should be closed when the problem is fixed. Problems\n"
                + "   in packages can only be considered fixed once the fix enters the archive.\n\n"
                + "Last updated 12 March 2024\n\n"
                + "   Reports are read by the owner of the package and by the people who look\n"
                + "   after the bug tracking system, who may move them between packages.\n\n"
                + "See also the\n\n"
                + "   developers' reference, which says more about closing bugs and about\n"
                + "   the pseudo-header lines a message may start with when it closes one.\n");

        // THEN the title is whole, the margin line heads the paragraph under it, and a line that runs on heads nothing
        assertThat(doc.title()).isEqualTo(
                "Information regarding the bug processing system for package maintainers and bug triagers");
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("Debian bug reports"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("Closing bug reports"));
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("Initially"))
                .allSatisfy(b -> assertThat(b.sectionPath()).isEmpty());
        assertThat(doc.blocks()).extracting(Block::text).anyMatch(t -> t.startsWith("See also the"));
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("Reports are read"))
                .allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("Closing bug reports"));
    }

    @Test
    void aWrappedLineInCapitalsOrATitleBlocksDatedLineHeadsNothing() {
        // GIVEN a disclaimer in capitals wrapped at 60 columns and an edition line above the line under it
        ParsedDocument doc = text("Licence Terms\n\n1. Warranty\n\nTHE SOFTWARE IS PROVIDED \"AS IS\" AND \"WITH ALL\n"
                + "FAULTS.\" THE AUTHORS DISCLAIM ALL WARRANTIES OF ANY KIND, EXPRESS OR IMPLIED.\n\n"
                + "Edition 7, March 2024\nKept by Sam Adebayo-Kerr, Volunteer Coordinator. Next review due in March of"
                + " the next year.\n");

        // THEN both stay text of the clause they stand in
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("1. Warranty"));
    }

    @Test
    void recognisesTheCommonHeadingShapes() {
        // GIVEN headings written as "Article II", "Section 4", "1.2 Scope", ALL CAPS and a Title Case line
        ParsedDocument doc = text("Staff Handbook\n\nArticle II\n\nSection 4\n\nLeave is requested a week ahead.\n\n"
                + "1.2 Scope\n\nThis applies to all staff.\n\nGENERAL PROVISIONS\n\nNothing here is a contract.\n\n"
                + "Working From Home\n\nRemote days need a manager's approval.\n");

        // THEN each becomes a section at a sensible level; "1.2" is not a part of "Section 4" (numbers decide)
        assertThat(doc.title()).isEqualTo("Staff Handbook");
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsExactly(
                List.of("Article II", "Section 4"),
                List.of("Article II", "1.2 Scope"),
                List.of("GENERAL PROVISIONS"),
                List.of("GENERAL PROVISIONS", "Working From Home"));
    }

    @Test
    void ordinarySentencesAndListsAreNotHeadings() {
        // GIVEN lines that look a little like headings but are prose or steps
        ParsedDocument doc = text("Notes\n\nSection 4 describes the rules in detail.\n\n1. Open the settings page\n\n"
                + "Thanks for reading.\n");

        // THEN they stay paragraphs without sections
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsOnly(List.of());
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Section 4 describes the rules in detail.",
                "1. Open the settings page", "Thanks for reading.");
    }

    @Test
    void aStreetNumberIsNotASectionNumber() {
        // GIVEN a contact section ending in a postal address whose street line reads like "331 E." and a title
        ParsedDocument doc = text("Privacy Notice\n\nContact\n\nYou may write to the Mozilla Corporation, Attn: Legal"
                + " Notices.\n\n331 E. Evelyn Ave,\nMountain View, CA 94041\n");

        // THEN the address stays in the contact section, whole
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsOnly(List.of("Contact"));
        assertThat(doc.blocks()).extracting(Block::text).anySatisfy(t -> assertThat(t).contains("331 E. Evelyn Ave"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"        https://example.org/privacy\n", "        updated 5 March 2024\n"})
    void aCentredLinkOrDateUnderTheTitleIsNoPartOfIt(String second) {
        // GIVEN a title over a centred lower-case line that is a link or a date
        ParsedDocument doc = text("Privacy Notice\n" + second + "\nWe keep logs for 30 days.\n");

        // THEN the title stays one line
        assertThat(doc.title()).isEqualTo("Privacy Notice");
    }

    @Test
    void titleLineCarriesUrlAndDateLines() {
        // GIVEN a header block with a title, a URL and a date
        ParsedDocument doc = text("Privacy Notice\nhttps://example.org/privacy\n5 March 2024\n\nWe keep logs for 30 days.\n");

        // THEN they are metadata, not body text
        assertThat(doc.title()).isEqualTo("Privacy Notice");
        assertThat(doc.url()).isEqualTo("https://example.org/privacy");
        assertThat(doc.published()).isEqualTo("2024-03-05");
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("We keep logs for 30 days.");
    }

    @Test
    void aVersionLineUnderTheTitleGivesTheDateAndStaysText() {
        // GIVEN the GPL's title block: the title, then "Version 3, 29 June 2007"
        ParsedDocument doc = ingestor.parse(Source.of("GPL-3", Fixtures.resource("GPL-3")));

        // THEN the date is the document's, and the line is still text to quote
        assertThat(doc.published()).isEqualTo("2007-06-29");
        assertThat(doc.blocks().get(0).text()).isEqualTo("Version 3, 29 June 2007");
    }

    @Test
    void longUnwrappedParagraphWithBrandNamesIsNotTreatedAsAScrapedPage() {
        // GIVEN one long line of prose (no hard wrapping) that mentions CamelCase brands
        String sentence = "Members share videos on YouTube, code on GitHub, slides from PowerPoint and jobs on LinkedIn,"
                + " and moderators check every link before it is pinned to the channel. ";
        ParsedDocument doc = text("Links\n\n" + sentence.repeat(12) + "\n");

        // THEN it stays one paragraph, brand names intact
        assertThat(doc.blocks()).singleElement().satisfies(b -> {
            assertThat(b.text()).contains("on YouTube, code on GitHub").hasSize(sentence.repeat(12).strip().length());
            assertThat(b.sectionPath()).isEmpty();
        });
    }

    private List<Passage> passages(String fileName) {
        ParsedDocument doc = ingestor.parse(Source.of(fileName, Fixtures.resource(fileName)));
        return new Splitter().split("doc", doc);
    }

    @Test
    void aNumberedConstitutionNestsSectionsByTheirNumbers() {
        // GIVEN a plain-text constitution: numbered sections, sub-sections as titles above indented text, numbered
        // items inside them, and a section 6 that opens with a clause instead of a title
        List<Passage> passages = passages("constitution.txt");

        // THEN the sub-sections sit under their sections, the items stay in their sub-section, and "6.1. Powers"
        // is never put under "5. Project Leader"
        assertThat(StructureChecks.labels(passages)).containsExactly("", "1. Name", "2. Objects",
                "3. Membership › 3.1. Eligibility", "3. Membership › 3.2. Classes of membership",
                "3. Membership › 3.3. Fees", "4. General Meetings", "5. Project Leader", "6.1. Powers",
                "6.2. Meetings", "7. Discipline", "8. Dissolution");
        StructureChecks.numbersNest(passages);
        assertThat(StructureChecks.in(passages, "3. Membership › 3.1. Eligibility").text())
                .isEqualTo("Membership is open to anyone who:\n\n1. is at least 16 years old;\n\n2. can swim 50 metres;"
                        + " and\n\n3. agrees to follow this Constitution and the Club's safety rules.");
        assertThat(passages).filteredOn(p -> p.text().startsWith("6. The Committee is made up of"))
                .singleElement().satisfies(p -> assertThat(p.section()).isEmpty());
        assertThat(StructureChecks.in(passages, "6.1. Powers").text()).contains("(a) manage the Club's boats");
    }

    @Test
    void numberedItemsUnderADottedHeadingStayItemsAndTheNextHeadingIsFound() {
        // GIVEN an agreement whose sections "1.1.1.", "1.1.2.", "1.2." each hold a list "1.", "2.", "3." indented
        // under them, the first heading followed straight by its list
        List<Passage> passages = passages("sdk-agreement.txt");

        // THEN "2." and "3." are items of the list, not sections after section 1, and every heading after them is
        // found in its place
        String chapter = "1. License Agreement for Software Kits";
        assertThat(StructureChecks.labels(passages)).containsExactly("", chapter + " › Important Notice",
                chapter + " › 1.1. License › 1.1.1. License Grant",
                chapter + " › 1.1. License › 1.1.2. Distribution Requirements", chapter + " › 1.2. Limitations",
                "2. Supplement › 2.1. License Scope");
        assertThat(StructureChecks.in(passages, chapter + " › 1.1. License › 1.1.1. License Grant").text())
                .endsWith("2. Modify and create derivative works of sample source code delivered in the SDK, and\n\n"
                        + "3. Distribute those portions of the SDK.");
    }

    @Test
    void aSectionAtTheMarginAfterAListAtTheMarginIsStillASection() {
        // GIVEN rules whose section 2 ends on a list numbered at the margin, then section 3 at the margin
        ParsedDocument doc = text("Club Rules\n\n1. Membership\n\nMembers must be 16 or over.\n\n2. Conduct\n\n"
                + "Members must:\n\n1. be kind to others;\n\n2. follow the Wardens' instructions.\n\n3. Fees\n\n"
                + "The annual fee is 18 pounds.\n");

        // THEN the fee sentence is in section 3, not an item of section 2
        assertThat(doc.blocks()).filteredOn(b -> b.text().startsWith("The annual fee")).singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).containsExactly("3. Fees"));
    }

    @Test
    void mozillaPublicLicenseKeepsDefinitionsBoxesAndExhibits() {
        // GIVEN the MPL 2.0 as Debian ships it: setext-underlined sections, definitions as titles above indented
        // text, two sections inside boxes of "*", a title wrapped onto two lines, and exhibits
        List<Passage> passages = passages("MPL-2.0");

        // THEN each is a section in its place
        assertThat(StructureChecks.labels(passages)).contains("1. Definitions › 1.1. \"Contributor\"",
                "1. Definitions › 1.14. \"You\" (or \"Your\")", "2. License Grants and Conditions › 2.1. Grants",
                "5. Termination", "6. Disclaimer of Warranty", "7. Limitation of Liability", "8. Litigation",
                "10. Versions of the License › 10.4. Distributing Source Code Form that is Incompatible With"
                        + " Secondary Licenses",
                "Exhibit A - Source Code Form License Notice");
        StructureChecks.numbersNest(passages);
        // AND a definition's text says what it defines; box borders are gone
        assertThat(StructureChecks.in(passages, "1. Definitions › 1.1. \"Contributor\"").text())
                .startsWith("1.1. \"Contributor\" means each individual or legal entity");
        assertThat(StructureChecks.in(passages, "6. Disclaimer of Warranty").text())
                .startsWith("Covered Software is provided under this License on an \"as is\" basis").doesNotContain("*");
        assertThat(StructureChecks.in(passages, "5. Termination").text()).doesNotContain("Disclaimer");
    }

    @Test
    void gplThreeFindsEveryNumberedSectionAndNoCapitalisedParagraphIsAHeading() {
        // GIVEN the GPL 3 as Debian ships it: centred headings, "0." to "17." sections, paragraphs in capitals
        List<Passage> passages = passages("GPL-3");

        // THEN all eighteen sections are found under TERMS AND CONDITIONS, and the capitals stay text
        List<String> labels = StructureChecks.labels(passages);
        assertThat(labels.stream().filter(l -> l.startsWith("TERMS AND CONDITIONS › ")).count()).isEqualTo(18);
        assertThat(labels).contains("Preamble", "TERMS AND CONDITIONS › 14. Revised Versions of this License",
                "TERMS AND CONDITIONS › 15. Disclaimer of Warranty");
        assertThat(labels).noneMatch(l -> l.contains("HOLDERS AND/OR"));
        assertThat(StructureChecks.in(passages, "TERMS AND CONDITIONS › 15. Disclaimer of Warranty").text())
                .startsWith("THERE IS NO WARRANTY FOR THE PROGRAM");
        // AND lettered items stay whole, even where a wrapped line starts with a number ("section\n7.  This")
        assertThat(passages).anySatisfy(p -> assertThat(p.text()).contains("b) The work must carry prominent notices"
                + " stating that it is released under this License and any conditions added under section 7. This"
                + " requirement modifies"));
    }

    @Test
    void retentionScheduleReadsTitlesAboveIndentedTextAndItsTables() {
        // GIVEN an old-style schedule: "4.1. Tile service request logs" above indented text, clauses "1.1. ...",
        // a header laid out in two aligned columns and an appendix table drawn with +---+ and |
        List<Passage> passages = passages("corpus/data-retention-schedule.txt");

        // THEN the titled clauses are sections under their parent, the plain clauses stay in theirs
        assertThat(StructureChecks.labels(passages)).contains("1. Scope", "4. Operational Data › 4.1. Tile service"
                + " request logs", "5. Community Data › 5.10. TraceClean training data", "6. Foundation Records ›"
                + " 6.3. Board minutes and resolutions", "APPENDIX A -- RETENTION TABLE");
        StructureChecks.numbersNest(passages);
        assertThat(StructureChecks.in(passages, "4. Operational Data › 4.2. Server logs").text())
                .isEqualTo("Web server and application logs for the websites, the forum and the tile service API are"
                        + " kept for 30 days.");
        // AND the tables read as rows, one per line, with the columns named
        assertThat(StructureChecks.in(passages, "").text()).isEqualTo("Document No.: LF-POL-007; Revision: 4.\n"
                + "Adopted by the Board: 6 November 2023; Owner: Data Protection Officer.\nNext review due: November 2025");
        assertThat(passages).filteredOn(p -> p.sectionLabel().equals("APPENDIX A -- RETENTION TABLE"))
                .flatMap(p -> List.of(p.text().split("\n"))).contains(
                        "Data category: Forum IP addresses; Retention period: 90 days; Trigger: Date recorded.",
                        "Data category: Board minutes; Retention period: Permanent.");
    }

    @Test
    void spaceAlignedColumnsUnderARuleReadAsNamedRows() {
        // GIVEN a table of aligned columns with a dashed rule under its header, and a cell wrapped onto a second line
        ParsedDocument doc = text("Retention\n\nCategory        Kept for     Why\n--------        --------     ---\n"
                + "Forum posts     2 years      moderation\nIP addresses    90 days      abuse\n"
                + "                             prevention\n\nNothing else is kept.\n");

        // THEN each row is a sentence naming its columns; the wrapped cell is whole
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                "Category: Forum posts; Kept for: 2 years; Why: moderation.\n"
                        + "Category: IP addresses; Kept for: 90 days; Why: abuse prevention.",
                "Nothing else is kept.");
    }

    @Test
    void aDotLeaderListReadsAsKeyAndValueRowsNotOneParagraph() {
        // GIVEN an introducing line, then key and value lines joined by dot leaders, then prose
        ParsedDocument doc = text("DELIVERY\n\nOur charges are:\n\n  UK standard ............... 3.40 pounds\n"
                + "  UK tracked 24 ............. 5.20 pounds\n  Collection ................ free, by appointment\n\n"
                + "Delivery times are estimates.\n");

        // THEN each line is a row of its own, read "key: value."
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Our charges are:",
                "UK standard: 3.40 pounds.\nUK tracked 24: 5.20 pounds.\nCollection: free, by appointment.",
                "Delivery times are estimates.");
    }

    @Test
    void labelsWithTheirValuesInAColumnAreParagraphsOfTheirOwn() {
        // GIVEN a licence's parameters: labels at the margin, values in a column, a long value wrapped under itself,
        // and a label written after a wrapped value; then prose that happens to hold a colon, and a paragraph whose
        // first line is indented and whose next line opens "Schedule 2:"
        ParsedDocument doc = text("Parameters\n\nLicensor:             Example, Inc.\n"
                + "Licensed Work:        Widget 1.6 or later. The Licensed Work is (c) 2024\n"
                + "                      Example, Inc.\n"
                + "Additional Use Grant: You may make production use of the Licensed Work\n"
                + "                      for internal purposes. (https://example.com/faq)\n"
                + "Change Date:          Four years from the date the Licensed Work is published.\n"
                + "Change License:       MPL 2.0\n\n"
                + "For information about other arrangements write to us. Note: we answer\n"
                + "within a week.\n\n    The charges for each service are those set out in\n"
                + "Schedule 2: Fees and Charges, as in force on the day.\n");

        // THEN each label opens a paragraph holding its whole value; the prose paragraphs stay whole
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("Licensor: Example, Inc.",
                "Licensed Work: Widget 1.6 or later. The Licensed Work is (c) 2024 Example, Inc.",
                "Additional Use Grant: You may make production use of the Licensed Work for internal purposes."
                        + " (https://example.com/faq)",
                "Change Date: Four years from the date the Licensed Work is published.", "Change License: MPL 2.0",
                "For information about other arrangements write to us. Note: we answer within a week.",
                "The charges for each service are those set out in Schedule 2: Fees and Charges, as in force on the"
                        + " day.");
    }

    @Test
    void anFaqsLabelledQuestionsAreTheHeadingsOfTheirAnswers() {
        // GIVEN an FAQ written as text: a topic underlined, "Q:" and "A:" lines with wrapped answers, a numbered
        // question "Q3." with a one-line answer, a question and answer on one line, a paragraph after an answer,
        // and answers that open a list on their label's line, under the question or a blank line after it
        ParsedDocument doc = text("Club FAQ\n\nMEMBERSHIP\n==========\n\nQ: Can I bring a friend to climb?\n"
                + "A: Yes. Guests may climb twice a year with a member\n   who has passed the belay test.\n"
                + "Q: Is there a family rate?\nA: Families of four pay 90 pounds a month.\n\n"
                + "Q3. How old must children be?\n\nA3. Children must be 8 or older.\n\n"
                + "Under-8s may join taster sessions.\n\nQ: Do you sell chalk? A: Yes, at the desk.\n\n"
                + "Q: When are you open?\nA: - Monday to Friday: 10:00 to 22:00\n   - Weekends: 09:00 to 20:00\n\n"
                + "Q: Can I hire shoes?\n\nA: - Shoes cost 3 pounds.\n   - Harnesses are free.\n");

        // THEN each question heads its answer without its label, the label leaves the answer, the paragraph
        // after an answer stays under its question, and the items of an answer's list stay apart
        assertThat(doc.blocks()).extracting(b -> String.join(" › ", b.sectionPath()) + " | " + b.text())
                .containsExactly(
                        "MEMBERSHIP › Can I bring a friend to climb? | Yes. Guests may climb twice a year with a"
                                + " member who has passed the belay test.",
                        "MEMBERSHIP › Is there a family rate? | Families of four pay 90 pounds a month.",
                        "MEMBERSHIP › How old must children be? | Children must be 8 or older.",
                        "MEMBERSHIP › How old must children be? | Under-8s may join taster sessions.",
                        "MEMBERSHIP › Do you sell chalk? | Yes, at the desk.",
                        "MEMBERSHIP › When are you open? | - Monday to Friday: 10:00 to 22:00",
                        "MEMBERSHIP › When are you open? | - Weekends: 09:00 to 20:00",
                        "MEMBERSHIP › Can I hire shoes? | - Shoes cost 3 pounds.",
                        "MEMBERSHIP › Can I hire shoes? | - Harnesses are free.");
    }

    @Test
    void anUnlabelledAnswerStaysTextAndQuarterLinesAndQuizOptionsAreNoFaq() {
        // GIVEN questions followed by answers without a label, a question of two questions, quarters labelled "Q1:",
        // a sentence wrapped before "Q3.", and a quiz whose options are lettered "A.", "B."
        ParsedDocument doc = text("Member FAQ\n\nQ: How do I reset my password?\nGo to Settings and click Reset.\n\n"
                + "Q: Are leaders instructors? Who is responsible?\nA: Leaders are volunteers.\n\n"
                + "1. Reviews\n\nQ1: access logs and leavers.\nQ2: supplier contracts.\n\nRequests must arrive before"
                + " the end of\nQ3. Requests sent later are reviewed in Q4.\n\nQ5. Who may approve remote access?\n"
                + "A. Your line manager.\nB. The IT security lead.\n");

        // THEN an unlabelled answer is the text under its question, two questions make one heading, the quarters
        // and the wrapped sentence stay text, and the quiz keeps its options' letters
        assertThat(doc.blocks()).extracting(b -> String.join(" › ", b.sectionPath()) + " | " + b.text())
                .containsExactly("How do I reset my password? | Go to Settings and click Reset.",
                        "Are leaders instructors? Who is responsible? | Leaders are volunteers.",
                        "1. Reviews | Q1: access logs and leavers. Q2: supplier contracts.",
                        "1. Reviews | Requests must arrive before the end of Q3. Requests sent later are reviewed in Q4.",
                        "1. Reviews › Who may approve remote access? | A. Your line manager. B. The IT security lead.");
    }

    @Test
    void aDatedReleaseHeadingAndATopLevelHeadingAfterAChapterStayHeadings() {
        // GIVEN underlined release headings whose label holds a number, and a chapter followed by a top-level
        // "Version History" whose lines are numbered as the chapter's sub-sections would be
        ParsedDocument releases = text("Release notes\n\nRelease 2.1: 14 March 2021\n--------------------------\n\n"
                + "Drafts are kept 30 days.\n\nRelease 2.0: 2 January 2021\n---------------------------\n\n"
                + "Drafts are kept 7 days.\n");
        ParsedDocument history = text("Policy\n\n1. Overview\n\nThis policy covers leave.\n\nVersion History\n"
                + "===============\n\n1.1 Added the approval step for managers.\n");

        // THEN each release names its section, and the history is not a section of chapter 1
        assertThat(releases.blocks()).extracting(b -> String.join(" › ", b.sectionPath()) + " | " + b.text())
                .containsExactly("Release 2.1: 14 March 2021 | Drafts are kept 30 days.",
                        "Release 2.0: 2 January 2021 | Drafts are kept 7 days.");
        assertThat(history.blocks()).filteredOn(b -> b.text().startsWith("1.1 Added")).singleElement()
                .satisfies(b -> assertThat(b.sectionPath()).doesNotContain("1. Overview"));
    }

    @Test
    void aLetteredItemIsNoAnswerAndALabelledSentenceIsNoQuestion() {
        // GIVEN lettered items "A." and "B." under a heading, and a paragraph opening "Question:" that runs long
        ParsedDocument doc = text("Rules\n\n1. Scope\n\nA. Members must sign in.\n\nB. Guests must sign in.\n\n"
                + "Question. Members who are unsure whether a rule applies to them should ask a member of staff"
                + " first, since staff can tell them.\n");

        // THEN the items keep their letters and nothing becomes a question's section
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("A. Members must sign in.",
                "B. Guests must sign in.", "Question. Members who are unsure whether a rule applies to them should"
                        + " ask a member of staff first, since staff can tell them.");
        assertThat(doc.blocks()).allSatisfy(b -> assertThat(b.sectionPath()).containsExactly("1. Scope"));
    }

    @Test
    void aChapterKeepsItsUnderlinedNoticeAndItsDateIsText() {
        // GIVEN chapters underlined as titles, each followed by an underlined date line, the first also by an
        // underlined notice before its numbered sections
        ParsedDocument doc = text("End User License Agreement\n--------------------------\n\nPreface\n-------\n\n"
                + "The terms below govern the kit.\n\n\n1. License Agreement for Kits\n----------------------------\n"
                + "\n\nRelease Date: July 26, 2018\n---------------------------\n\n\nImportant Notice\n----------------\n"
                + "\nThis agreement is between you and the vendor.\n\n\n1.1. License\n\nYou may use the kit.\n\n\n"
                + "2. Supplement for the Toolkit\n----------------------------\n\nRelease date: August 16, 2018\n"
                + "-----------------------------\n\nThe supplement governs the toolkit.\n\n\n2.1. Scope\n\n"
                + "You may build apps.\n");

        // THEN the notice is a section of chapter 1, each date line is text of its chapter, and the numbered
        // sections sit in their chapters
        assertThat(doc.blocks()).extracting(b -> String.join(" › ", b.sectionPath()) + " | " + b.text())
                .containsExactly("Preface | The terms below govern the kit.",
                        "1. License Agreement for Kits | Release Date: July 26, 2018",
                        "1. License Agreement for Kits › Important Notice | This agreement is between you and the"
                                + " vendor.",
                        "1. License Agreement for Kits › 1.1. License | You may use the kit.",
                        "2. Supplement for the Toolkit | Release date: August 16, 2018",
                        "2. Supplement for the Toolkit | The supplement governs the toolkit.",
                        "2. Supplement for the Toolkit › 2.1. Scope | You may build apps.");
    }

    @Test
    void aGridRightUnderItsCaptionLineReadsAsATable() {
        // GIVEN a caption line with a +---+ grid on the very next line, indented as the clause around it
        ParsedDocument doc = text("Charges\n\n5.3 The charges are shown in Table 2.\n\n    Table 2: Session charges\n"
                + "    +-------------------+-------------+\n    | Service           | Member rate |\n"
                + "    +-------------------+-------------+\n    | Massage (30 mins) |   GBP 12    |\n"
                + "    | Room hire         | GBP 12/hour |\n    +-------------------+-------------+\n\n"
                + "5.4 Counselling is for members only.\n");

        // THEN the caption stays a line of its own and the grid reads as named rows
        assertThat(doc.blocks()).extracting(Block::text).containsExactly("5.3 The charges are shown in Table 2.",
                "Table 2: Session charges",
                "Service: Massage (30 mins); Member rate: GBP 12.\nService: Room hire; Member rate: GBP 12/hour.",
                "5.4 Counselling is for members only.");
    }

    @Test
    void proseWithTypewriterSpacingAndNumberedListsIsNotATable() {
        // GIVEN two spaces after full stops, and a numbered list with two spaces after each number
        ParsedDocument doc = text("Notes\n\nMembers vote yearly.  The Board counts the votes.\nResults are posted.  Appeals"
                + " go to the Chair.\n\n1.  Open the form\n2.  Sign it\n");

        // THEN they stay text
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                "Members vote yearly. The Board counts the votes. Results are posted. Appeals go to the Chair.",
                "1. Open the form", "2. Sign it");
    }
}
