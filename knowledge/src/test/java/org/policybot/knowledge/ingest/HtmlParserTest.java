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
