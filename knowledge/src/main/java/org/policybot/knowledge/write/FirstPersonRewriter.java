package org.policybot.knowledge.write;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.lexicon.Lexicon;

/**
 * Rewrites a document's first person plural for the reader, naming the author: "we do not train"
 * becomes "OpenAI does not train", "our CEO" becomes "its CEO" once the author has been named.
 * Only subject "we", object "us" and possessive "our/ours/ourselves" change, with the verb that
 * follows "we" put in agreement; quotes keep the original words.
 */
final class FirstPersonRewriter {
    private static final Pattern PRONOUN = Pattern.compile(
            "\\b(we|us|our|ours|ourselves)(?:(['’])(re|ve|ll|d))?\\b((?:\\s+(?:also|always|still|now|already|just|often|"
                    + "sometimes|never|even|really|truly|\\p{L}+ly))*)(\\s+)?(\\p{L}+(?:['’]\\p{L}+)?)?",
            Pattern.CASE_INSENSITIVE);

    private FirstPersonRewriter() {
    }

    /** The sentence with first person plural replaced by {@code author}; unchanged when author is blank. */
    static String rewrite(String sentence, String author) {
        return rewrite(sentence, author, false);
    }

    /** As {@link #rewrite(String, String)}; {@code alreadyNamed} makes even the first "we" an "it". */
    static String rewrite(String sentence, String author, boolean alreadyNamed) {
        if (author == null || author.isBlank()) {
            return sentence;
        }
        Matcher m = PRONOUN.matcher(sentence);
        StringBuilder out = new StringBuilder();
        boolean named = alreadyNamed || sentence.contains(author);
        int last = 0;
        while (m.find()) {
            if (insideToken(sentence, m.start(), m.end(1)) || m.group(1).equals("US")) {
                continue; // "contact-us" in a web address, "us@acme.org", "the US"
            }
            out.append(sentence, last, m.start());
            last = m.end();
            String pronoun = m.group(1);
            String contraction = m.group(3);
            String adverbs = m.group(4) == null ? "" : m.group(4);
            String space = m.group(5) == null ? "" : m.group(5);
            String next = m.group(6) == null ? "" : m.group(6);
            boolean capital = Character.isUpperCase(pronoun.charAt(0));
            String lower = pronoun.toLowerCase(Locale.ROOT);
            String replaced;
            switch (lower) {
                case "we" -> {
                    String subject = named ? "it" : author;
                    named = true;
                    if (contraction != null) {
                        String verb = switch (contraction.toLowerCase(Locale.ROOT)) {
                            case "re" -> " is";
                            case "ve" -> " has";
                            case "ll" -> " will";
                            default -> " would";
                        };
                        replaced = subject + verb + adverbs + space + next;
                    } else {
                        replaced = subject + adverbs + space + agree(next);
                    }
                }
                case "us" -> {
                    // the name, even when named before: "please contact it" would not say whom to contact
                    replaced = author + adverbs + space + next;
                    named = true;
                }
                case "our", "ours" -> {
                    replaced = (named ? "its" : author + "’s") + adverbs + space + next;
                    named = true;
                }
                default -> replaced = "itself" + adverbs + space + next;
            }
            if (capital) {
                replaced = Character.toUpperCase(replaced.charAt(0)) + replaced.substring(1);
            }
            out.append(replaced);
        }
        out.append(sentence, last, sentence.length());
        return out.toString();
    }

    /**
     * Whether the pronoun at [start, end) is part of a longer token: a web or e-mail address ("/contact-us",
     * "us@acme.org") or a hyphenated or dotted name.
     */
    private static boolean insideToken(String sentence, int start, int end) {
        return start > 0 && JOINERS.indexOf(sentence.charAt(start - 1)) >= 0
                || end < sentence.length() && JOINERS.indexOf(sentence.charAt(end)) >= 0
                && end + 1 < sentence.length() && !Character.isWhitespace(sentence.charAt(end + 1));
    }

    /** Characters that join a pronoun into an address or a name rather than end it. */
    private static final String JOINERS = "/@.-_#=:";

    /**
     * Third-person form of the verb after "we"; words that need no change are returned as is, and so is a function
     * word that is no verb ("We and our partners use…", "We each…").
     */
    static String agree(String word) {
        if (word.isEmpty()) {
            return word;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        if (Lexicon.THIRD_PERSON_FORMS.containsKey(lower)) {
            return Lexicon.THIRD_PERSON_FORMS.get(lower);
        }
        if (Lexicon.STOP_WORDS.contains(lower)) {
            return word;
        }
        if (lower.matches(".*(?:ss|us|sh|ch|x|z)")) {
            return word + "es";
        }
        if (Lexicon.UNCHANGING_VERBS.contains(lower) || lower.endsWith("ed") && !Lexicon.VERBS_ENDING_IN_ED.contains(lower)
                || lower.endsWith("ly") || lower.endsWith("s")
                || lower.equals("not") || lower.equals("all") || lower.equals("both")) {
            return word;
        }
        if (lower.equals("be")) {
            return "is";
        }
        if (lower.endsWith("o")) {
            return word + "es";
        }
        if (lower.matches(".*[^aeiou]y")) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        return word + "s";
    }
}
