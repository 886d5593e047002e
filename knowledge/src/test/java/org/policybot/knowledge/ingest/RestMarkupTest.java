package org.policybot.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Block;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Source;

/** reStructuredText is read as a reader sees it rendered: what a renderer hides is gone, inline markup is text. */
class RestMarkupTest {
    private final Ingestor ingestor = new Ingestor(20L * 1024 * 1024);

    @Test
    void aRestFileWithoutAnExtensionIsReadAsRenderedText() {
        // GIVEN a security policy in reStructuredText saved as SECURITY: a licence comment, targets, a table of
        // contents, roles, an embedded link, a literal, two admonitions (one with an option), a footnote, an image
        byte[] bytes = Fixtures.resource("rst/SECURITY");

        // WHEN detected and read
        Format format = FileTypes.detect("SECURITY", bytes);
        ParsedDocument doc = ingestor.parse(Source.of("SECURITY", bytes));
        String text = String.join("\n", doc.blocks().stream().map(Block::text).toList());

        // THEN it is reStructuredText, titled by its over- and underlined title
        assertThat(format).isEqualTo(Format.RESTRUCTURED_TEXT);
        assertThat(doc.title()).isEqualTo("Harbourline Security");
        // AND the hidden parts are gone: the comment, the targets, the table of contents, the image, the options
        assertThat(text).doesNotContain("Licensed under", "security-policy", "_reporting", "advisories", "maxdepth",
                "shield.png", ":class:", "lists.harbourline.example", "..");
        // AND inline markup reads as its text, admonitions and the footnote stay, "::" reads as ":"
        assertThat(text).contains("See Reporting a vulnerability before you write to us, and read the code of conduct",
                "Send your report to the security list (security@harbourline.example).",
                "Please sign it with gpg --armor if you can.",
                "harbourline --version", "We acknowledge every report within three working days.",
                "Do not open a public issue for a vulnerability.", "easiest to act on:",
                "Fixes are embargoed for at most 14 days. Distributors on the Harbourline distros list hear",
                "Fixes must not be discussed in public.",
                "The security team may extend the embargo once, by 7 days.");
        // AND its sections are the underlined headings
        assertThat(doc.blocks().stream().map(Block::sectionPath).filter(s -> !s.isEmpty()).distinct().toList())
                .contains(List.of("Reporting a vulnerability"), List.of("Embargo"));
    }

    @Test
    void anRstFileIsReadAndPlainTextWithoutItsMarksStaysPlainText() {
        // GIVEN a file named .rst (once refused as a type the knowledge base did not read), and plain texts with
        // two dots or a colon phrase that are no markup
        byte[] rst = "Rules\n=====\n\nBe kind. See :doc:`appeals`.\n".getBytes(StandardCharsets.UTF_8);
        byte[] plain = "Rules\n=====\n\n.. and so on.\nTime: 10:30 `quoted`.\n".getBytes(StandardCharsets.UTF_8);

        // WHEN detected  THEN the .rst file is reStructuredText and read so; the plain text stays plain text
        assertThat(FileTypes.detect("CONDUCT.rst", rst)).isEqualTo(Format.RESTRUCTURED_TEXT);
        assertThat(String.join(" ", ingestor.parse(Source.of("CONDUCT.rst", rst)).blocks().stream()
                .map(Block::text).toList())).contains("Be kind. See appeals.");
        assertThat(FileTypes.detect("RULES", plain)).isEqualTo(Format.TEXT);
    }

    @Test
    void directivesShowWhatARendererShowsAndTablesKeepTheirColumns() {
        // GIVEN reST with a one-line warning, a note holding a nested code block and image, an empty comment over a
        // block quote, and a simple table whose cells hold a literal and a role
        String rst = String.join("\n",
                ".. warning:: Do not open a public issue.",
                "",
                ".. note::",
                "",
                "   Verify the release first:",
                "",
                "   .. code-block:: console",
                "",
                "      gpg --verify harbourline.tar.gz.asc",
                "",
                "   .. image:: badge.png",
                "",
                "..",
                "",
                "   A quoted promise we keep.",
                "",
                "=============================  ==========",
                "Channel                        Response",
                "=============================  ==========",
                "``security@harbour.example``   3 days",
                ":ref:`Forum <forum>`           7 days",
                "=============================  ==========",
                "");

        // WHEN read as rendered
        String plain = RestMarkup.plain(rst);

        // THEN the warning's own words stay, the nested code is shown and the nested image's markup is not
        assertThat(plain).contains("Do not open a public issue.", "Verify the release first:",
                "gpg --verify harbourline.tar.gz.asc", "A quoted promise we keep.").doesNotContain("..", "badge.png");
        // AND the table's cells stay under their columns, so it is read as a table
        List<String> lines = plain.lines().toList();
        int row = lines.indexOf(lines.stream().filter(l -> l.startsWith("security@")).findFirst().orElseThrow());
        assertThat(TextTables.aligned(lines, row - 2)).hasValueSatisfying(t -> assertThat(t.cells())
                .contains(List.of("security@harbour.example", "3 days"), List.of("Forum", "7 days")));
    }

    @Test
    void aSphinxSourceSavedAsTextIsRestAndRestMarksWinOverMarkdownLookalikes() {
        // GIVEN a Sphinx page's source as served (".rst.txt"), and a reST file whose "~" underline and "#" comment in
        // a code block look like Markdown's fence and heading
        byte[] source = "Scope\n=====\n\nSee :doc:`conduct`.\n".getBytes(StandardCharsets.UTF_8);
        byte[] tildes = ("By e-mail\n~~~~~~~~~\n\n.. code-block:: bash\n\n   # check the signature\n   gpg --verify\n")
                .getBytes(StandardCharsets.UTF_8);

        // WHEN detected  THEN both are reStructuredText
        assertThat(FileTypes.detect("security.rst.txt", source)).isEqualTo(Format.RESTRUCTURED_TEXT);
        assertThat(FileTypes.detect("SECURITY", tildes)).isEqualTo(Format.RESTRUCTURED_TEXT);
        // AND a section underlined with "^" is a section, its underline no text
        byte[] carets = "Policy\n======\n\nSee :doc:`x`.\n\nScope\n^^^^^\n\nAll spaces.\n".getBytes(StandardCharsets.UTF_8);
        ParsedDocument doc = ingestor.parse(Source.of("POLICY", carets));
        assertThat(doc.blocks()).anySatisfy(b -> assertThat(b.sectionPath()).contains("Scope"))
                .noneSatisfy(b -> assertThat(b.text()).contains("^^"));
    }
}
