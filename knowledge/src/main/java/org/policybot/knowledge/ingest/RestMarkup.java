package org.policybot.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * reStructuredText as a reader sees it rendered, for the plain-text parser, which reads its section adornments,
 * lists and paragraphs as it reads any typed text. What a renderer hides is dropped: comments (a licence header in
 * ".. " lines), hyperlink targets, substitution definitions, directive lines with their options, and the content of
 * directives that is no prose (a table of contents, an image, code pulled in from a file). Inline markup is read as
 * its text: a role (":ref:`Reporting <report>`" → "Reporting"), a hyperlink reference ("`the list <https://…>`_"
 * → "the list"), a literal ("``git push``" → "git push"); "::" that opens a literal block reads as ":".
 */
final class RestMarkup {
    /**
     * Marks only reStructuredText makes, one is enough: a directive (".. note::"), a hyperlink target (".. _label:"),
     * a substitution definition (".. |name| image::"), a role (":ref:`...`"), an embedded link ("`text <url>`_") or
     * a bare ".." over an indented block (a comment).
     */
    private static final Pattern REST_MARK = Pattern.compile("""
            (?m)
            ^\\x20* \\.\\.\\x20+ (?: [\\w:-]{1,40} :: | _[^:\\n]{1,200} : | \\|[^|\\n]{1,80}\\| )  # directive, target, substitution
            | (?<! [\\w:-] ) :[\\w-]{1,30}(?::[\\w-]{1,30})?: `[^`\\n]{1,200}`   # role (":ref:", ":py:func:")
            | `[^`\\n]{1,200} \\x20 <[^>\\n]{1,300}> `__?                            # embedded hyperlink
            | ^\\.\\.\\x20* \\n \\x20+ \\S                                               # a comment's body
            """, Pattern.COMMENTS);
    /** The start of an explicit markup block: "..", then a space or the end of the line. Group 1: its indentation. */
    private static final Pattern EXPLICIT = Pattern.compile("^(\\x20*)\\.\\.(?:\\x20+(.*))?$");
    /**
     * A directive's name and arguments: "note::", "code-block:: python", "warning:: Do not open an issue.". Group 1:
     * the name; group 2: the arguments.
     */
    private static final Pattern DIRECTIVE = Pattern.compile("([\\w:-]+?)::(?:\\x20+(.*))?");
    /** A footnote or citation: "[1] text", "[#note] text", "[RFC2119] text": its text is prose. */
    private static final Pattern FOOTNOTE = Pattern.compile("\\[[^\\]\\s]+\\]\\x20+\\S.*");
    /** A directive's option line, right under it: ":maxdepth: 2", ":class: warning". */
    private static final Pattern OPTION = Pattern.compile("\\x20*:[\\w\\x20-]+:(?:\\x20.*)?");
    /** A role with an explicit title: ":ref:`Reporting bugs <report>`". Group 1: the title. */
    private static final Pattern TITLED_ROLE = Pattern.compile(
            "(?<![\\w:-]):[\\w-]{1,30}(?::[\\w-]{1,30})?:`([^`<]+?)\\s*<[^>`]*>`");
    /**
     * A role: ":doc:`security`", ":term:`committer`", ":func:`~sympy.core.deprecated`". Group 1: "~", which shows
     * only the last part of a dotted name; group 2: the text.
     */
    private static final Pattern ROLE = Pattern.compile("(?<![\\w:-]):[\\w-]{1,30}(?::[\\w-]{1,30})?:`(~?)([^`]+)`");
    /**
     * A hyperlink reference with an embedded target: "`the list <https://…>`_". Group 1: the text; group 2: an e-mail
     * address it links to, which a reader can see (hover) and a member asks for.
     */
    private static final Pattern EMBEDDED_LINK = Pattern.compile("`([^`<]+?)\\s*<(?:mailto:([^>`]+)|[^>`]*)>`__?");
    /** A footnote reference: "[1]_", "[#embargo]_", "[*]_": dropped, as its note is read where it stands. */
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\x20?\\[(?:\\d+|#[\\w-]*|\\*)\\]_");
    /** Strong emphasis, "**must**". Group 1: the text. */
    private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
    /** Emphasis, "*not*", not a "*" bullet or a lone asterisk. Group 1: the text. */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\w*])\\*(?=\\S)([^*]+?)(?<=\\S)\\*(?![\\w*])");
    /** A hyperlink or footnote reference by name: "`Code of Conduct`_". Group 1: the text. */
    private static final Pattern NAMED_LINK = Pattern.compile("`([^`]+)`__?");
    /** An inline literal: "``make check``". Group 1: the text. */
    private static final Pattern LITERAL = Pattern.compile("``([^`]+)``");
    /** "::" that ends a paragraph's line and opens a literal block: "as follows::" reads "as follows:". */
    private static final Pattern LITERAL_OPENER = Pattern.compile("(?<=\\S)::$");
    /**
     * A section adornment drawn with a character plain text never rules with ("^^^^^", quotes, backticks): read as
     * a rule of "~", which the plain-text reader takes as one, so the title above it stands alone as a heading.
     */
    private static final Pattern ODD_ADORNMENT = Pattern.compile("\\x20*([\\^\"'`:;,!?<>@$%&])\\1{2,}\\x20*");
    /**
     * A line of a table aligned in columns: a gap of two or more spaces inside it, not after a sentence. Markup read
     * as its text there keeps its width, so the cells after it stay under their columns.
     */
    private static final Pattern ALIGNED = Pattern.compile("[^.!?\\s]\\x20{2,}\\S");

    /** Directives whose content is prose and stays (an admonition, a note of a version, a topic), from a file. */
    private static final Set<String> PROSE_DIRECTIVES = names("rest-prose-directives.txt");

    private RestMarkup() {
    }

    /** Whether {@code text} holds a mark only reStructuredText makes. */
    static boolean looksLikeRest(String text) {
        return REST_MARK.matcher(text).find();
    }

    /** {@code text} with reStructuredText's hidden parts dropped and its inline markup read as text. */
    static String plain(String text) {
        List<String> lines = text.lines().toList();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (ODD_ADORNMENT.matcher(line).matches()) {
                out.add("~".repeat(line.strip().length()));
                continue;
            }
            Matcher m = EXPLICIT.matcher(line);
            if (!m.matches()) {
                out.add(inline(line));
                continue;
            }
            int indent = m.group(1).length();
            String rest = m.group(2) == null ? "" : m.group(2).strip();
            if (FOOTNOTE.matcher(rest).matches()) {
                // an auto-numbered note's label ("[#embargo]") is no text a reader sees
                String note = rest.startsWith("[#") ? rest.substring(rest.indexOf(']') + 1).strip() : rest;
                out.add(m.group(1) + inline(note));
                continue;
            }
            Matcher d = DIRECTIVE.matcher(rest);
            boolean prose = d.matches() && PROSE_DIRECTIVES.contains(d.group(1).toLowerCase(Locale.ROOT));
            // an empty comment ("..") over a blank line ends there: an indented block after it is a block quote
            boolean empty = rest.isEmpty() && (i + 1 >= lines.size() || lines.get(i + 1).isBlank());
            int end = empty ? i + 1 : blockEnd(lines, i, indent);
            if (prose) {
                int from = i + 1;
                while (from < end && OPTION.matcher(lines.get(from)).matches()) {
                    from++;
                }
                out.add("");
                // an argument of words is text ("warning:: Do not…", "admonition:: Reporting deadline"); one token
                // names a language, a file or a version
                String argument = d.group(2) == null ? "" : d.group(2).strip();
                if (argument.contains(" ")) {
                    out.add(m.group(1) + "   " + inline(argument));
                }
                // the content is read as a document of its own: markup nested in it is hidden as it is outside
                out.addAll(plain(String.join("\n", lines.subList(from, end))).lines().toList());
            }
            out.add("");
            i = end - 1;
        }
        return String.join("\n", out);
    }

    /**
     * The line after an explicit markup block that starts at {@code lines[from]}: its body is every following line
     * indented deeper than the "..", blank lines within it included.
     */
    private static int blockEnd(List<String> lines, int from, int indent) {
        int end = from + 1;
        int last = from;
        while (end < lines.size()) {
            String l = lines.get(end);
            if (!l.isBlank()) {
                if (TextTables.indent(l) <= indent) {
                    break;
                }
                last = end;
            }
            end++;
        }
        return last + 1;
    }

    private static String inline(String line) {
        boolean pad = ALIGNED.matcher(line).find();
        String s = replace(line, TITLED_ROLE, r -> r.group(1), pad);
        s = replace(s, ROLE, r -> r.group(1).isEmpty() ? r.group(2)
                : r.group(2).substring(r.group(2).lastIndexOf('.') + 1), pad);
        s = replace(s, EMBEDDED_LINK, r -> r.group(2) == null || r.group(1).contains(r.group(2)) ? r.group(1)
                : r.group(1) + " (" + r.group(2) + ")", pad);
        s = replace(s, FOOTNOTE_REFERENCE, r -> "", pad);
        s = replace(s, LITERAL, r -> r.group(1), pad);
        s = replace(s, STRONG, r -> r.group(1), pad);
        s = replace(s, EMPHASIS, r -> r.group(1), pad);
        s = replace(s, NAMED_LINK, r -> r.group(1), pad);
        return LITERAL_OPENER.matcher(s).replaceAll(":");
    }

    /** Each match of {@code pattern} read as {@code text} gives it; padded with spaces to its width when asked. */
    private static String replace(String line, Pattern pattern, Function<MatchResult, String> text, boolean pad) {
        return pattern.matcher(line).replaceAll(r -> {
            String t = text.apply(r);
            int width = r.group().length();
            return Matcher.quoteReplacement(pad && t.length() < width ? t + " ".repeat(width - t.length()) : t);
        });
    }

    private static Set<String> names(String file) {
        try (InputStream in = RestMarkup.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
