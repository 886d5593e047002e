package org.policybot.knowledge.ingest;

import java.util.regex.Pattern;

/**
 * Turns Markdown inline markup into plain text: link text kept, images, code marks and emphasis dropped. Emphasis
 * may run over the lines of a paragraph ("*As far as the law allows, ...\n... legal claim.*").
 */
final class InlineMarkdown {
    private static final Pattern IMAGE = Pattern.compile("!\\[([^\\]]*)]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)]\\((?:[^()]|\\([^)]*\\))*\\)");
    private static final Pattern REF_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^>\\s]+)>");
    private static final Pattern CODE = Pattern.compile("`+([^`]+)`+");
    private static final Pattern STRONG = Pattern.compile("(\\*\\*|__)(?=\\S)(.+?)(?<=\\S)\\1", Pattern.DOTALL);
    private static final Pattern EM_STAR = Pattern.compile("(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])",
            Pattern.DOTALL);
    private static final Pattern EM_UNDERSCORE = Pattern.compile("(?<![\\w_])_(?=\\S)(.+?)(?<=\\S)_(?![\\w_])",
            Pattern.DOTALL);
    private static final Pattern STRIKE = Pattern.compile("~~(.+?)~~", Pattern.DOTALL);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!|>~])");

    private InlineMarkdown() {
    }

    static String plain(String markdown) {
        String s = IMAGE.matcher(markdown).replaceAll("");
        s = LINK.matcher(s).replaceAll("$1");
        s = REF_LINK.matcher(s).replaceAll("$1");
        s = AUTOLINK.matcher(s).replaceAll("$1");
        s = CODE.matcher(s).replaceAll("$1");
        s = STRONG.matcher(s).replaceAll("$2");
        s = EM_STAR.matcher(s).replaceAll("$1");
        s = EM_UNDERSCORE.matcher(s).replaceAll("$1");
        s = STRIKE.matcher(s).replaceAll("$1");
        s = HTML_TAG.matcher(s).replaceAll("");
        return ESCAPE.matcher(s).replaceAll("$1");
    }
}
