package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;

class HtmlParserTest {
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    @Test
    void keepsMainContentAndDropsPageChrome() {
        // GIVEN a page with header, nav, cookie banner, aside, form, footer, scripts and a photo caption
        ParsedDocument doc = ingestor.parse(Source.of("community-guidelines.html",
                Fixtures.resource("community-guidelines.html")));

        // THEN only the article remains, with headings as sections, the table as a readable row with its columns
        // named, and metadata from the head
        assertThat(doc.title()).isEqualTo("Community Guidelines");
        assertThat(doc.url()).isEqualTo("https://forum.example.org/guidelines");
        assertThat(doc.published()).isEqualTo("2024-03-05");
        assertThat(doc.author()).isEqualTo("Example Forum Team");
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of(), "These guidelines explain what we expect from every member of the forum. They apply"
                        + " to posts, private messages and profile pages alike."),
                tuple(List.of("Be respectful"), "Treat other members with courtesy, even when you disagree. Personal"
                        + " attacks, slurs and harassment are removed, and repeated offences lead to a ban."),
                tuple(List.of("Be respectful", "What counts as harassment"),
                        "Following a member across threads to insult them."),
                tuple(List.of("Be respectful", "What counts as harassment"),
                        "Posting someone’s private information without consent."),
                tuple(List.of("Keep it on topic"), "Post in the category that fits your question. Moderators may move"
                        + " or close threads that wander off topic."),
                tuple(List.of("Keep it on topic"), "Category: Help; Use it for: Questions about using the forum software."));
        String all = String.join(" ", doc.blocks().stream().map(Block::text).toList());
        assertThat(all).doesNotContain("Skip to main content", "Log in", "Sign up", "cookies", "Related articles",
                "Subscribe", "Back to top", "©", "Photo:", "Tracking", "querySelectorAll", "font-family");
    }

    @Test
    void anAsideThatHoldsContentIsReadAfterTheMainContent() {
        // GIVEN a page whose main content is followed by an aside of key dates and contacts, and one of links
        String html = "<html><body><main><h1>Gradings</h1><h2>Entering</h2><p>Enter by the closing date.</p></main>"
                + "<aside><h2>Dates for 2025</h2><ul><li>Kyu grading: Sunday 16 March</li><li>Kyu grading: Sunday"
                + " 21 September</li></ul><h2>Contacts</h2><p>Grading entries: gradings@club.example</p></aside>"
                + "<aside><h2>On this page</h2><ul><li><a href='#a'>Entering a grading</a></li><li><a href='#b'>If you"
                + " fail</a></li><li><a href='#c'>Squad selection and trials</a></li></ul></aside></body></html>";
        ParsedDocument doc = ingestor.parse(Source.of("gradings.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the dates and contacts are read under their own headings after the main text; the links are not
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of("Entering"), "Enter by the closing date."),
                tuple(List.of("Dates for 2025"), "Kyu grading: Sunday 16 March"),
                tuple(List.of("Dates for 2025"), "Kyu grading: Sunday 21 September"),
                tuple(List.of("Contacts"), "Grading entries: gradings@club.example"));
    }

    @Test
    void anAsideWithoutAHeadingBelongsToNoSectionOfTheMainText() {
        // GIVEN an aside of contacts with no heading after a page whose last section is "Refunds"
        String html = "<html><body><main><h2>Refunds</h2><p>Refunds take 14 days.</p></main><aside><p>Questions"
                + " about renewals go to the membership secretary, Jo Bloggs, at membership@club.example.</p></aside>"
                + "</body></html>";
        ParsedDocument doc = ingestor.parse(Source.of("refunds.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the aside's text is read whole, outside the refunds section
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of("Refunds"), "Refunds take 14 days."),
                tuple(List.of(), "Questions about renewals go to the membership secretary, Jo Bloggs, at"
                        + " membership@club.example."));
    }

    @Test
    void anFaqsQuestionsAreTheHeadingsOfTheirAnswers() {
        // GIVEN an FAQ page whose questions are <details> summaries (one answer not in a <p>), a list whose terms are
        // questions and a word, and a paragraph after the list
        ParsedDocument doc = ingestor.parse(Source.of("faq.html", Fixtures.resource("html/faq-details.html")));

        // THEN each answer sits under its question, one question under its topic, not after the one before; a term
        // that is no question stays text, under the topic, as does the text after the list
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of("Membership", "How much does membership cost?"),
                        "Membership costs £18 a year. There is no monthly option."),
                tuple(List.of("Membership", "Can I get my fee back?"), "Yes, if you ask within 14 days of paying."),
                tuple(List.of("Lending", "How long can I keep a game?"), "Three weeks, or two for new arrivals."),
                tuple(List.of("Lending"), "Deposit"),
                tuple(List.of("Lending"), "A deposit of £10 is taken for large games."),
                tuple(List.of("Lending", "Can I renew a loan?"), "Once, if nobody is waiting."),
                tuple(List.of("Lending"), "Games are lent to members only."));
    }

    @Test
    void aQuestionFoldedInsideItsTopicSitsUnderTheTopic() {
        // GIVEN a help page whose topics are <details> holding a question's <details> each, with topic text between
        String html = "<html><body><main><h2>Help</h2><details><summary>Membership</summary>"
                + "<p>Members join at the desk.</p><details><summary>Can I pay monthly?</summary><p>Yes, by direct"
                + " debit.</p></details><p>Ask staff about other ways.</p><details><summary>Is there a joining"
                + " fee?</summary>No, joining is free.</details></details><p>Opening hours are on the door.</p>"
                + "</main></body></html>";
        ParsedDocument doc = ingestor.parse(Source.of("help.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN each answer sits under its topic and question, the topic's own text under the topic, and the text
        // after the topic under the heading again
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of("Help", "Membership"), "Members join at the desk."),
                tuple(List.of("Help", "Membership", "Can I pay monthly?"), "Yes, by direct debit."),
                tuple(List.of("Help", "Membership"), "Ask staff about other ways."),
                tuple(List.of("Help", "Membership", "Is there a joining fee?"), "No, joining is free."),
                tuple(List.of("Help"), "Opening hours are on the door."));
    }

    @Test
    void aSentenceCutByALineOfCodeIsOneSentenceAgain() {
        // GIVEN a sentence broken by a one-line code block, and a listing between a sentence and its follow-up
        String html = "<html><body><main><h2>Option 1</h2><p>To have the patch included, add the tag</p>"
                + "<div class=\"highlight\"><pre><span></span>Cc: stable@vger.kernel.org\n</pre></div>"
                + "<p>in the sign-off area. It is then applied.</p><p>Run these commands:</p>"
                + "<pre>git fetch\ngit cherry-pick abc</pre><p>then push.</p></main></body></html>";
        ParsedDocument doc = ingestor.parse(Source.of("rules.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the code stands in its sentence; a listing of several lines and a finished sentence stay apart
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                "To have the patch included, add the tag Cc: stable@vger.kernel.org in the sign-off area. It is then"
                        + " applied.", "Run these commands:", "git fetch git cherry-pick abc", "then push.");
    }

    @Test
    void aPageWhoseSectionsAreH1sIsNamedByItsTitleNotByItsSections() {
        // GIVEN a page made by a converter: the title block is a header (chrome), every section an h1
        String html = """
                <html><head><title>Community Code of Conduct — Project 19 documentation</title></head><body>
                <header id="title-block-header"><h1 class="title">Community Code of Conduct</h1></header>
                <p>Be kind to each other.</p>
                <h1 id="reporting">Reporting</h1><p>Email the committee.</p>
                <h1 id="bans">Bans</h1><p>The committee may ban a member.</p>
                </body></html>""";

        // WHEN it is read
        ParsedDocument doc = ingestor.parse(Source.of("coc.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN its title is the page's title without the site's name, not its sections' names run together, and
        // the sections stay sections
        assertThat(doc.title()).isEqualTo("Community Code of Conduct");
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsExactly(List.of(), List.of("Reporting"),
                List.of("Bans"));

        // AND a one-word <title> ("Document") names no page: the first h1 does
        ParsedDocument generic = ingestor.parse(Source.of("privacy.html", """
                <html><head><title>Document</title></head><body>
                <h1>Privacy Policy</h1><p>We keep little.</p><h1>Cookies</h1><p>We set one cookie.</p>
                </body></html>""".getBytes(StandardCharsets.UTF_8)));
        assertThat(generic.title()).isEqualTo("Privacy Policy");
    }

    @Test
    void permalinkMarksInHeadingsAreNotPartOfTheSectionNames() {
        // GIVEN a page generated by a documentation tool: each heading ends (or starts) with a link to its own anchor
        // shown as "¶" or "#", and one heading holds a link with words
        ParsedDocument doc = ingestor.parse(Source.of("release-policy.html",
                Fixtures.resource("html/sphinx-permalinks.html")));

        // THEN the title and section names are the headings' words only; a link with words stays
        assertThat(doc.title()).isEqualTo("Release policy");
        assertThat(doc.blocks()).extracting(Block::sectionPath).containsExactly(List.of(),
                List.of("Supported versions"), List.of("Supported versions", "Long-term support"),
                List.of("Supported versions", "See Supported versions"));
    }

    @Test
    void aDeckSetInAHeadingTagIsAParagraphNotASection() {
        // GIVEN a page whose standfirst of three sentences is set in an h2, and a long one-sentence heading
        String deck = "This is the enforcement manual followed by the Conduct Committee. It's used when we respond to"
                + " an issue to make sure we're consistent and fair. It should be considered an internal document.";
        String html = "<html><body><main><h1>Enforcement Manual</h1><h2 class=\"deck\">" + deck + "</h2>"
                + "<h2>What happens when somebody reports a member of the committee itself to the board</h2>"
                + "<p>The board handles it.</p><h2>Resolutions</h2><p>A private reprimand.</p></main></body></html>";

        // WHEN parsed
        ParsedDocument doc = ingestor.parse(Source.of("enforcement.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the deck is the first paragraph and names no section; the one-sentence heading stays a heading
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of(), deck),
                tuple(List.of("What happens when somebody reports a member of the committee itself to the board"),
                        "The board handles it."),
                tuple(List.of("Resolutions"), "A private reprimand."));
    }

    @Test
    void withoutMainElementTheBodyIsUsed() {
        // GIVEN a bare page with no main/article
        String html = "<html><head><title>FAQ - Example</title></head><body><nav>Home About</nav>"
                + "<h2>Refunds</h2><div>Refunds are issued within 14 days.<br>Contact support first.</div></body></html>";

        // WHEN parsed
        ParsedDocument doc = ingestor.parse(Source.of("faq.htm", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the site suffix is dropped from the title and the body text is read
        assertThat(doc.title()).isEqualTo("FAQ");
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of("Refunds"), "Refunds are issued within 14 days."),
                tuple(List.of("Refunds"), "Contact support first."));
        List<Passage> passages = new Splitter().split("faq", doc);
        assertThat(passages).singleElement().satisfies(p -> assertThat(p.sentences()).hasSize(2));
    }

    @Test
    void chromeIsFoundByClassNamesButWrappersAreKept() {
        // GIVEN a content wrapper whose class mentions a menu, and small blocks named as chrome
        String html = "<html><body><div class=\"menu-open page\"><h1>Rules</h1>"
                + "<div class=\"nav-links\">Prev Next</div><p>Be kind to everyone here.</p>"
                + "<div id=\"share_bar\">Share on Twitter</div><p>Ask before posting links.</p></div></body></html>";

        // WHEN parsed
        ParsedDocument doc = ingestor.parse(Source.of("rules.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the wrapper's content stays and the named chrome goes
        assertThat(doc.title()).isEqualTo("Rules");
        assertThat(doc.blocks()).extracting(Block::text)
                .containsExactly("Be kind to everyone here.", "Ask before posting links.");
    }

    @Test
    void aGeneratedSidebarAndTablesOfContentsAreChromeButAListThatSaysSomethingIsKept() {
        // GIVEN a documentation page without <main>: a contents list of in-page links inside the content, a list whose
        // items link to sections but say something of their own, and sidebars named as generators name them
        String html = "<html><body><div class=\"docs-body\"><h1>Review Guide</h1><ul>"
                + "<li><a href=\"#schema\">Schema</a></li><li><a href=\"#api\">API</a></li>"
                + "<li><a href=\"#notes\">Release notes</a></li></ul>"
                + "<h2 id=\"schema\">Schema</h2><p>Columns may be added but never dropped.</p><ul>"
                + "<li>Read <a href=\"#api\">API</a> first.</li><li>Then <a href=\"#notes\">notes</a>.</li>"
                + "<li>Ask in <a href=\"#schema\">Schema</a>.</li></ul></div>"
                + "<div class=\"docs-sidebar-toc\"><h4>Page Contents</h4><p>Jump to a section.</p></div>"
                + "<div class=\"sphinxsidebarwrapper\"><h3>Quick search</h3><p>Type a word.</p></div>"
                + "<div class=\"wy-nav-side\"><p>Compute service</p></div>"
                + "<div class=\"nosidebar\"><p>Open a ticket for any question.</p></div></body></html>";

        // WHEN parsed
        ParsedDocument doc = ingestor.parse(Source.of("guide.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN the contents list and the sidebars go, the list with words of its own and a layout without a sidebar
        // stay
        assertThat(doc.blocks()).extracting(Block::text).containsExactly(
                "Columns may be added but never dropped.", "Read API first.", "Then notes.", "Ask in Schema.",
                "Open a ticket for any question.");
    }

    @Test
    void aHeadingAndASectionWhoseIdsAGeneratorDerivedFromTheirTitlesAreContent() {
        // GIVEN a page without <main> whose heading ids and an old-style section div's id name chrome words, beside
        // a real sidebar
        String html = "<html><body><div class=\"content\"><h1>Privacy Notice</h1><p>We keep little data.</p>"
                + "<h2 id=\"cookies\">Cookies</h2><p>We set one session cookie.</p>"
                + "<div class=\"section\" id=\"social-media\"><h2>Social media</h2><p>We post on Mastodon only.</p></div>"
                + "</div><div id=\"sidebar\"><p>Latest posts</p></div></body></html>";

        // WHEN parsed
        ParsedDocument doc = ingestor.parse(Source.of("privacy.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN both sections keep their headings and text, and the sidebar goes
        assertThat(doc.blocks()).extracting(Block::sectionPath, Block::text).containsExactly(
                tuple(List.of(), "We keep little data."), tuple(List.of("Cookies"), "We set one session cookie."),
                tuple(List.of("Social media"), "We post on Mastodon only."));
    }

    @Test
    void aCellSpanningRowsOrColumnsIsReadUnderTheColumnsItCovers() {
        // GIVEN a retention table whose first cell spans two rows, and a note spanning two columns
        String html = "<html><body><main><h1>Retention</h1><table><tr><th>Data</th><th>Retention</th><th>Basis</th></tr>"
                + "<tr><td rowspan=\"2\">Account data</td><td>2 years</td><td>Contract</td></tr>"
                + "<tr><td>6 months</td><td>Consent</td></tr>"
                + "<tr><td colspan=\"2\">Server logs</td><td>Legitimate interest</td></tr>"
                + "<tr><td colspan=\"65534\">See the notice.</td></tr></table></main></body></html>";

        // WHEN parsed
        ParsedDocument doc = ingestor.parse(Source.of("retention.html", html.getBytes(StandardCharsets.UTF_8)));

        // THEN every row names its cells by the columns they stand under
        assertThat(doc.blocks()).singleElement().satisfies(b -> assertThat(b.text().split("\n")).containsExactly(
                "Data: Account data; Retention: 2 years; Basis: Contract.",
                "Data: Account data; Retention: 6 months; Basis: Consent.",
                "Data: Server logs; Basis: Legitimate interest.", "Data: See the notice."));
    }

    @Test
    void aPrivacyNoticeKeepsItsCookieAndSharingSectionsItsOwnHeaderAndNamedTableRows() {
        // GIVEN a full page whose sections have ids such as "cookies" and "sharing", whose main content opens with
        // its own <header>, and whose tables have th headers
        ParsedDocument doc = ingestor.parse(Source.of("privacy-notice.html", Fixtures.resource("corpus/privacy-notice.html")));
        List<Passage> passages = new Splitter().split("privacy", doc);

        // THEN those sections and the header's lead paragraph are kept, and table rows name their columns
        assertThat(StructureChecks.labels(passages)).contains("8. Who we share data with", "12. Cookies");
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.text()).startsWith("This notice explains what personal"
                + " data the Lanternfish Foundation collects"));
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.text().split("\n")).contains(
                "Data: Forum IP addresses; How long we keep it: 90 days."));
        // AND the cookie banner outside the content is still dropped
        assertThat(doc.blocks()).noneSatisfy(b -> assertThat(b.text()).contains("This site uses cookies"));
    }
}
