package org.policybot.knowledge.question;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;
import org.policybot.knowledge.lexicon.Lexicon.PhrasalVerb;

/**
 * Reads a question's phrasal verbs as the plain verbs a policy writes ("how many people need to turn up" as
 * "attend", "they turned my application down" as "refuse"): members chat in phrasal verbs, policies seldom use
 * them, and their particles ("up", "back") are words no passage holds in that sense. A phrasal verb stays as asked
 * when the documents write it themselves ("players who fail to turn up") or lack the plain verb.
 */
public final class PhrasalVerbs {
    /**
     * An object a phrasal verb may take before its particle (group 1, with its leading space): a pronoun ("kick me
     * out") or a determiner and one word ("hand my membership over").
     */
    private static final String OBJECT = """
            ( \\s+ (?: PRONOUN | DETERMINER \\s+ [\\p{L}\\p{N}'’-]+ ) )?
            """.replace("PRONOUN", Lexicon.alternation(Lexicon.OBJECT_PRONOUNS))
            .replace("DETERMINER", Lexicon.alternation(Lexicon.DETERMINERS));
    /** Each phrasal verb as a question may write it, in {@link Lexicon#PHRASAL_VERBS}' order. */
    private static final List<Pattern> ASKED = Lexicon.PHRASAL_VERBS.stream().map(v -> Pattern.compile(
            "\\b" + Lexicon.alternation(Set.copyOf(v.forms())) + (v.separable() ? OBJECT : "()") + "\\s+"
                    + String.join("\\s+", v.particles()) + "\\b",
            Pattern.COMMENTS | Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();

    /** What stands between words: anything but a letter or an apostrophe. */
    private static final Pattern WORD_BREAK = Pattern.compile("[^\\p{L}'’]+");

    private PhrasalVerbs() {
    }

    /** {@code text} with each phrasal verb the documents do not write, and whose plain verb they do, made plain. */
    static String plain(String text, Vocabulary vocabulary) {
        // most questions hold none of the verbs: their words are read once, and a verb's pattern runs only on a form
        Set<String> words = Set.copyOf(Arrays.asList(WORD_BREAK.split(text.toLowerCase(Locale.ROOT))));
        String out = text;
        for (int i = 0; i < ASKED.size(); i++) {
            PhrasalVerb verb = Lexicon.PHRASAL_VERBS.get(i);
            if (verb.forms().stream().noneMatch(words::contains)) {
                continue;
            }
            Matcher m = ASKED.get(i).matcher(out);
            if (m.find() && known(verb.plain(), vocabulary) && !vocabulary.writes(verb)) {
                out = m.replaceAll(r -> Matcher.quoteReplacement(verb.plain() + (r.group(1) == null ? "" : r.group(1))));
            }
        }
        return out;
    }

    /**
     * How a text writes the phrasal verb, in lower case: a form and its particles by spaces or hyphens ("turn up",
     * "sign-up"), with an object between them if the verb takes one there ("hand it in").
     */
    public static Pattern written(PhrasalVerb verb) {
        return Pattern.compile("\\b" + Lexicon.alternation(Set.copyOf(verb.forms())) + (verb.separable() ? OBJECT : "")
                + "[\\s-]+" + String.join("[\\s-]+", verb.particles()) + "\\b", Pattern.COMMENTS);
    }

    /** Whether the documents hold the plain verb's first word in some form ("attended" for "attend"). */
    private static boolean known(String plain, Vocabulary vocabulary) {
        return vocabulary.holdsForm(plain.split("\\s+")[0].toLowerCase(Locale.ROOT));
    }
}
